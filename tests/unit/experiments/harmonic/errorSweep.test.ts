// Equivariance error against the angle for discrete and continuous rotation equivariance, on the
// CPU reference: G-CNNs exact to round-off on their grid's quarter turns and far off between grid
// angles, the harmonic layers low at every angle (interpolation only), band-limiting helping them.
import { describe, expect, it } from 'vitest';
import { createCpuBackend } from '../../../../src/engine/cpu/index';
import { ErrorSweep, nearestElement } from '../../../../src/experiments/harmonic/errorSweep';

const S = 33;
const DEG = Math.PI / 180;

/** An asymmetric, sharp-edged letter-like shape (an F of three bars). */
function letterF(): Float32Array {
  const img = new Float32Array(S * S);
  const bar = (i0: number, i1: number, j0: number, j1: number) => {
    for (let i = i0; i < i1; i++) for (let j = j0; j < j1; j++) img[i * S + j] = 1;
  };
  bar(8, 25, 11, 14);
  bar(8, 11, 11, 23);
  bar(15, 18, 11, 20);
  return img;
}

describe('nearestElement', () => {
  it('rounds to the nearest rotation 2 pi k / N, wrapping', () => {
    expect(nearestElement(44 * DEG, 4)).toBe(0);
    expect(nearestElement(46 * DEG, 4)).toBe(1);
    expect(nearestElement(350 * DEG, 8)).toBe(0);
    expect(nearestElement(-90 * DEG, 4)).toBe(3);
  });
});

describe('ErrorSweep on a sharp letter', () => {
  const backend = createCpuBackend();
  const sweep = new ErrorSweep(backend, {
    size: S,
    gcnnKernel: 5,
    harmonicKernel: 9,
    channels: 1,
    blur: 1.5,
    bias: -0.05,
    seed: 11,
  });
  sweep.setInput(letterF());

  it('quarter turns: every model exact to float32 round-off', async () => {
    for (const deg of [90, 180, 270]) {
      const e = await sweep.errorsAt(deg * DEG);
      for (const model of [e.c4, e.c8, e.harmonic]) {
        expect(model.raw).toBeLessThan(1e-5);
        expect(model.bandlimited).toBeLessThan(1e-5);
      }
    }
  });

  it('between grid angles the G-CNNs are far off and the harmonic layers are not', async () => {
    for (const deg of [20, 37, 110, 200]) {
      const e = await sweep.errorsAt(deg * DEG);
      expect(e.c4.raw).toBeGreaterThan(0.1);
      expect(e.c8.raw).toBeGreaterThan(0.1);
      expect(e.harmonic.raw).toBeLessThan(0.03);
      expect(e.harmonic.bandlimited).toBeLessThan(e.harmonic.raw);
    }
  });

  it('C8 at 45 degrees (its grid, not the pixel grid) is below C4 there but above round-off', async () => {
    const e = await sweep.errorsAt(45 * DEG);
    expect(e.c8.raw).toBeLessThan(e.c4.raw);
    expect(e.c8.raw).toBeGreaterThan(1e-3);
  });
});

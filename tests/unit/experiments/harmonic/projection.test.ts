// Inner products from norms (polarization identity) against a direct sum on the host: the
// projection c = <a, b> / ||b||^2, the norm ratio, and the centre value read through an impulse.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCpuBackend } from '../../../../src/engine/cpu/index';
import {
  centreImpulse,
  CentreProbe,
  complexScaleWeights,
  ComplexProjection,
} from '../../../../src/experiments/harmonic/projection';
import { mulberry32 } from '../../../../src/layers';

const backend = createCpuBackend();
const S = 15;
const SHAPE = [1, 2, S, S];

function randomMap(seed: number, scale = 1): Float32Array {
  const u = mulberry32(seed);
  return Float32Array.from({ length: 2 * S * S }, () => scale * (2 * u() - 1));
}

/** <a, b> / ||b||^2 = sum a conj(b) / sum |b|^2, in float64. */
function direct(a: Float32Array, b: Float32Array): [number, number] {
  const n = S * S;
  let [re, im, bb] = [0, 0, 0];
  for (let p = 0; p < n; p++) {
    re += a[p] * b[p] + a[n + p] * b[n + p];
    im += a[n + p] * b[p] - a[p] * b[n + p];
    bb += b[p] ** 2 + b[n + p] ** 2;
  }
  return [re / bb, im / bb];
}

describe('ComplexProjection', () => {
  const projection = new ComplexProjection(backend, SHAPE);

  it('complexScaleWeights multiplies (x + iy) by c as a 1 x 1 correlation', async () => {
    const out = backend.tensor(SHAPE);
    const a = randomMap(1);
    backend.correlate(
      backend.tensor(SHAPE, a),
      backend.tensor([2, 2, 1, 1], complexScaleWeights([0.3, -2])),
      null,
      out,
    );
    const got = await backend.read(out);
    const k = 7;
    expect(got[k]).toBeCloseTo(0.3 * a[k] + 2 * a[S * S + k], 5);
    expect(got[S * S + k]).toBeCloseTo(-2 * a[k] + 0.3 * a[S * S + k], 5);
  });

  it('gives <a, b> / ||b||^2 of random maps to 1e-5 of the direct sum', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 1e6 }),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        async (seed, scale) => {
          const [a, b] = [randomMap(seed, scale), randomMap(seed + 1)];
          const want = direct(a, b);
          const got = await projection.coefficient(
            backend.tensor(SHAPE, a),
            backend.tensor(SHAPE, b),
            1 / scale,
          );
          const size = Math.hypot(...want) + 1e-3 * scale;
          expect(Math.hypot(got[0] - want[0], got[1] - want[1]) / size).toBeLessThan(1e-5);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('finds the factor of a map turned and scaled: a = 0.7 e^{1.2 i} b gives c = 0.7 e^{1.2 i}', async () => {
    const b = randomMap(5);
    const n = S * S;
    const [cr, ci] = [0.7 * Math.cos(1.2), 0.7 * Math.sin(1.2)];
    const a = b.map((_, p) => (p < n ? cr * b[p] - ci * b[n + p] : ci * b[p - n] + cr * b[p]));
    const c = await projection.coefficient(backend.tensor(SHAPE, a), backend.tensor(SHAPE, b));
    expect(c[0]).toBeCloseTo(cr, 5);
    expect(c[1]).toBeCloseTo(ci, 5);
  });

  it('normRatio is ||a|| / ||b||', async () => {
    const [a, b] = [randomMap(8, 3), randomMap(9)];
    const ratio = await projection.normRatio(backend.tensor(SHAPE, a), backend.tensor(SHAPE, b));
    expect(ratio).toBeCloseTo(Math.hypot(...a) / Math.hypot(...b), 4);
  });

  it('is NaN, not a number made up, when b is zero', async () => {
    const c = await projection.coefficient(backend.tensor(SHAPE, randomMap(3)), backend.tensor(SHAPE));
    expect(c[0]).toBeNaN();
  });
});

describe('CentreProbe', () => {
  it('centreImpulse has one 1 at the centre of the real plane and refuses even sizes', () => {
    const d = centreImpulse(5);
    expect(d.reduce((s, v) => s + v, 0)).toBe(1);
    expect(d[12]).toBe(1);
    expect(() => centreImpulse(4)).toThrow();
  });

  it('reads the centre pixel of maps whose norm dwarfs it, to 1e-5 relative', async () => {
    const probe = new CentreProbe(backend, S);
    const c = ((S - 1) / 2) * S + (S - 1) / 2;
    for (const [seed, centreScale] of [
      [1, 1],
      [2, 0.01],
      [3, 100],
    ]) {
      const a = randomMap(seed, 10);
      a[c] = 0.3 * centreScale;
      a[S * S + c] = -0.8 * centreScale;
      const got = await probe.value(backend.tensor(SHAPE, a));
      const size = Math.hypot(a[c], a[S * S + c]);
      expect(Math.hypot(got[0] - a[c], got[1] - a[S * S + c]) / size).toBeLessThan(1e-5);
    }
    expect(await probe.value(backend.tensor(SHAPE))).toEqual([0, 0]);
    probe.dispose();
  });
});

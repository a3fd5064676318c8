// Lifting with N = 4 ... 36 orientations on the CPU reference, against facts reasoned out
// independently of the code: quarter turns permute pixels and shift the orientation axis by N/4
// whole planes (round-off for N divisible by 4); a rotation on the orientation grid leaves only
// resampling; and for the edge filter, a first derivative of a Gaussian (angular order 1), every
// pixel's response is a sinusoid A cos(phi - alpha) in the orientation phi, so misreading the axis
// by a gap delta costs |e^{i delta} - 1| = 2 sin(delta / 2) of the norm, and linear interpolation
// at a fraction a of a step Delta costs |(1 - a) + a e^{-i Delta} - e^{-i a Delta}| relative to the
// interpolated norm |(1 - a) + a e^{-i Delta}|; resampling adds a floor roughly in quadrature.
import { describe, expect, it } from 'vitest';
import { createCpuBackend } from '../../../../src/engine/cpu/index';
import { kernelPreset } from '../../../../src/experiments/filters/kernels';
import {
  ORIENTATION_COUNTS,
  OrientationSweep,
  type OrientationPoint,
} from '../../../../src/experiments/orientations/manyOrientations';
import type { Interpolation } from '../../../../src/engine/backend';
import { centredBlobs } from '../harmonic/smoothInputs';

const S = 49;
const DEG = Math.PI / 180;
const ROUND_OFF = 1e-6;
const backend = createCpuBackend();
const INPUT = centredBlobs(S, 3, 0, 8, 12, 2.5);

async function sweep(deg: number, interpolation: Interpolation = 'bicubic'): Promise<OrientationPoint[]> {
  const s = new OrientationSweep(backend, { size: S, kernelSize: 5, interpolation });
  s.setInput(INPUT, kernelPreset('edge').make(5), deg * DEG);
  const out: OrientationPoint[] = [];
  for (const N of ORIENTATION_COUNTS) out.push(await s.errorsFor(N));
  s.dispose();
  return out;
}

/** The order-1 predictions, written out with the gap and fraction computed here by hand. */
function predicted(deg: number, N: number): { nearest: number; linear: number } {
  const stepDeg = 360 / N;
  const s = (((deg / stepDeg) % N) + N) % N;
  const a = s - Math.floor(s);
  const gap = Math.min(a, 1 - a) * stepDeg * DEG;
  const D = stepDeg * DEG;
  const [re, im] = [1 - a + a * Math.cos(D), -a * Math.sin(D)];
  const miss = Math.hypot(re - Math.cos(a * D), im + Math.sin(a * D));
  return { nearest: 2 * Math.sin(gap / 2), linear: miss / Math.hypot(re, im) };
}

describe('OrientationSweep at quarter turns', () => {
  it.each([90, 180, 270])(
    '%i degrees: round-off for N divisible by 4; N = 6 only when read exactly',
    async (deg) => {
      for (const p of await sweep(deg)) {
        expect(p.errors.exact).toBeLessThan(ROUND_OFF);
        if (p.N % 4 === 0) {
          expect(p.gap).toBeLessThan(1e-12);
          expect(p.errors.nearest).toBeLessThan(ROUND_OFF);
          expect(p.errors.linear).toBeLessThan(ROUND_OFF);
        }
      }
    },
  );

  it('N = 6 misses 90 degrees by 30: the nearest reading is far off', async () => {
    const six = (await sweep(90)).find((p) => p.N === 6)!;
    expect(six.gap / DEG).toBeCloseTo(30, 9);
    expect(six.errors.nearest).toBeGreaterThan(0.4);
    expect(six.errors.exact).toBeLessThan(ROUND_OFF);
  });
});

describe('OrientationSweep on the orientation grid, off the pixel grid', () => {
  it('30 degrees with N = 12, 24, 36: all readings agree, at the resampling floor (not round-off)', async () => {
    for (const p of (await sweep(30)).filter((q) => [12, 24, 36].includes(q.N))) {
      expect(p.gap).toBeLessThan(1e-12);
      expect(Math.abs(p.errors.nearest - p.errors.exact)).toBeLessThan(1e-5 * p.errors.exact);
      expect(Math.abs(p.errors.linear - p.errors.exact)).toBeLessThan(1e-5 * p.errors.exact);
      expect(p.errors.exact).toBeGreaterThan(5e-3);
      expect(p.errors.exact).toBeLessThan(0.1);
    }
  });
});

describe('OrientationSweep off both grids', () => {
  it.each([37, 200])('%i degrees: the edge filter follows the order-1 predictions', async (deg) => {
    for (const p of await sweep(deg)) {
      const q = predicted(deg, p.N);
      const floor = p.errors.exact;
      expect(p.errors.nearest / Math.hypot(q.nearest, floor), `N = ${p.N}`).toBeGreaterThan(0.93);
      expect(p.errors.nearest / Math.hypot(q.nearest, floor), `N = ${p.N}`).toBeLessThan(1.07);
      expect(p.errors.linear / Math.hypot(q.linear, floor), `N = ${p.N}`).toBeGreaterThan(0.7);
      expect(p.errors.linear / Math.hypot(q.linear, floor), `N = ${p.N}`).toBeLessThan(1.2);
    }
  });

  it('37 degrees: the error falls with N and levels off at the resampling floor', async () => {
    const points = await sweep(37);
    const at = (N: number) => points.find((p) => p.N === N)!.errors;
    expect(at(4).nearest).toBeGreaterThan(0.5); // 37 degrees from the nearest sample
    expect(at(36).nearest).toBeLessThan(at(8).nearest / 2);
    expect(at(8).nearest).toBeLessThan(at(4).nearest / 3);
    for (const p of points) expect(p.errors.linear).toBeLessThanOrEqual(p.errors.nearest);
    expect(at(36).linear).toBeLessThan(at(4).linear / 10);
    // With 36 orientations, interpolating along the axis is as good as reading it exactly.
    expect(at(36).linear).toBeLessThan(1.1 * at(36).exact);
    expect(at(36).linear).toBeGreaterThan(0.9 * at(36).exact);
  });

  it('bilinear resampling raises the floor that bicubic sets', async () => {
    const [cubic, linear] = [await sweep(37), await sweep(37, 'bilinear')];
    for (let i = 0; i < cubic.length; i++)
      expect(linear[i].errors.exact).toBeGreaterThan(2 * cubic[i].errors.exact);
  });
});

// The lifting-to-harmonics bridge on the CPU engine, against references computed another way: the
// analytic circular harmonic sampled on the pixels (exact for quarter turns), the host's float64
// orientation average with M = N, and convergence to psi's angular component as N grows.
import { describe, expect, it } from 'vitest';
import { createCpuBackend } from '../../../../src/engine/cpu/index';
import { circularHarmonic } from '../../../../src/layers/harmonics';
import { gaussianBlobImage } from '../../../../src/layers/presets';
import { edgeKernel } from '../../../../src/experiments/filters/kernels';
import {
  aliasedOrders,
  angularComponent,
  correlateAt,
  orientationAverage,
  orientationCoefficient,
} from '../../../../src/experiments/bridge/angularComponent';
import { bridgeReading, computeBridge } from '../../../../src/experiments/bridge/liftingBridge';

const S = 33;
const K = 9;
const image = gaussianBlobImage(3, 1, S, S, 6, 3);
const centre = [16, 16] as const;

/** Re of the sampled W_{m0} with a ring profile: a real filter holding orders +-m0 only (up to sampling). */
function realHarmonic(m0: number): {
  psi: Float32Array;
  W: { K: number; re: Float64Array; im: Float64Array };
} {
  const w = circularHarmonic(m0, K, { kind: 'gaussianRing', radius: 2.5, width: 1 });
  const kk = K * K;
  return {
    psi: Float32Array.from(w.subarray(0, kk)),
    W: { K, re: Float64Array.from(w.subarray(0, kk)), im: Float64Array.from(w.subarray(kk)) },
  };
}

const abs = (z: readonly number[]) => Math.hypot(z[0], z[1]);
const minus = (a: readonly number[], b: readonly number[]) => [a[0] - b[0], a[1] - b[1]];

describe('orientation coefficients of a lifted map', () => {
  it('the DFT picks e^{+i m theta_j}: a map that turns like e^{-i theta} has coefficient 1 at m = 1 only', () => {
    const N = 8;
    const values = Array.from({ length: N }, (_, j) => Math.cos((2 * Math.PI * j) / N));
    expect(orientationCoefficient(values, 1)[0]).toBeCloseTo(0.5, 12);
    expect(abs(orientationCoefficient(values, 2))).toBeLessThan(1e-12);
    expect(aliasedOrders(1, 8, 12)).toEqual([-7, 1, 9]);
    expect(aliasedOrders(0, 4, 8)).toEqual([-8, -4, 0, 4, 8]);
  });

  it('psi = Re W_1, N = 4: F^_1 = (1/2) f * W_1 and F^_3 = (1/2) f * W_-1 to float32 round-off, F^_0 = F^_2 = 0', async () => {
    const { psi, W } = realHarmonic(1);
    const maps = await computeBridge(createCpuBackend(), image, psi, S, K);
    const scale = abs(correlateAt(image, S, W, centre[0], centre[1]));
    expect(scale).toBeGreaterThan(0.1);
    for (const pixel of [centre, [10, 21] as const]) {
      const half = correlateAt(image, S, W, pixel[0], pixel[1]).map((v) => v / 2);
      const row = (m: number) => bridgeReading(maps, m, pixel).rows[0];
      expect(row(1).N).toBe(4);
      expect(abs(minus(row(1).coefficient, half))).toBeLessThan(1e-5 * scale);
      // order -1 = 3 (mod 4): the conjugate of W_1
      expect(abs(minus(row(3).coefficient, [half[0], -half[1]]))).toBeLessThan(1e-5 * scale);
      expect(abs(row(0).coefficient)).toBeLessThan(1e-5 * scale);
      expect(abs(row(2).coefficient)).toBeLessThan(1e-5 * scale);
    }
  });

  it('psi = Re W_2, N = 4: orders 2 and -2 alias, so F^_2 = Re(f * W_2)', async () => {
    const { psi, W } = realHarmonic(2);
    const maps = await computeBridge(createCpuBackend(), image, psi, S, K);
    const z = correlateAt(image, S, W, centre[0], centre[1]);
    const row = bridgeReading(maps, 2, centre).rows[0];
    expect(abs(z)).toBeGreaterThan(0.05);
    expect(Math.abs(row.coefficient[0] - z[0])).toBeLessThan(1e-5 * abs(z));
    expect(Math.abs(row.coefficient[1])).toBeLessThan(1e-5 * abs(z));
  });
});

describe('the lifted map against the harmonic response', () => {
  it('on the engine, F^_m equals f correlated with the host float64 orientation average at M = N', async () => {
    const psi = edgeKernel(K);
    const maps = await computeBridge(createCpuBackend(), image, psi, S, K);
    for (const m of [1, 3]) {
      const reading = bridgeReading(maps, m, [12, 19]);
      for (const row of reading.rows) {
        const host = correlateAt(image, S, orientationAverage(psi, K, m, row.N), 12, 19);
        expect(abs(minus(row.coefficient, host))).toBeLessThan(1e-5);
      }
    }
  });

  it('for the edge, order 1 converges as N grows (relative map difference < 1e-4 at N = 32) and even orders vanish', async () => {
    const psi = edgeKernel(K);
    const maps = await computeBridge(createCpuBackend(), image, psi, S, K);
    const one = bridgeReading(maps, 1, centre);
    const rel = one.rows.map((r) => r.relative);
    expect(rel[3]).toBeLessThan(1e-4);
    expect(rel[3]).toBeLessThan(rel[2]);
    expect(rel[2]).toBeLessThan(rel[1]);
    expect(rel[1]).toBeLessThan(rel[0]);
    expect(one.share).toBeGreaterThan(0.45);
    // the harmonic map on the engine is f * W_1 from the host's float64 sum
    const host = correlateAt(image, S, angularComponent(psi, K, 1), centre[0], centre[1]);
    expect(abs(minus(one.harmonic, host))).toBeLessThan(1e-5);
    // psi(-p) = -psi(p): no even orders, at any N
    for (const m of [0, 2]) {
      const r = bridgeReading(maps, m, centre);
      expect(r.present).toBe(false);
      for (const row of r.rows) expect(row.level).toBeLessThan(1e-6);
    }
  });

  it('the angular component of Re W_1 is close to W_1 / 2 (the interpolant between pixels is nearly a harmonic)', () => {
    const { psi, W } = realHarmonic(1);
    const c = angularComponent(psi, K, 1);
    let [diff, ref] = [0, 0];
    for (let i = 0; i < K * K; i++) {
      diff += (c.re[i] - W.re[i] / 2) ** 2 + (c.im[i] - W.im[i] / 2) ** 2;
      ref += (W.re[i] / 2) ** 2 + (W.im[i] / 2) ** 2;
    }
    expect(Math.sqrt(diff / ref)).toBeLessThan(0.05);
  });
});

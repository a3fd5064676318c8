// The hand-made filters: on the layer's disk, zero mean, unit peak, and the symmetries their
// names promise (checked by moving pixels by hand, not through the engine).
import { describe, expect, test } from 'vitest';
import { createCpuBackend } from '../../../../src/engine/cpu/index';
import {
  centerSurroundKernel,
  cornerKernel,
  edgeKernel,
  gaborKernel,
  inKernelDisk,
  KERNEL_PRESETS,
  KERNEL_SIZES,
  lineKernel,
} from '../../../../src/experiments/filters/kernels';
import { mirror, quarterTurn, relMaxDiff } from '../ring/pixels';

const TOL = 1e-6;
const negate = (a: Float32Array) => a.map((v) => -v);
/** (x, y) -> (-x, y): the columns left to right. */
function flipColumns(f: Float32Array, K: number): Float32Array {
  return f.map((_, i) => f[Math.floor(i / K) * K + (K - 1 - (i % K))]);
}
/** (x, y) -> (y, x): the diagonal mirror, as r s. */
const diagonal = (f: Float32Array, K: number) => quarterTurn(mirror(f, K), K);

describe.each(KERNEL_SIZES.map((K) => ({ K })))('presets at K = $K', ({ K }) => {
  test.each(KERNEL_PRESETS.map((p) => ({ id: p.id, make: p.make })))(
    '$id lives on the disk, has zero mean there and peak 1',
    ({ make }) => {
      const psi = make(K);
      const r = (K - 1) / 2;
      let sum = 0;
      for (let i = 0; i < K * K; i++) {
        const inside = inKernelDisk((i % K) - r, r - Math.floor(i / K), K);
        if (!inside) expect(psi[i]).toBe(0);
        sum += psi[i];
      }
      expect(Math.abs(sum)).toBeLessThan(TOL * K * K);
      expect(Math.max(...psi.map(Math.abs))).toBeCloseTo(1, 6);
    },
  );

  test('edge is odd in x and even in y; its quarter turn is a different filter', () => {
    const e = edgeKernel(K);
    expect(relMaxDiff(flipColumns(e, K), negate(e))).toBeLessThan(TOL);
    expect(relMaxDiff(mirror(e, K), e)).toBeLessThan(TOL);
    expect(relMaxDiff(quarterTurn(e, K), e)).toBeGreaterThan(0.5);
  });

  test('line and Gabor are even in x and y but change under a quarter turn', () => {
    for (const f of [lineKernel(K), gaborKernel(K)]) {
      expect(relMaxDiff(flipColumns(f, K), f)).toBeLessThan(TOL);
      expect(relMaxDiff(mirror(f, K), f)).toBeLessThan(TOL);
      expect(relMaxDiff(quarterTurn(f, K), f)).toBeGreaterThan(0.1);
    }
  });

  test('corner is symmetric about the diagonal only', () => {
    const c = cornerKernel(K);
    expect(relMaxDiff(diagonal(c, K), c)).toBeLessThan(TOL);
    expect(relMaxDiff(quarterTurn(c, K), c)).toBeGreaterThan(0.5);
    expect(relMaxDiff(mirror(c, K), c)).toBeGreaterThan(0.5);
  });

  test('centre-surround is unchanged by every element of D4', () => {
    const d = centerSurroundKernel(K);
    expect(relMaxDiff(quarterTurn(d, K), d)).toBeLessThan(TOL);
    expect(relMaxDiff(mirror(d, K), d)).toBeLessThan(TOL);
  });

  test("the disk test agrees with the engine's maskDisk", async () => {
    const backend = createCpuBackend();
    const ones = backend.tensor([1, K, K], new Float32Array(K * K).fill(1));
    const out = backend.tensor([1, K, K]);
    backend.maskDisk(ones, out);
    const kept = await backend.read(out);
    const r = (K - 1) / 2;
    for (let i = 0; i < K * K; i++)
      expect(kept[i] > 0, `cell ${i}`).toBe(inKernelDisk((i % K) - r, r - Math.floor(i / K), K));
  });
});

// The scale-lifting layer and its commuting diagram on the CPU reference, against closed forms:
// the bank is one filter dilated, a Gaussian blob's response at its centre is 2σ²s² / (s² + σ²)², and
// the zoom of a Gaussian of width s by μ is a Gaussian of width μs.
import { describe, expect, it } from 'vitest';
import { createCpuBackend } from '../../../../src/engine/cpu/index';
import {
  bankKernelSize,
  blobResponse,
  dilatedMexicanHat,
  scaleBank,
  scaleFactors,
} from '../../../../src/experiments/scale/scaleBank';
import {
  embedDrawing,
  SCALE_LIFTING,
  ScaleLiftingDiagram,
  type ScaleLiftingConfig,
} from '../../../../src/experiments/scale/scaleLifting';

const backend = createCpuBackend();

/** exp(-|x|² / 2s²) on an n x n grid, centred at ((n - 1) / 2, (n - 1) / 2). */
function blob(n: number, s: number): Float32Array {
  const c = (n - 1) / 2;
  return Float32Array.from({ length: n * n }, (_, k) => {
    const x = (k % n) - c;
    const y = Math.floor(k / n) - c;
    return Math.exp(-(x * x + y * y) / (2 * s * s));
  });
}

describe('the dilated bank', () => {
  it('λ_j = 2^(j/k); the filter size holds the largest filter out to its cut at 4σ', () => {
    expect(scaleFactors(SCALE_LIFTING)).toEqual([1, Math.SQRT2, 2, 2 ** 1.5]);
    // σ_3 = 0.8 · 2√2 = 2.263; 4σ = 9.05 -> radius 10, K = 21.
    expect(bankKernelSize(SCALE_LIFTING)).toBe(21);
  });

  it('plane j is λ_j^-2 ψ(x / λ_j), ψ the smallest filter', () => {
    const bank = scaleBank(SCALE_LIFTING);
    const K = 21;
    const r = 10;
    const psi = (x: number, y: number) => dilatedMexicanHat(x, y, SCALE_LIFTING.sigma0);
    scaleFactors(SCALE_LIFTING).forEach((lambda, j) => {
      for (const [row, col] of [
        [10, 10],
        [10, 12],
        [7, 13],
        [3, 10],
      ]) {
        const [x, y] = [col - r, r - row];
        const expected = psi(x / lambda, y / lambda) / (lambda * lambda);
        expect(bank[(j * K + row) * K + col]).toBeCloseTo(expected, 7);
      }
    });
    // The hat: 2 / (2π σ²) at the centre, 0 where |x| = √2 σ.
    expect(dilatedMexicanHat(0, 0, 2)).toBeCloseTo(2 / (8 * Math.PI), 12);
    expect(dilatedMexicanHat(2 * Math.SQRT2, 0, 2)).toBeCloseTo(0, 12);
  });

  it("a Gaussian blob's response at its centre follows 2σ²s² / (s² + σ²)², largest where σ nears s", async () => {
    const config: ScaleLiftingConfig = { ...SCALE_LIFTING, size: 41, inner: 41 };
    const s = 3;
    const diagram = new ScaleLiftingDiagram(backend, config);
    diagram.setInput(blob(41, s));
    diagram.run(1);
    const F = await backend.read(diagram.lifted);
    const centre = 20 * 41 + 20;
    diagram.lambdas.forEach((lambda, j) => {
      const expected = blobResponse(s, lambda * config.sigma0);
      // The cut at 4σ moves the value by at most 16 e^-8 ≈ 0.005; pixel sampling by less.
      expect(Math.abs(F[j * 41 * 41 + centre] - expected), `plane ${j}`).toBeLessThan(0.006);
    });
    expect(blobResponse(s, s)).toBe(0.5);
    diagram.dispose();
  });
});

describe('the commuting diagram of a zoom by one scale step', () => {
  const N = SCALE_LIFTING.size;

  it('embedDrawing centres the drawing and masks it to its disk', () => {
    const ones = new Float32Array(40 * 40).fill(1);
    const out = embedDrawing(ones, 40, N);
    expect(out[0]).toBe(0);
    expect(out[40 * N + 40]).toBe(1);
    expect(out[20 * N + 20]).toBe(0); // the corner of the drawing: outside its disk
    // Disk of radius 20 about (19.5, 19.5): about π 20² = 1257 pixels.
    const kept = out.reduce((a, b) => a + b, 0);
    expect(Math.abs(kept - Math.PI * 400)).toBeLessThan(40);
  });

  it('the zoom of a Gaussian of width s by √2 is a Gaussian of width √2 s', async () => {
    const diagram = new ScaleLiftingDiagram(backend);
    diagram.setInput(blob(40, 4));
    diagram.run(1);
    const zoomed = await backend.read(diagram.zoomed);
    const expected = blob(N, 4 * Math.SQRT2);
    let worst = 0;
    for (let k = 0; k < N * N; k++) worst = Math.max(worst, Math.abs(zoomed[k] - expected[k]));
    // The input was masked to radius 20 (value e^-12.5 there): only bicubic error is left.
    expect(worst).toBeLessThan(2e-3);
    diagram.dispose();
  });

  it.each([
    [1, 0, 3],
    [-1, 3, 0],
  ] as const)(
    'step %i: plane %i has no partner, plane %i of Φ(f) drops out; errors add in squares',
    async (step, missing, dropped) => {
      const diagram = new ScaleLiftingDiagram(backend);
      diagram.setInput(blob(40, 4));
      diagram.run(step);
      const m = await diagram.measure();
      expect(m.zoom).toBeCloseTo(2 ** (step / 2), 12);
      expect(m.dropped).toBe(dropped);
      expect(m.planes.map((p) => p.partner)).toEqual(
        [0, 1, 2, 3].map((j) => (j === missing ? null : j - step)),
      );
      expect(m.range).toBeCloseTo(m.planes[missing].error, 12);
      expect(m.total).toBeCloseTo(Math.hypot(m.range, m.resampling), 6);
      // A smooth blob resamples well, but not to round-off; the missing plane is a large share.
      expect(m.resampling).toBeGreaterThan(1e-5);
      expect(m.resampling).toBeLessThan(0.02);
      expect(m.range).toBeGreaterThan(0.1);
      for (const p of m.planes) if (p.partner !== null) expect(p.error).toBeLessThan(0.03);
      expect(m.roundTrip).toBeLessThan(5e-3);
      // The drawn shifted reading is L_μ Φ(f) with the missing plane 0, and the difference A - B.
      const [A, B, D] = await backend.readMany([diagram.liftedZoomed, diagram.shifted, diagram.difference]);
      const hw = N * N;
      expect(B.subarray(missing * hw, (missing + 1) * hw).every((v) => v === 0)).toBe(true);
      for (const k of [0, 1234, missing * hw + 3240, 3 * hw + 77]) expect(D[k]).toBeCloseTo(A[k] - B[k], 6);
      diagram.dispose();
    },
  );
});

// Seeded random numbers and smooth presets: values from a second implementation (Python, same
// published algorithm), distribution moments, and closed forms of the presets.
import { describe, expect, it } from 'vitest';
import { gaussianBlobImage, gaussianWindow, smoothRandomFilters } from '../../../src/layers';
import { heNormal, mulberry32, randomNormal, randomUniform } from '../../../src/math/random';

describe('mulberry32', () => {
  it('matches an independent Python implementation', () => {
    const a = mulberry32(1);
    const b = mulberry32(42);
    // Computed with a Python transcription of mulberry32 (unsigned 32-bit arithmetic).
    expect([a(), a(), a()]).toEqual([0.6270739405881613, 0.002735721180215478, 0.5274470399599522]);
    expect([b(), b(), b()]).toEqual([0.6011037519201636, 0.44829055899754167, 0.8524657934904099]);
  });

  it('uniform and normal samples have the right moments (within 4 standard errors)', () => {
    const n = 20000;
    const u = randomUniform(7, n);
    const meanU = u.reduce((s, v) => s + v, 0) / n;
    expect(Math.abs(meanU - 0.5)).toBeLessThan(4 * Math.sqrt(1 / 12 / n));
    expect(Math.min(...u)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...u)).toBeLessThan(1);
    const z = randomNormal(8, n);
    const mean = z.reduce((s, v) => s + v, 0) / n;
    const variance = z.reduce((s, v) => s + (v - mean) ** 2, 0) / n;
    expect(Math.abs(mean)).toBeLessThan(4 / Math.sqrt(n));
    expect(Math.abs(variance - 1)).toBeLessThan(4 * Math.sqrt(2 / n));
    const he = heNormal(9, n, 50);
    const heVar = he.reduce((s, v) => s + v * v, 0) / n;
    expect(Math.abs(heVar / (2 / 50) - 1)).toBeLessThan(4 * Math.sqrt(2 / n));
  });

  it('the same seed gives the same numbers', () => {
    expect(Array.from(randomNormal(3, 10))).toEqual(Array.from(randomNormal(3, 10)));
    expect(Array.from(randomNormal(3, 10))).not.toEqual(Array.from(randomNormal(4, 10)));
  });
});

describe('presets', () => {
  it('gaussianWindow: exp(-r^2 / 2 sigma^2) about the middle pixel', () => {
    const w = gaussianWindow(5, 1.5);
    expect(w[12]).toBe(1);
    expect(w[0]).toBeCloseTo(Math.exp(-8 / 4.5), 6); // corner, r^2 = 8
    expect(w[13]).toBeCloseTo(Math.exp(-1 / 4.5), 6);
  });

  /** Mean squared discrete Laplacian over interior pixels, relative to the mean square: a roughness measure. */
  function roughness(filters: Float32Array, K: number): number {
    let [lap, energy] = [0, 0];
    for (let f = 0; f < filters.length / (K * K); f++)
      for (let a = 1; a < K - 1; a++)
        for (let b = 1; b < K - 1; b++) {
          const at = (i: number, j: number) => filters[f * K * K + i * K + j];
          const l = at(a - 1, b) + at(a + 1, b) + at(a, b - 1) + at(a, b + 1) - 4 * at(a, b);
          lap += l * l;
          energy += at(a, b) ** 2;
        }
    return lap / energy;
  }

  it('smoothRandomFilters: He-scale norm per filter, far smoother than white noise', () => {
    const [K, count, fanIn] = [7, 40, 2 * 49];
    const smooth = smoothRandomFilters(1, count, K, fanIn);
    for (let f = 0; f < count; f++) {
      const norm = Math.hypot(...smooth.slice(f * K * K, (f + 1) * K * K));
      expect(norm).toBeCloseTo(Math.sqrt((2 * K * K) / fanIn), 4);
    }
    // White noise has roughness 20 in expectation (sum of squared Laplacian weights 16 + 4).
    expect(roughness(heNormal(1, count * K * K, fanIn), K)).toBeGreaterThan(15);
    expect(roughness(smooth, K)).toBeLessThan(2);
  });

  it('gaussianBlobImage: blobs stay well inside the disk, so rotations keep them in view', () => {
    const [H, W] = [33, 33];
    const img = gaussianBlobImage(5, 2, H, W);
    let [inside, outside] = [0, 0];
    for (let c = 0; c < 2; c++)
      for (let i = 0; i < H; i++)
        for (let j = 0; j < W; j++) {
          const r = Math.hypot(j - 16, 16 - i);
          const v = img[(c * H + i) * W + j] ** 2;
          if (r <= 0.9 * 16.5) inside += v;
          else outside += v;
        }
    expect(inside).toBeGreaterThan(1);
    expect(outside / inside).toBeLessThan(1e-3);
  });
});

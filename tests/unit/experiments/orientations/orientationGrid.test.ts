// The orientation grid of a lifting with N samples: the gap to the nearest sample never exceeds
// half a step (180/N degrees) and reaches it midway; the mixing matrices are a permutation
// (nearest) and a two-neighbour average (linear), worked out by hand for small N.
import { describe, expect, it } from 'vitest';
import {
  largestGap,
  linearMixing,
  nearestMixing,
  nearestOrientation,
  orientationShift,
} from '../../../../src/experiments/orientations/orientationGrid';

const DEG = Math.PI / 180;

describe('nearestOrientation', () => {
  it('stays within half a step of theta, and is half a step away midway between samples', () => {
    for (const N of [4, 6, 8, 12, 16, 24, 36])
      for (let deg = -400; deg <= 400; deg += 7.3) {
        const { k, gap } = nearestOrientation(deg * DEG, N);
        expect(gap).toBeLessThanOrEqual(largestGap(N) + 1e-12);
        // The sample k really is within gap of theta (mod 360 degrees).
        const d = ((((deg - (k * 360) / N) % 360) + 540) % 360) - 180;
        expect(Math.abs(Math.abs(d) * DEG - gap)).toBeLessThan(1e-9);
      }
    expect(nearestOrientation(45 * DEG, 4).gap / DEG).toBeCloseTo(45, 9);
    expect(nearestOrientation(5 * DEG, 36).gap / DEG).toBeCloseTo(5, 9);
    expect(largestGap(36) / DEG).toBeCloseTo(5, 12);
  });

  it('finds the samples themselves with gap 0, wrapping at 360 degrees', () => {
    expect(nearestOrientation(30 * DEG, 12)).toEqual({ k: 1, gap: 0 });
    expect(nearestOrientation(90 * DEG, 36)).toEqual({ k: 9, gap: 0 });
    expect(nearestOrientation(-90 * DEG, 4)).toEqual({ k: 3, gap: 0 });
    expect(nearestOrientation(359 * DEG, 8).k).toBe(0);
  });
});

describe('orientationShift', () => {
  it('splits theta N / 360 degrees into whole planes and a fraction', () => {
    const { k, a } = orientationShift(37 * DEG, 4);
    expect(k).toBe(0);
    expect(a).toBeCloseTo(37 / 90, 12);
    expect(orientationShift(200 * DEG, 36)).toEqual({ k: 20, a: 0 });
  });
});

describe('mixing matrices', () => {
  it('nearest: output plane j reads input plane j - k, a permutation', () => {
    // theta = 100 degrees with N = 4: nearest sample r^1 (90 degrees), so plane j reads plane j - 1.
    const w = nearestMixing(100 * DEG, 4);
    expect(Array.from(w)).toEqual([0, 0, 0, 1, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0]);
  });

  it('linear: halfway between samples, the average of planes j and j - 1', () => {
    const w = linearMixing(45 * DEG, 4);
    expect(Array.from(w)).toEqual([0.5, 0, 0, 0.5, 0.5, 0.5, 0, 0, 0, 0.5, 0.5, 0, 0, 0, 0.5, 0.5]);
  });

  it('linear interpolation of a sampled cos(phi) is exact at the samples and a chord between', () => {
    const N = 8;
    const step = (2 * Math.PI) / N;
    const F = Array.from({ length: N }, (_, j) => Math.cos(j * step));
    const read = (w: Float32Array, j: number) => F.reduce((s, f, i) => s + w[j * N + i] * f, 0);
    // theta on the grid: plane j reads plane j - 2 exactly.
    const on = linearMixing(2 * step, N);
    for (let j = 0; j < N; j++) expect(read(on, j)).toBeCloseTo(F[(j - 2 + N) % N], 6);
    // a quarter of a step past sample 1: 3/4 of cos(phi_j - step) + 1/4 of cos(phi_j - 2 step).
    const off = linearMixing(1.25 * step, N);
    for (let j = 0; j < N; j++) {
      const chord = 0.75 * Math.cos((j - 1) * step) + 0.25 * Math.cos((j - 2) * step);
      expect(read(off, j)).toBeCloseTo(chord, 6);
    }
    // every row sums to 1 (a constant along the orientation axis stays constant)
    for (let j = 0; j < N; j++)
      expect(off.slice(j * N, (j + 1) * N).reduce((s, v) => s + v, 0)).toBeCloseTo(1, 6);
  });
});

// The plane warm-up: the smoothed gradient against finite differences, and the type-1 law
// ∇(f∘R⁻¹)(R y) = R ∇f(y) at any angle, with "positions only" failing it.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  arrowGrid,
  compareFields,
  gradientAt,
  imageToBlobs,
  SMOOTHING,
  type Blobs,
  type Vec2,
} from '../../../../src/experiments/steerable/planeField';

/** f(x) = Σ_k I_k exp(−|x − p_k|² / 2s²), written out independently of gradientAt. */
const smoothed = (b: Blobs, x: Vec2) =>
  b.centres.reduce(
    (s, p, k) =>
      s + b.weights[k] * Math.exp(-((x[0] - p[0]) ** 2 + (x[1] - p[1]) ** 2) / (2 * SMOOTHING ** 2)),
    0,
  );

/** An asymmetric test picture: an L of 5 x 5 pixels in a 12 x 12 image. */
function lShape(): Blobs {
  const size = 12;
  const px = new Float32Array(size * size);
  for (let i = 3; i < 8; i++) px[i * size + 3] = 1;
  for (let j = 3; j < 8; j++) px[7 * size + j] = 0.8;
  return imageToBlobs(px, size);
}

test('imageToBlobs puts pixel centres in [-1, 1]² with y up', () => {
  const b = imageToBlobs(Float32Array.from([1, 0, 0, 0.5]), 2);
  expect(b.centres).toEqual([
    [-0.5, 0.5],
    [0.5, -0.5],
  ]);
  expect(b.weights).toEqual([1, 0.5]);
});

test('gradientAt matches central differences of the smoothed picture to 1e-7', () => {
  const b = lShape();
  const h = 1e-5;
  for (const x of [
    [0.1, -0.2],
    [-0.3, 0.25],
    [0, 0],
  ] as Vec2[]) {
    const g = gradientAt(b, x);
    const fd = [
      (smoothed(b, [x[0] + h, x[1]]) - smoothed(b, [x[0] - h, x[1]])) / (2 * h),
      (smoothed(b, [x[0], x[1] + h]) - smoothed(b, [x[0], x[1] - h])) / (2 * h),
    ];
    const scale = Math.max(1, Math.hypot(g[0], g[1]));
    expect(Math.abs(g[0] - fd[0]) / scale).toBeLessThan(1e-7);
    expect(Math.abs(g[1] - fd[1]) / scale).toBeLessThan(1e-7);
  }
});

test('arrowGrid keeps every point inside the disc of radius 0.9', () => {
  const g = arrowGrid(13);
  expect(g.length).toBeGreaterThan(100);
  for (const p of g) expect(Math.hypot(p[0], p[1])).toBeLessThanOrEqual(0.9 + 1e-12);
});

describe('compareFields', () => {
  const blobs = lShape();
  const grid = arrowGrid(11);

  test('moving and turning the arrows reproduces the rotated input`s gradient at any angle (round-off)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }), (theta) => {
        expect(compareFields(blobs, grid, theta).errorTransported).toBeLessThan(1e-12);
      }),
      { numRuns: 30 },
    );
  });

  test('moving the positions only fails, by |R_θ − I| = 2 sin(θ/2) at the largest arrow', () => {
    for (const theta of [Math.PI / 2, 2, 3.5]) {
      const c = compareFields(blobs, grid, theta);
      expect(c.errorPositionsOnly).toBeCloseTo(2 * Math.abs(Math.sin(theta / 2)), 10);
    }
    expect(compareFields(blobs, grid, 0).errorPositionsOnly).toBeLessThan(1e-12);
  });
});

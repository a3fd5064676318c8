// The plane as SE(2)/SO(2), against closed forms worked out by hand: the stabilizer of x is the
// set of rotations about x, whose translation parts x − R_φ x lie on the circle of radius |x|
// around x through the origin; every coset frame stands at x; t h multiplies back to g.
import { describe, expect, test } from 'vitest';
import {
  cosetFrames,
  homogeneousChecks,
  split,
  stabilizerFrames,
} from '../../../src/experiments/groups/homogeneousSpace';

const TOL = 1e-12;

describe('SE(2)/SO(2)', () => {
  test('stabilizer of (1, 0): the quarter turn about it is ((1, -1), R_90)', () => {
    const quarter = stabilizerFrames([1, 0], 4)[1];
    expect(quarter.x).toBeCloseTo(1, 12);
    expect(quarter.y).toBeCloseTo(-1, 12);
    expect(quarter.theta).toBeCloseTo(Math.PI / 2, 12);
    const half = stabilizerFrames([1, 0], 4)[2]; // the half turn about (1, 0) moves the origin to (2, 0)
    expect(half.x).toBeCloseTo(2, 12);
    expect(half.y).toBeCloseTo(0, 12);
  });
  test('translation parts of the stabilizer lie on the circle |t − x| = |x|', () => {
    const x: [number, number] = [-1.3, 0.7];
    for (const s of stabilizerFrames(x, 12))
      expect(Math.abs(Math.hypot(s.x - x[0], s.y - x[1]) - Math.hypot(...x))).toBeLessThan(TOL);
  });
  test('the coset frames all stand at x with evenly spaced headings', () => {
    const frames = cosetFrames([2, -1], 8);
    frames.forEach((f, k) => {
      expect([f.x, f.y]).toEqual([2, -1]);
      expect(Math.abs(Math.cos(f.theta) - Math.cos((2 * Math.PI * k) / 8))).toBeLessThan(TOL);
    });
  });
  test('the checks are round-off for any point and element, and split gives t = (x, I), h = (0, R_θ)', () => {
    const g = { x: 1.2, y: -0.4, theta: 2.1 };
    const { t, h } = split(g);
    expect([t.x, t.y, t.theta, h.x, h.y, h.theta]).toEqual([1.2, -0.4, 0, 0, 0, 2.1]);
    const c = homogeneousChecks([1.2, -0.4], g, 24);
    expect(Math.max(c.coset, c.stabilizer, c.split)).toBeLessThan(TOL);
  });
});

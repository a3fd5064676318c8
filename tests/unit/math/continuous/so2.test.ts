// SO(2) and O(2): angle normalisation, and the O(2) convention R_θ S^reflect with S = diag(1, -1) acting first.
// Tolerance 1e-12 in float64 (hand values use cos/sin of multiples of π/2).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { O2, SO2, wrapToPi } from '../../../../src/math/continuous';

const TOL = 1e-12;

function expectPoint(p: number[], q: number[]) {
  expect(Math.hypot(p[0] - q[0], p[1] - q[1])).toBeLessThan(TOL);
}

describe('wrapToPi', () => {
  it('maps every angle into (-π, π] without changing it modulo 2π', () => {
    fc.assert(
      fc.property(fc.double({ min: -100, max: 100, noNaN: true }), (t) => {
        const w = wrapToPi(t);
        expect(w).toBeGreaterThan(-Math.PI);
        expect(w).toBeLessThanOrEqual(Math.PI);
        expect(Math.abs(Math.sin(w) - Math.sin(t)) + Math.abs(Math.cos(w) - Math.cos(t))).toBeLessThan(1e-12);
      }),
      { numRuns: 100 },
    );
    expect(wrapToPi(-Math.PI)).toBe(Math.PI);
    expect(wrapToPi(Math.PI)).toBe(Math.PI);
  });
});

describe('SO(2)', () => {
  it('rotates counter-clockwise: R_{π/2} (1, 0) = (0, 1)', () => {
    expectPoint(SO2.actOnPoint({ theta: Math.PI / 2 }, [1, 0]), [0, 1]);
  });
  it('adds angles: R_{3π/4} R_{π/2} = R_{-3π/4}', () => {
    expect(SO2.compose({ theta: (3 * Math.PI) / 4 }, { theta: Math.PI / 2 }).theta).toBeCloseTo(
      (-3 * Math.PI) / 4,
      12,
    );
  });
});

describe('O(2)', () => {
  it('the pure reflection is (x, y) -> (x, -y)', () => {
    expectPoint(O2.actOnPoint({ theta: 0, reflect: true }, [2, 3]), [2, -3]);
  });
  it('R_θ S applies S first: R_{π/2} S maps (0, 1) to (1, 0) and (1, 0) to (0, 1)', () => {
    const g = { theta: Math.PI / 2, reflect: true };
    expectPoint(O2.actOnPoint(g, [0, 1]), [1, 0]);
    expectPoint(O2.actOnPoint(g, [1, 0]), [0, 1]);
  });
  it('S R_θ = R_{-θ} S and reflections are involutions', () => {
    const sr = O2.compose({ theta: 0, reflect: true }, { theta: 0.7, reflect: false });
    expect(sr.reflect).toBe(true);
    expect(sr.theta).toBeCloseTo(-0.7, 12);
    const g = { theta: 1.1, reflect: true };
    expect(O2.distance(O2.compose(g, g), O2.identity())).toBeLessThan(TOL);
    expect(O2.inverse(g)).toEqual(g);
  });
});

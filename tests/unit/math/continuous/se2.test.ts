// SE(2) against the seed's product and inverse evaluated by hand (Bekkers' lecture notes), tolerance 1e-12 in float64
// (the hand values involve only cos/sin of π/2, π/3 and one rounding per operation).
import { describe, expect, it } from 'vitest';
import { SE2 } from '../../../../src/math/continuous';

const TOL = 1e-12;

describe('SE(2) = R^2 ⋊ SO(2)', () => {
  it("(x, R_θ)·(x', R_θ') = (R_θ x' + x, R_{θ+θ'}) for fixed numbers", () => {
    // R_{π/2} (3, 4) + (1, 2) = (-4, 3) + (1, 2) = (-3, 5); angle π/2 + π/3 = 5π/6.
    const g = SE2.compose({ x: 1, y: 2, theta: Math.PI / 2 }, { x: 3, y: 4, theta: Math.PI / 3 });
    expect(g.x).toBeCloseTo(-3, 12);
    expect(g.y).toBeCloseTo(5, 12);
    expect(g.theta).toBeCloseTo((5 * Math.PI) / 6, 12);
  });

  it('the product does not commute (translation is rotated by the first factor only)', () => {
    // (3, 4, π/3)·(1, 2, π/2) = (R_{π/3}(1, 2) + (3, 4), 5π/6) = (3.5 - √3, 4 + √3/2 + 1).
    const g = SE2.compose({ x: 3, y: 4, theta: Math.PI / 3 }, { x: 1, y: 2, theta: Math.PI / 2 });
    expect(g.x).toBeCloseTo(0.5 - Math.sqrt(3) + 3, 12);
    expect(g.y).toBeCloseTo(Math.sqrt(3) / 2 + 1 + 4, 12);
  });

  it('(x, R_θ)^{-1} = (-R_θ^{-1} x, R_θ^{-1}) for fixed numbers', () => {
    // R_{-π/2} (1, 2) = (2, -1), so the inverse of (1, 2, π/2) is (-2, 1, -π/2).
    const g = SE2.inverse({ x: 1, y: 2, theta: Math.PI / 2 });
    expect(Math.abs(g.x + 2)).toBeLessThan(TOL);
    expect(Math.abs(g.y - 1)).toBeLessThan(TOL);
    expect(Math.abs(g.theta + Math.PI / 2)).toBeLessThan(TOL);
  });

  it('acts on the plane by p -> R_θ p + x', () => {
    const [px, py] = SE2.actOnPoint({ x: 1, y: 2, theta: Math.PI / 2 }, [1, 0]);
    expect(Math.abs(px - 1)).toBeLessThan(TOL);
    expect(Math.abs(py - 3)).toBeLessThan(TOL);
  });

  it('keeps angles in (-π, π]', () => {
    const g = SE2.compose({ x: 0, y: 0, theta: (3 * Math.PI) / 4 }, { x: 0, y: 0, theta: (3 * Math.PI) / 4 });
    expect(g.theta).toBeCloseTo(-Math.PI / 2, 12);
    expect(SE2.inverse({ x: 0, y: 0, theta: Math.PI }).theta).toBe(Math.PI);
  });
});

// Quadrature rules on the sphere against closed-form integrals and a published Gauss-Legendre table.
import { describe, expect, test } from 'vitest';
import { realSphericalHarmonicsUpTo } from '../../../../src/math/so3';
import { mulberry32, normalSampler } from '../../../../src/math/random';
import { analyze, harmonicBasis, synthesize } from '../../../../src/experiments/steerable/sphereFunctions';
import {
  driscollHealyGrid,
  driscollHealyWeights,
  gaussLegendre,
  gaussLegendreSphere,
} from '../../../../src/math/so3/quadrature';

describe('gaussLegendre', () => {
  test('5 nodes match the Abramowitz-Stegun table (25.4) to 1e-15', () => {
    const { nodes, weights } = gaussLegendre(5);
    const order = nodes.map((x, i) => [x, weights[i]]).sort((a, b) => a[0] - b[0]);
    const table = [
      [-0.906179845938664, 0.2369268850561891],
      [-0.5384693101056831, 0.4786286704993665],
      [0, 0.5688888888888889],
      [0.5384693101056831, 0.4786286704993665],
      [0.906179845938664, 0.2369268850561891],
    ];
    order.forEach(([x, w], i) => {
      expect(x).toBeCloseTo(table[i][0], 15);
      expect(w).toBeCloseTo(table[i][1], 15);
    });
  });
});

describe('gaussLegendreSphere', () => {
  // ∫_{S²} x^2a y^2b z^2c dΩ = 2 Γ(a+½)Γ(b+½)Γ(c+½) / Γ(a+b+c+3/2): 4π/3, 4π/5, 4π/15, 4π/105 for the cases below.
  test.each([
    [[2, 0, 0], (4 * Math.PI) / 3],
    [[0, 0, 4], (4 * Math.PI) / 5],
    [[2, 2, 0], (4 * Math.PI) / 15],
    [[2, 2, 2], (4 * Math.PI) / 105],
    [[1, 0, 0], 0],
  ])('∫ x^%j dΩ = %f to 1e-14', (powers, exact) => {
    const rule = gaussLegendreSphere(4);
    const sum = rule.points.reduce(
      (s, p, i) => s + rule.weights[i] * p[0] ** powers[0] * p[1] ** powers[1] * p[2] ** powers[2],
      0,
    );
    expect(Math.abs(sum - exact)).toBeLessThan(1e-14);
  });
});

describe('Driscoll-Healy grid', () => {
  test.each([1, 2, 4, 7])('b = %i: weights integrate cos^k θ sin θ exactly for k < 2b', (b) => {
    const w = driscollHealyWeights(b);
    for (let k = 0; k < 2 * b; k++) {
      const sum = w.reduce((s, wj, j) => s + wj * Math.cos((Math.PI * (2 * j + 1)) / (4 * b)) ** k, 0);
      expect(Math.abs(sum - (k % 2 === 0 ? 2 / (k + 1) : 0))).toBeLessThan(1e-14);
    }
  });

  test.each([1, 3, 6, 9])(
    'b = %i: (2b)² points, weights sum to 4π, analysis inverts synthesis to 1e-13',
    (b) => {
      const rule = driscollHealyGrid(b);
      expect(rule.points).toHaveLength(4 * b * b);
      expect(Math.abs(rule.weights.reduce((s, w) => s + w, 0) - 4 * Math.PI)).toBeLessThan(1e-12);
      const normal = normalSampler(mulberry32(b));
      const coeffs = Array.from({ length: b * b }, normal);
      const basis = harmonicBasis(b, rule.points);
      const back = analyze(synthesize(coeffs, basis), rule, basis, b);
      back.forEach((c, k) => expect(Math.abs(c - coeffs[k])).toBeLessThan(1e-13));
    },
  );

  test('it aliases: a degree-2b harmonic leaks into degrees < b (why the nonlinearity experiment sees errors)', () => {
    const b = 3;
    const rule = driscollHealyGrid(b);
    const basis = harmonicBasis(b, rule.points);
    // Y_{6,0} is not representable with b = 3, and the grid folds it onto lower degrees.
    const values = rule.points.map((p) => realSphericalHarmonicsUpTo(2 * b, p)[2 * b][2 * b]);
    const leaked = analyze(values, rule, basis, b);
    expect(Math.max(...leaked.map(Math.abs))).toBeGreaterThan(0.1);
  });
});

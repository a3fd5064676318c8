// Spherical convolution with a zonal filter: the direct quadrature against the spectral theorem
// (f * h)^m_l = √(4π/(2l+1)) f^m_l h^0_l, the constant against closed forms, equivariance, the
// per-degree norms, and what a nonlinearity does to the output.
import { describe, expect, test } from 'vitest';
import { matmul } from '../../../../src/math/linalg';
import { mulberry32 } from '../../../../src/math/random';
import { realSphericalHarmonics, so3Random, so3RotationZ } from '../../../../src/math/so3';
import { gaussLegendre, gaussLegendreSphere } from '../../../../src/math/so3/quadrature';
import { harmonicIndex, inverseRotatePoint } from '../../../../src/experiments/steerable/sphereFunctions';
import {
  checkSpectralTheorem,
  convolutionConstant,
  convolutionEquivarianceError,
  convolveAt,
  degreeNorms,
  evaluateZonal,
  rotatedCoefficients,
  rotationToPoint,
  spectralConvolution,
} from '../../../../src/experiments/steerable/sphericalConvolution';
import {
  CAP_RADIUS,
  FILTER_PRESETS,
  filterCoefficients,
  inputCoefficients,
  legendre,
  energyAboveBand,
  sigmaEquivarianceError,
} from '../../../../src/experiments/steerable/sphericalConvolutionLayer';

const rng = mulberry32(77);
const randomVector = (n: number) => Array.from({ length: n }, () => 2 * rng() - 1);
const randomPoint = () => {
  const v = randomVector(3);
  const r = Math.hypot(...v);
  return v.map((x) => x / r);
};

describe('the spectral theorem', () => {
  test.each([2, 3, 5, 7])(
    'bandwidth %i: direct quadrature = c_l f^m_l h^0_l to 1e-9, random f and h',
    (b) => {
      const f = randomVector(b * b);
      const h0 = randomVector(b);
      const check = checkSpectralTheorem(f, h0);
      expect(check.coefficientError).toBeLessThan(1e-9);
      expect(check.valueError).toBeLessThan(1e-9);
      // Not vacuous: the output is of order one.
      expect(Math.max(...check.spectral.map(Math.abs))).toBeGreaterThan(0.1);
    },
  );

  test.each(FILTER_PRESETS)('the %s filter on both inputs', (preset) => {
    for (const input of ['random', 'bumps'] as const) {
      const check = checkSpectralTheorem(inputCoefficients(input, 5, 3), filterCoefficients(preset, 5));
      expect(check.coefficientError).toBeLessThan(1e-9);
      check.measuredConstants.forEach((c, l) => {
        if (!Number.isNaN(c)) expect(c).toBeCloseTo(Math.sqrt((4 * Math.PI) / (2 * l + 1)), 9);
      });
    }
  });

  test('with the constant left out the comparison fails (the check can fail)', () => {
    const f = randomVector(16);
    const h0 = randomVector(4);
    const { direct } = checkSpectralTheorem(f, h0);
    const withoutConstant = f.map((c, k) => c * h0[Math.floor(Math.sqrt(k))]);
    expect(Math.max(...direct.map((x, k) => Math.abs(x - withoutConstant[k])))).toBeGreaterThan(0.01);
  });
});

describe('the constant against closed forms', () => {
  test('Y^(l)_m convolved with the zonal Y^(l)_0 is √(4π/(2l+1)) Y^(l)_m (addition theorem), real orders m', () => {
    for (let l = 0; l <= 5; l++) {
      const rule = gaussLegendreSphere(l + 1);
      const h0 = Array.from({ length: l + 1 }, (_, k) => (k === l ? 1 : 0));
      for (const m of [-l, 0, l, Math.floor(l / 2)]) {
        const fValues = rule.points.map((x) => realSphericalHarmonics(l, x)[m + l]);
        for (let k = 0; k < 3; k++) {
          const p = randomPoint();
          const expected = Math.sqrt((4 * Math.PI) / (2 * l + 1)) * realSphericalHarmonics(l, p)[m + l];
          expect(Math.abs(convolveAt(fValues, rule, h0, p) - expected)).toBeLessThan(1e-12);
        }
      }
    }
  });

  test('c_0 = √(4π), c_1 = √(4π/3), c_2 = √(4π/5); the real zonal harmonic is the complex one, √((2l+1)/4π) P_l(cos θ)', () => {
    expect(convolutionConstant(0)).toBeCloseTo(3.5449077018, 9);
    expect(convolutionConstant(1)).toBeCloseTo(2.0466534158, 9);
    expect(convolutionConstant(2)).toBeCloseTo(1.585330919, 9);
    for (let l = 0; l <= 6; l++) {
      const p = randomPoint();
      expect(realSphericalHarmonics(l, p)[l]).toBeCloseTo(
        Math.sqrt((2 * l + 1) / (4 * Math.PI)) * legendre(l, p[2]),
        12,
      );
    }
  });

  test("the cap filter's coefficients equal its Legendre integrals, computed by Gauss-Legendre on [cos α, 1]", () => {
    const a = Math.cos(CAP_RADIUS);
    const gl = gaussLegendre(20);
    const h0 = filterCoefficients('cap', 6);
    h0.forEach((c, l) => {
      // h^0_l = 2π √((2l+1)/4π) ∫_a^1 P_l(t) dt / (2π(1 − a)); t = a + (1 − a)(s + 1)/2.
      const integral = gl.nodes.reduce(
        (s, x, i) => s + (gl.weights[i] * (1 - a) * legendre(l, a + ((1 - a) * (x + 1)) / 2)) / 2,
        0,
      );
      expect(c).toBeCloseTo((Math.sqrt((2 * l + 1) / (4 * Math.PI)) * integral) / (1 - a), 12);
    });
  });
});

describe('the pole: R_p and the zonal filter', () => {
  test('R_p takes n to p, and any other choice R_p R_z(γ) gives the same filter values', () => {
    const h0 = randomVector(5);
    for (let k = 0; k < 10; k++) {
      const p = randomPoint();
      const rp = rotationToPoint(p);
      expect(Math.hypot(rp[0][2] - p[0], rp[1][2] - p[1], rp[2][2] - p[2])).toBeLessThan(1e-14);
      const other = matmul(rp, so3RotationZ(2 * Math.PI * rng()));
      const x = randomPoint();
      expect(evaluateZonal(h0, inverseRotatePoint(other, x))).toBeCloseTo(
        evaluateZonal(h0, inverseRotatePoint(rp, x)),
        12,
      );
    }
  });
});

describe('equivariance and invariants', () => {
  test('rotate then convolve = convolve then rotate, by quadrature alone, for random rotations', () => {
    const f = randomVector(25);
    const h0 = filterCoefficients('cap', 5);
    for (let k = 0; k < 3; k++)
      expect(convolutionEquivarianceError(f, h0, so3Random(rng))).toBeLessThan(1e-9);
  });

  test('per-degree norms of f are invariant; the filter only rescales them, by |c_l h^0_l|', () => {
    const f = randomVector(25);
    const r = so3Random(rng);
    const before = degreeNorms(f);
    const after = degreeNorms(rotatedCoefficients(f, r));
    before.forEach((x, l) => expect(Math.abs(after[l] - x)).toBeLessThan(1e-12));
    // The single coefficients do move (the descriptor is not trivially the identity).
    const moved = rotatedCoefficients(f, r);
    expect(Math.max(...moved.map((x, k) => Math.abs(x - f[k])))).toBeGreaterThan(0.05);
    const h0 = randomVector(5);
    degreeNorms(spectralConvolution(f, h0)).forEach((x, l) =>
      expect(x).toBeCloseTo(Math.abs(convolutionConstant(l) * h0[l]) * before[l], 12),
    );
  });
});

describe('a nonlinearity on the output', () => {
  const r = so3Random(mulberry32(4));
  test('none: no energy above the band and no equivariance error', () => {
    const g = randomVector(9);
    expect(Math.abs(energyAboveBand(g, 'identity'))).toBeLessThan(1e-12);
    expect(sigmaEquivarianceError(g, 'identity', r)).toBeLessThan(1e-9);
  });

  test('x² on Y^(2)_0 puts 12/35 of its energy in degree 4 (from P_2² = 1/5 + 2/7 P_2 + 18/35 P_4)', () => {
    const g = new Array<number>(9).fill(0);
    g[harmonicIndex(2, 0)] = 1;
    expect(energyAboveBand(g, 'square')).toBeCloseTo(12 / 35, 10);
    expect(sigmaEquivarianceError(g, 'square', r)).toBeGreaterThan(0.01);
  });
});

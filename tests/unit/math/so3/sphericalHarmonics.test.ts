// Real spherical harmonics against the closed forms of the standard table of real harmonics (l <= 2, and l = 3,
// m = 0), orthonormality by Gauss-Legendre × uniform-φ quadrature, the addition theorem and parity.
// Tolerance 1e-9 in float64 (observed errors are ~1e-15).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { realSphericalHarmonics, realSphericalHarmonicsUpTo } from '../../../../src/math/so3';
import { identity, maxAbsDiff } from '../../../../src/math/linalg';
import { sphereQuadrature } from './sphereQuadrature';

const TOL = 1e-9;
const L_MAX = 6;
const PI = Math.PI;

const unitVector = fc
  .tuple(
    fc.double({ min: -1, max: 1, noNaN: true }),
    fc.double({ min: -1, max: 1, noNaN: true }),
    fc.double({ min: -1, max: 1, noNaN: true }),
  )
  .filter(([x, y, z]) => Math.hypot(x, y, z) > 0.1)
  .map(([x, y, z]) => {
    const r = Math.hypot(x, y, z);
    return [x / r, y / r, z / r];
  });

/** The real harmonics for l <= 2 and Y_{3,0}, as tabulated (e.g. Wikipedia, "Table of spherical harmonics", real). */
function tabulated(l: number, [x, y, z]: number[]): number[] {
  if (l === 0) return [1 / (2 * Math.sqrt(PI))];
  if (l === 1) return [y, z, x].map((c) => Math.sqrt(3 / (4 * PI)) * c);
  const c15 = 0.5 * Math.sqrt(15 / PI);
  return [
    c15 * x * y,
    c15 * y * z,
    0.25 * Math.sqrt(5 / PI) * (3 * z * z - 1),
    c15 * x * z,
    0.5 * c15 * (x * x - y * y),
  ];
}

describe('realSphericalHarmonics', () => {
  it('matches the tabulated closed forms for l = 0, 1, 2 (so Y_1 ∝ (y, z, x))', () => {
    fc.assert(
      fc.property(unitVector, (v) => {
        for (let l = 0; l <= 2; l++)
          expect(maxAbsDiff([realSphericalHarmonics(l, v)], [tabulated(l, v)])).toBeLessThan(TOL);
        const z = v[2];
        expect(
          Math.abs(realSphericalHarmonics(3, v)[3] - 0.25 * Math.sqrt(7 / PI) * (5 * z ** 3 - 3 * z)),
        ).toBeLessThan(TOL);
      }),
      { numRuns: 50 },
    );
  });

  it('depends only on the direction, and all degrees at once agree with one degree at a time', () => {
    const v = [0.2, -0.7, 0.4];
    const all = realSphericalHarmonicsUpTo(L_MAX, v);
    for (let l = 0; l <= L_MAX; l++) {
      expect(
        maxAbsDiff(
          [all[l]],
          [
            realSphericalHarmonics(
              l,
              v.map((c) => 3.5 * c),
            ),
          ],
        ),
      ).toBeLessThan(TOL);
    }
    expect(() => realSphericalHarmonics(1, [0, 0, 0])).toThrow(RangeError);
  });

  it('is orthonormal on the sphere for l <= 6 (Gram matrix of all 49 functions = I by exact quadrature)', () => {
    // Products have degree <= 12, so 13 Gauss-Legendre nodes in z and 26 angles in φ integrate them exactly.
    const { points, weights } = sphereQuadrature(L_MAX + 7);
    const values = points.map((p) => realSphericalHarmonicsUpTo(L_MAX, p).flat());
    const n = (L_MAX + 1) ** 2;
    const gram = Array.from({ length: n }, (_, i) =>
      Array.from({ length: n }, (_, j) => values.reduce((s, y, k) => s + weights[k] * y[i] * y[j], 0)),
    );
    expect(maxAbsDiff(gram, identity(n))).toBeLessThan(TOL);
  });

  it('satisfies the addition theorem Σ_m Y_{l,m}(v)^2 = (2l + 1) / (4π) and parity Y_l(-v) = (-1)^l Y_l(v)', () => {
    fc.assert(
      fc.property(unitVector, (v) => {
        for (let l = 0; l <= L_MAX; l++) {
          const y = realSphericalHarmonics(l, v);
          expect(Math.abs(y.reduce((s, c) => s + c * c, 0) - (2 * l + 1) / (4 * PI))).toBeLessThan(TOL);
          const flipped = realSphericalHarmonics(
            l,
            v.map((c) => -c),
          );
          expect(maxAbsDiff([flipped], [y.map((c) => (l % 2 === 0 ? c : -c))])).toBeLessThan(TOL);
        }
      }),
      { numRuns: 30 },
    );
  });
});

// Real-basis CG coupling matrices and the CG tensor product: equivariance C (D^l1 ⊗ D^l2) = D^J C for all
// l1, l2 <= 3 (and spot checks up to 6), orthogonality of the stacked couplings, the product formula for spherical
// harmonics (Y_l1 ⊗_cg Y_l2 ∝ Y_J with the Gaunt constant), and the vector case 1 ⊗ 1 against the dot and cross
// products. Tolerance 1e-9 in float64.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cgTensorProduct,
  clebschGordan,
  clebschGordanReal,
  realSphericalHarmonics,
  so3Random,
  wignerD,
} from '../../../../src/math/so3';
import { identity, kron, matmul, matvec, maxAbsDiff, transpose } from '../../../../src/math/linalg';
import { mulberry32 as seededRng } from '../../../../src/math/random';

const TOL = 1e-9;
const seeds = fc.integer({ min: 0, max: 2 ** 31 - 1 });
const PAIRS_UP_TO_3 = [0, 1, 2, 3].flatMap((a) => [0, 1, 2, 3].map((b) => [a, b]));

function randomVector(rng: () => number, n: number): number[] {
  return Array.from({ length: n }, () => 2 * rng() - 1);
}

function outputDegrees(l1: number, l2: number): number[] {
  return Array.from({ length: 2 * Math.min(l1, l2) + 1 }, (_, k) => Math.abs(l1 - l2) + k);
}

/** max over J of ||C (D1 ⊗ D2) - D_J C|| for one rotation. */
function couplingError(l1: number, l2: number, r: number[][], degrees = outputDegrees(l1, l2)): number {
  const input = kron(wignerD(l1, r), wignerD(l2, r));
  return Math.max(
    ...degrees.map((J) => {
      const c = clebschGordanReal(l1, l2, J);
      return maxAbsDiff(matmul(c, input), matmul(wignerD(J, r), c));
    }),
  );
}

describe('clebschGordanReal', () => {
  it.each(PAIRS_UP_TO_3)('intertwines: C (D^%i ⊗ D^%i) = D^J C for random rotations, all J', (l1, l2) => {
    fc.assert(
      fc.property(seeds, (seed) => {
        expect(couplingError(l1, l2, so3Random(seededRng(seed)))).toBeLessThan(TOL);
      }),
      { numRuns: 10 },
    );
  });

  it.each([
    [6, 6],
    [6, 1],
    [4, 5],
    [2, 6],
    [5, 5],
  ])('intertwines for (%i, %i) (spot checks up to 6)', (l1, l2) => {
    const r = so3Random(seededRng(l1 * 10 + l2));
    const degrees = [Math.abs(l1 - l2), l1 + l2 - 1, l1 + l2].filter((J, k, all) => all.indexOf(J) === k);
    expect(couplingError(l1, l2, r, degrees)).toBeLessThan(TOL);
  });

  it.each([...PAIRS_UP_TO_3, [6, 6]])('stacked over J gives an orthogonal matrix for (%i, %i)', (l1, l2) => {
    const stacked = outputDegrees(l1, l2).flatMap((J) => clebschGordanReal(l1, l2, J));
    const n = (2 * l1 + 1) * (2 * l2 + 1);
    expect(stacked.length).toBe(n);
    expect(maxAbsDiff(matmul(stacked, transpose(stacked)), identity(n))).toBeLessThan(TOL);
  });

  it('is the identity for 0 ⊗ l -> l and l ⊗ 0 -> l', () => {
    for (let l = 0; l <= 4; l++) {
      expect(maxAbsDiff(clebschGordanReal(0, l, l), identity(2 * l + 1))).toBeLessThan(TOL);
      expect(maxAbsDiff(clebschGordanReal(l, 0, l), identity(2 * l + 1))).toBeLessThan(TOL);
    }
  });

  it('rejects degrees that break the triangle rule', () => {
    expect(() => clebschGordanReal(1, 1, 3)).toThrow(RangeError);
    expect(() => clebschGordanReal(2, 5, 2)).toThrow(RangeError);
  });
});

describe('cgTensorProduct', () => {
  it.each(PAIRS_UP_TO_3)('is equivariant: (D u) ⊗_cg (D v) = D (u ⊗_cg v), l1 = %i, l2 = %i', (l1, l2) => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const rng = seededRng(seed);
        const r = so3Random(rng);
        const u = randomVector(rng, 2 * l1 + 1),
          v = randomVector(rng, 2 * l2 + 1);
        const rotatedFirst = cgTensorProduct(l1, matvec(wignerD(l1, r), u), l2, matvec(wignerD(l2, r), v));
        const rotatedAfter = cgTensorProduct(l1, u, l2, v).map(({ l, components }) =>
          matvec(wignerD(l, r), components),
        );
        expect(rotatedFirst.map((p) => p.l)).toEqual(outputDegrees(l1, l2));
        rotatedFirst.forEach((p, k) =>
          expect(maxAbsDiff([p.components], [rotatedAfter[k]])).toBeLessThan(TOL),
        );
      }),
      { numRuns: 10 },
    );
  });

  it('couples spherical harmonics like the Gaunt formula: Y_l1 ⊗_cg Y_l2 = k Y_J, zero for odd l1 + l2 + J', () => {
    // k = sqrt((2l1+1)(2l2+1) / (4π (2J+1))) <l1 0 l2 0 | J 0> (the product of two harmonics expanded in harmonics).
    const v = [0.36, -0.48, 0.8];
    for (let l1 = 0; l1 <= 4; l1++) {
      for (let l2 = 0; l2 <= 4; l2++) {
        for (const { l: J, components } of cgTensorProduct(
          l1,
          realSphericalHarmonics(l1, v),
          l2,
          realSphericalHarmonics(l2, v),
        )) {
          const k =
            Math.sqrt(((2 * l1 + 1) * (2 * l2 + 1)) / (4 * Math.PI * (2 * J + 1))) *
            clebschGordan(l1, 0, l2, 0, J, 0);
          expect(maxAbsDiff([components], [realSphericalHarmonics(J, v).map((y) => k * y)])).toBeLessThan(
            TOL,
          );
        }
      }
    }
  });

  it('for two vectors (l = 1, components (y, z, x)) gives -u·v/√3 (J = 0) and the cross product / √2 (J = 1)', () => {
    const toSteerable = ([x, y, z]: number[]) => [y, z, x];
    const a = [0.3, -1.2, 0.7],
      b = [2.0, 0.4, -0.9];
    const [j0, j1] = cgTensorProduct(1, toSteerable(a), 1, toSteerable(b));
    const dot = a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    const cross = [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
    expect(Math.abs(j0.components[0] + dot / Math.sqrt(3))).toBeLessThan(TOL);
    expect(maxAbsDiff([j1.components], [toSteerable(cross).map((c) => c / Math.SQRT2)])).toBeLessThan(TOL);
  });

  it('rejects vectors of the wrong size', () => {
    expect(() => cgTensorProduct(1, [1, 2], 1, [1, 2, 3])).toThrow(RangeError);
  });
});

// Shared fixtures for the finite-group tests. Tolerance for float64 comparisons: 1e-9.
import fc from 'fast-check';
import { cyclicGroup, dihedralGroup } from '../../../../src/math/finite';
import type { PlanarGroup } from '../../../../src/math/finite';

export const TOL = 1e-9;

export const NS = Array.from({ length: 16 }, (_, i) => i + 1);

/** C_1..C_16 and D_1..D_16. */
export const ALL_PLANAR: PlanarGroup[] = [...NS.map(cyclicGroup), ...NS.map(dihedralGroup)];

/** Groups small enough for tests over all pairs or triples with matrices. */
export const SMALL_PLANAR: PlanarGroup[] = ALL_PLANAR.filter((g) => g.order <= 12);

/** A random real function on a group of the given order, values in [-1, 1]. */
export function arbFunction(order: number): fc.Arbitrary<number[]> {
  return fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: order, maxLength: order });
}

export function maxAbsVecDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return a.length === b.length ? m : Infinity;
}

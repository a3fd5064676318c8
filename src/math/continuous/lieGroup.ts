// The common interface of the continuous (and lattice) groups of the playground (Bekkers' lecture notes: group axioms).
import type { Matrix } from '../linalg';

/**
 * A group whose elements are plain parameter records E (serialisable, never mutated).
 * Product convention: compose(a, b) = a·b, so b acts first: (a·b)·x = a·(b·x).
 */
export interface LieGroup<E> {
  readonly name: string;
  identity(): E;
  compose(a: E, b: E): E;
  inverse(a: E): E;
  /** A faithful matrix of a (homogeneous 3x3 for the affine groups), so that compose is a matrix product. */
  toMatrix(a: E): Matrix;
  /** The action on a point of the plane (or of R^3 for SO(3)). */
  actOnPoint(a: E, p: readonly number[]): number[];
  /** A random element; rng returns uniform numbers in [0, 1). Non-compact parts are drawn from a bounded box. */
  random(rng: () => number): E;
  /** A metric on the group (0 exactly when a = b); each group states which one. */
  distance(a: E, b: E): number;
}

const TWO_PI = 2 * Math.PI;

/** The representative of an angle in (-π, π]. */
export function wrapToPi(angle: number): number {
  let r = angle % TWO_PI;
  if (r > Math.PI) r -= TWO_PI;
  else if (r <= -Math.PI) r += TWO_PI;
  return r;
}

/** Geodesic distance between two angles on the circle, in [0, π]. */
export function angularDistance(a: number, b: number): number {
  return Math.abs(wrapToPi(a - b));
}

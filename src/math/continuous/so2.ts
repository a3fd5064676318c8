// The rotation group SO(2) and the orthogonal group O(2) of the plane, parameterised by angles.
import type { Matrix } from '../linalg';
import { frobeniusNorm, matmul, rotation2, sub } from '../linalg';
import type { LieGroup } from './lieGroup';
import { angularDistance, wrapToPi } from './lieGroup';

/** A rotation R_theta (counter-clockwise), theta in (-π, π]. */
export interface SO2Element {
  readonly theta: number;
}

/** SO(2): R_θ R_θ' = R_{θ+θ'}, R_θ^{-1} = R_{-θ}; distance is the geodesic angle |θ - θ'| on the circle. */
export const SO2: LieGroup<SO2Element> = {
  name: 'SO(2)',
  identity: () => ({ theta: 0 }),
  compose: (a, b) => ({ theta: wrapToPi(a.theta + b.theta) }),
  inverse: (a) => ({ theta: wrapToPi(-a.theta) }),
  toMatrix: (a) => rotation2(a.theta),
  actOnPoint: (a, p) => rotatePoint(a.theta, p),
  random: (rng) => ({ theta: wrapToPi(2 * Math.PI * rng()) }),
  distance: (a, b) => angularDistance(a.theta, b.theta),
};

/**
 * An element R_theta S^reflect of O(2), with S = diag(1, -1) the reflection across the horizontal
 * axis: S acts first, then the rotation (the same convention as the finite planar groups).
 */
export interface O2Element {
  readonly theta: number;
  readonly reflect: boolean;
}

/** S = diag(1, -1): (x, y) -> (x, -y). */
const REFLECTION: Matrix = [
  [1, 0],
  [0, -1],
];

/**
 * O(2) = SO(2) ⋊ {1, S}. Since S R_θ = R_{-θ} S:
 * (θ, r)·(θ', r') = (θ + (-1)^r θ', r xor r'), and (θ, r)^{-1} = ((-1)^{r+1} θ, r) (reflections are involutions).
 * Distance: Frobenius norm of the difference of the 2x2 matrices.
 */
export const O2: LieGroup<O2Element> = {
  name: 'O(2)',
  identity: () => ({ theta: 0, reflect: false }),
  compose: (a, b) => ({
    theta: wrapToPi(a.theta + (a.reflect ? -b.theta : b.theta)),
    reflect: a.reflect !== b.reflect,
  }),
  inverse: (a) => ({ theta: wrapToPi(a.reflect ? a.theta : -a.theta), reflect: a.reflect }),
  toMatrix: (a) => o2Matrix(a),
  actOnPoint: (a, p) => rotatePoint(a.theta, a.reflect ? [p[0], -p[1]] : p),
  random: (rng) => ({ theta: wrapToPi(2 * Math.PI * rng()), reflect: rng() < 0.5 }),
  distance: (a, b) => frobeniusNorm(sub(o2Matrix(a), o2Matrix(b))),
};

/** The matrix R_θ S^reflect. */
function o2Matrix(a: O2Element): Matrix {
  return a.reflect ? matmul(rotation2(a.theta), REFLECTION) : rotation2(a.theta);
}

/** R_θ p for a point p of the plane. */
export function rotatePoint(theta: number, p: readonly number[]): number[] {
  const c = Math.cos(theta),
    s = Math.sin(theta);
  return [c * p[0] - s * p[1], s * p[0] + c * p[1]];
}

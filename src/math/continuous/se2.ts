// The roto-translation group SE(2) = R^2 ⋊ SO(2) (Bekkers' lecture notes, "The roto-translation group SE(2)").
import type { Matrix } from '../linalg';
import type { LieGroup } from './lieGroup';
import { angularDistance, wrapToPi } from './lieGroup';
import { rotatePoint } from './so2';

/** g = (x, R_theta) with translation (x, y) and rotation angle theta in (-π, π]. */
export interface SE2Element {
  readonly x: number;
  readonly y: number;
  readonly theta: number;
}

/** Half-width of the box random translations are drawn from. */
const RANDOM_TRANSLATION = 4;

/**
 * SE(2) with the product and inverse of Bekkers' lecture notes:
 *   (x, R_θ)·(x', R_θ') = (R_θ x' + x, R_{θ+θ'}),   (x, R_θ)^{-1} = (-R_θ^{-1} x, R_θ^{-1}).
 * It acts on the plane by g·p = R_θ p + x. Distance: sqrt(|x - x'|^2 + angle(θ - θ')^2).
 */
export const SE2: LieGroup<SE2Element> = {
  name: 'SE(2)',
  identity: () => ({ x: 0, y: 0, theta: 0 }),
  compose: (a, b) => {
    const [px, py] = rotatePoint(a.theta, [b.x, b.y]);
    return { x: px + a.x, y: py + a.y, theta: wrapToPi(a.theta + b.theta) };
  },
  inverse: (a) => {
    const [px, py] = rotatePoint(-a.theta, [a.x, a.y]);
    return { x: -px, y: -py, theta: wrapToPi(-a.theta) };
  },
  toMatrix: (a) => se2Matrix(a),
  actOnPoint: (a, p) => {
    const [px, py] = rotatePoint(a.theta, p);
    return [px + a.x, py + a.y];
  },
  random: (rng) => ({
    x: RANDOM_TRANSLATION * (2 * rng() - 1),
    y: RANDOM_TRANSLATION * (2 * rng() - 1),
    theta: wrapToPi(2 * Math.PI * rng()),
  }),
  distance: (a, b) => Math.hypot(a.x - b.x, a.y - b.y, angularDistance(a.theta, b.theta)),
};

/** The homogeneous matrix [[R_θ, x], [0, 1]], so that the group product is the matrix product. */
function se2Matrix(a: SE2Element): Matrix {
  const c = Math.cos(a.theta),
    s = Math.sin(a.theta);
  return [
    [c, -s, a.x],
    [s, c, a.y],
    [0, 0, 1],
  ];
}

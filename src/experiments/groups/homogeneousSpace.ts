// The plane as the homogeneous space SE(2)/SO(2) (Bekkers' lecture notes: homogeneous spaces,
// stabilizers, cosets). For a point x: the coset g_x H of frames that carry the origin to x
// (g_x = (x, I), H = SO(2) the stabilizer of the origin), the stabilizer of x, which is the
// conjugate g_x H g_x^-1 (rotations about x), and the split g = t h of any element into a pure
// translation after a rotation about the origin. Every identity is checked numerically.
import { SE2, type SE2Element } from '../../math';

export type Point = readonly [number, number];

/** (x, R_θ) for θ = 2πk/count: the coset g_x SO(2), every frame standing at x. */
export function cosetFrames(x: Point, count: number): SE2Element[] {
  const gx: SE2Element = { x: x[0], y: x[1], theta: 0 };
  return headings(count).map((theta) => SE2.compose(gx, { x: 0, y: 0, theta }));
}

/** g_x (0, R_φ) g_x^-1 = (x − R_φ x, R_φ) for φ = 2πk/count: the rotations about x. */
export function stabilizerFrames(x: Point, count: number): SE2Element[] {
  const gx: SE2Element = { x: x[0], y: x[1], theta: 0 };
  return headings(count).map((phi) =>
    SE2.compose(SE2.compose(gx, { x: 0, y: 0, theta: phi }), SE2.inverse(gx)),
  );
}

/** g = t h with t = (x, I) a translation and h = (0, R_θ) in the stabilizer of the origin. */
export function split(g: SE2Element): { t: SE2Element; h: SE2Element } {
  return { t: { x: g.x, y: g.y, theta: 0 }, h: { x: 0, y: 0, theta: g.theta } };
}

export interface HomogeneousChecks {
  /** max |g ⊙ 0 − x| over the coset: every frame of g_x H carries the origin to x. */
  coset: number;
  /** max |h ⊙ x − x| over the stabilizer: each of its elements leaves x where it is. */
  stabilizer: number;
  /** distance(t h, g): the split multiplies back to g. */
  split: number;
}

export function homogeneousChecks(x: Point, g: SE2Element, count: number): HomogeneousChecks {
  const miss = (p: number[], q: Point) => Math.hypot(p[0] - q[0], p[1] - q[1]);
  const { t, h } = split(g);
  return {
    coset: Math.max(...cosetFrames(x, count).map((c) => miss(SE2.actOnPoint(c, [0, 0]), x))),
    stabilizer: Math.max(...stabilizerFrames(x, count).map((s) => miss(SE2.actOnPoint(s, x), x))),
    split: SE2.distance(SE2.compose(t, h), g),
  };
}

function headings(count: number): number[] {
  return Array.from({ length: count }, (_, k) => (2 * Math.PI * k) / count);
}

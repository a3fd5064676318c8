// The wallpaper groups p4 and p4m as integer 3x3 matrices on homogeneous pixel coordinates (Cohen & Welling 2016).
import type { Matrix } from '../linalg';
import { frobeniusNorm, matmul, matvec, sub } from '../linalg';
import type { LieGroup } from './lieGroup';

/** g(r, u, v): rotation by rπ/2 (0 <= r < 4), then translation by the integer vector (u, v). */
export interface P4Element {
  readonly r: number;
  readonly u: number;
  readonly v: number;
}

/** g(m, r, u, v): as P4Element, with m in {0, 1} selecting the mirror (see P4M). */
export interface P4MElement extends P4Element {
  readonly m: number;
}

/** Exact cos(rπ/2) and sin(rπ/2), r = 0..3, so the matrices stay integer. */
const COS = [1, 0, -1, 0];
const SIN = [0, 1, 0, -1];
/** Half-width of the box random translations are drawn from. */
const RANDOM_TRANSLATION = 8;

/** Cohen & Welling 2016: g(r, u, v) = [[cos(rπ/2), -sin(rπ/2), u], [sin(rπ/2), cos(rπ/2), v], [0, 0, 1]]. */
export function p4Matrix(g: P4Element): Matrix {
  return p4mMatrix({ m: 0, r: g.r, u: g.u, v: g.v });
}

/**
 * Cohen & Welling 2016: g(m, r, u, v) = [[(-1)^m cos(rπ/2), -(-1)^m sin(rπ/2), u], [sin(rπ/2), cos(rπ/2), v], [0, 0, 1]],
 * i.e. the rotation first, then (for m = 1) the mirror (u', v') -> (-u', v'), then the translation.
 */
export function p4mMatrix(g: P4MElement): Matrix {
  const r = mod4(g.r),
    sign = g.m === 1 ? -1 : 1;
  return [
    [sign * COS[r] + 0, -sign * SIN[r] + 0, g.u],
    [SIN[r], COS[r], g.v],
    [0, 0, 1],
  ];
}

/** Reads (m, r, u, v) back from a p4m matrix: the mirror flips the sign of the determinant, row 2 is (sin, cos). */
function decodeP4M(a: Matrix): P4MElement {
  const det = a[0][0] * a[1][1] - a[0][1] * a[1][0];
  const r = [0, 1, 2, 3].find((k) => COS[k] === a[1][1] && SIN[k] === a[1][0]);
  if (r === undefined) throw new Error('decodeP4M: not a p4m matrix');
  return { m: det < 0 ? 1 : 0, r, u: a[0][2] + 0, v: a[1][2] + 0 };
}

function mod4(r: number): number {
  return ((r % 4) + 4) % 4;
}

/** g·(u', v'): the seed's matrix applied to the homogeneous pixel coordinates (u', v', 1). */
function actOnPixel(a: Matrix, p: readonly number[]): number[] {
  return matvec(a, [p[0], p[1], 1])
    .slice(0, 2)
    .map((x) => x + 0);
}

function randomTranslation(rng: () => number): number {
  return Math.floor((2 * RANDOM_TRANSLATION + 1) * rng()) - RANDOM_TRANSLATION;
}

/** p4 = Z^2 ⋊ C4: composition is the matrix product (Cohen & Welling 2016); distance is the Frobenius norm of the difference. */
export const P4: LieGroup<P4Element> = {
  name: 'p4',
  identity: () => ({ r: 0, u: 0, v: 0 }),
  compose: (a, b) => toP4(decodeP4M(matmul(p4Matrix(a), p4Matrix(b)))),
  inverse: (a) => P4.compose({ r: mod4(-a.r), u: 0, v: 0 }, { r: 0, u: -a.u, v: -a.v }),
  toMatrix: p4Matrix,
  actOnPoint: (a, p) => actOnPixel(p4Matrix(a), p),
  random: (rng) => ({ r: Math.floor(4 * rng()), u: randomTranslation(rng), v: randomTranslation(rng) }),
  distance: (a, b) => frobeniusNorm(sub(p4Matrix(a), p4Matrix(b))),
};

function toP4(g: P4MElement): P4Element {
  return { r: g.r, u: g.u, v: g.v };
}

/** p4m = Z^2 ⋊ D4: composition is the matrix product (Cohen & Welling 2016); distance is the Frobenius norm of the difference. */
export const P4M: LieGroup<P4MElement> = {
  name: 'p4m',
  identity: () => ({ m: 0, r: 0, u: 0, v: 0 }),
  compose: (a, b) => decodeP4M(matmul(p4mMatrix(a), p4mMatrix(b))),
  // g = T(u, v) A with A the linear part, so g^{-1} = A^{-1} T(-u, -v); A^{-1} is A (mirror) or the opposite rotation.
  inverse: (a) =>
    P4M.compose({ m: a.m, r: a.m === 1 ? a.r : mod4(-a.r), u: 0, v: 0 }, { m: 0, r: 0, u: -a.u, v: -a.v }),
  toMatrix: p4mMatrix,
  actOnPoint: (a, p) => actOnPixel(p4mMatrix(a), p),
  random: (rng) => ({
    m: rng() < 0.5 ? 0 : 1,
    r: Math.floor(4 * rng()),
    u: randomTranslation(rng),
    v: randomTranslation(rng),
  }),
  distance: (a, b) => frobeniusNorm(sub(p4mMatrix(a), p4mMatrix(b))),
};

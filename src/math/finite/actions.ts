// Actions of planar groups: on points (Cohen & Welling 2016: p4 and p4m as matrices on pixel coordinates),
// on images and lifted maps through the left-regular representation (L_g f)(x) = f(g^-1 x)
// (Bekkers' lecture notes), as exact pixel index maps in the engine's pixel geometry (src/engine/backend.ts).

import type { Matrix } from '../linalg';
import { regularActionPerm } from './group';
import { rotationByFraction } from './planar';
import type { FiniteGroup, PlanarGroup } from './group';

export type Point2 = readonly [number, number];

/** The 2x2 matrix R_angle S^p of a planar group element (S = diag(1, -1) acts first). */
export function planarElementMatrix(group: PlanarGroup, g: number): Matrix {
  const r = rotationByFraction(g % group.rotations, group.rotations);
  // R diag(1, -1): the second column of R is negated for reflections.
  return group.reflects(g) ? r.map((row) => [row[0], 0 - row[1]]) : r;
}

/** g·x = R_angle S^p x: a left action, (a·b)·x = a·(b·x). */
export function actOnPoint(group: PlanarGroup, g: number, x: Point2): [number, number] {
  const m = planarElementMatrix(group, g);
  return [m[0][0] * x[0] + m[0][1] * x[1], m[1][0] * x[0] + m[1][1] * x[1]];
}

/** (L_g f)(h) = f(g^-1 h): the regular representation acting on a function on G (f[h] = f(h)). */
export function regularActionOnFunction(group: FiniteGroup, g: number, f: ArrayLike<number>): number[] {
  const perm = regularActionPerm(group, g);
  return Array.from(perm, (p) => f[p]);
}

function checkGridGroup(group: PlanarGroup): void {
  if (4 % group.rotations !== 0)
    throw new Error(`${group.name} does not permute the square pixel grid (needs N in 1, 2, 4)`);
}

/**
 * Pixel index map of (L_g f)(x) = f(g^-1 (x - t)) on a size x size image, row-major:
 * out[i] = in[map[i]], map[i] = -1 where g^-1 (x - t) falls outside (zero padding).
 * Pixel (row, col) sits at x = col - c, y = c - row, c = (size - 1) / 2 (y up). t in pixels.
 */
export function imageActionIndexMap(
  group: PlanarGroup,
  g: number,
  size: number,
  translation: Point2 = [0, 0],
): Int32Array {
  checkGridGroup(group);
  const c = (size - 1) / 2;
  const gInv = group.inverse(g);
  const map = new Int32Array(size * size);
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      const [px, py] = actOnPoint(group, gInv, [col - c - translation[0], c - row - translation[1]]);
      const srcCol = Math.round(px + c);
      const srcRow = Math.round(c - py);
      const inside = srcCol >= 0 && srcCol < size && srcRow >= 0 && srcRow < size;
      map[row * size + col] = inside ? srcRow * size + srcCol : -1;
    }
  }
  return map;
}

/**
 * Index map of the action of (t, g) in Z^2 ⋊ G on a lifted map F of shape [|G|, size, size]:
 * (L_(t,g) F)(x, h) = F(g^-1 (x - t), g^-1 h), so out[i] = in[map[i]] (-1: zero padding).
 */
export function liftedActionIndexMap(
  group: PlanarGroup,
  g: number,
  size: number,
  translation: Point2 = [0, 0],
): Int32Array {
  const spatial = imageActionIndexMap(group, g, size, translation);
  const perm = regularActionPerm(group, g);
  const plane = size * size;
  const map = new Int32Array(group.order * plane);
  for (let j = 0; j < group.order; j++)
    for (let i = 0; i < plane; i++) map[j * plane + i] = spatial[i] < 0 ? -1 : perm[j] * plane + spatial[i];
  return map;
}

/** Apply an index map: out[i] = src[map[i]], 0 where map[i] = -1. */
export function applyIndexMap(src: ArrayLike<number>, map: Int32Array): Float64Array {
  const out = new Float64Array(map.length);
  for (let i = 0; i < map.length; i++) out[i] = map[i] < 0 ? 0 : src[map[i]];
  return out;
}

/** An element (t, h) of R^2 ⋊ G, acting on the plane as x -> h·x + t (p4, p4m for G = C4, D4). */
export interface FiniteSemidirectElement {
  readonly t: Point2;
  readonly h: number;
}

/** (t1, h1)(t2, h2) = (t1 + h1·t2, h1 h2) (Cohen & Welling 2016: the product is matrix multiplication). */
export function finiteSemidirectCompose(
  group: PlanarGroup,
  a: FiniteSemidirectElement,
  b: FiniteSemidirectElement,
): FiniteSemidirectElement {
  const [x, y] = actOnPoint(group, a.h, b.t);
  return { t: [a.t[0] + x, a.t[1] + y], h: group.compose(a.h, b.h) };
}

/** (t, h)^-1 = (-h^-1·t, h^-1). */
export function finiteSemidirectInverse(
  group: PlanarGroup,
  a: FiniteSemidirectElement,
): FiniteSemidirectElement {
  const hInv = group.inverse(a.h);
  const [x, y] = actOnPoint(group, hInv, a.t);
  return { t: [0 - x, 0 - y], h: hInv }; // 0 - x avoids -0
}

/** (t, h)·x = h·x + t. */
export function finiteSemidirectActOnPoint(
  group: PlanarGroup,
  a: FiniteSemidirectElement,
  x: Point2,
): [number, number] {
  const [px, py] = actOnPoint(group, a.h, x);
  return [px + a.t[0], py + a.t[1]];
}

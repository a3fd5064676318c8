// Stride-2 subsampling of lifted maps on p4 = Z^2 ⋊ C4 and what is left of its equivariance
// (Cohen & Welling 2016: subsampling keeps equivariance to a subgroup H of G only). Pure index
// arithmetic on host arrays; the maps themselves come from the engine.
//
// Geometry (the engine's, src/engine/backend.ts): pixel (row, col) of an N x N map sits at
// x = col - c, y = c - row, c = (N - 1) / 2. Stride 2 keeps the pixels with even row and col, an
// M x M map with M = ceil(N / 2). Coarse pixel X sits at the fine point 2X + o with o = (0, 0)
// for odd N and o = (-1/2, 1/2) for even N (the two grids' centres differ by half a pixel).
// An element g = (t, r), x -> r·x + t, maps the kept samples onto kept samples exactly when
// t' = (t + r·o - o) / 2 is a whole vector; then stride 2 turns L_g into L_(t', r) on the
// coarse map. Otherwise g moves kept samples onto dropped ones and no element of p4 matches.
import { actOnPoint, applyIndexMap, cyclicGroup, liftedActionIndexMap, type Point2 } from '../../math';

export const C4 = cyclicGroup(4);

/** Side of the map after stride-2 subsampling (rows and cols 0, 2, 4, ... are kept). */
export const stridedSize = (n: number) => Math.ceil(n / 2);

/** Keeps every other row and column of each N x N plane of `values` ([planes, N, N], row-major). */
export function subsample(values: ArrayLike<number>, planes: number, n: number): Float32Array {
  const m = stridedSize(n);
  const out = new Float32Array(planes * m * m);
  for (let p = 0; p < planes; p++)
    for (let i = 0; i < m; i++)
      for (let j = 0; j < m; j++) out[(p * m + i) * m + j] = values[(p * n + 2 * i) * n + 2 * j];
  return out;
}

/** Where the coarse grid's centre sits in fine coordinates (x right, y up). */
export const coarseOrigin = (n: number): Point2 => (n % 2 === 1 ? [0, 0] : [-0.5, 0.5]);

/** t' = (t + r·o - o) / 2: the coarse translation that stride 2 turns g = (t, r) into (may be half-integer). */
export function coarseTranslation(n: number, r: number, t: Point2): [number, number] {
  const o = coarseOrigin(n);
  const ro = actOnPoint(C4, r, o);
  return [(t[0] + ro[0] - o[0]) / 2 + 0, (t[1] + ro[1] - o[1]) / 2 + 0];
}

/** Whether g = (t, r) maps the kept samples of an N x N map onto kept samples. */
export function keepsGrid(n: number, r: number, t: Point2): boolean {
  return coarseTranslation(n, r, t).every(Number.isInteger);
}

/** The whole coarse translations nearest t' (1, 2 or 4 of them): the candidates when t' is not whole. */
export function nearestTranslations(tPrime: Point2): [number, number][] {
  const opts = (v: number) => [...new Set([Math.floor(v), Math.ceil(v)])];
  return opts(tPrime[0]).flatMap((x) => opts(tPrime[1]).map((y): [number, number] => [x, y]));
}

/** ||a - b||_2 / ||b||_2 in float64 (0 when both vanish, Infinity when only b does). */
export function relativeError(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let diff = 0;
  let ref = 0;
  for (let i = 0; i < b.length; i++) {
    diff += (a[i] - b[i]) ** 2;
    ref += b[i] ** 2;
  }
  if (ref === 0) return diff === 0 ? 0 : Infinity;
  return Math.sqrt(diff / ref);
}

/** L_(t, r) of a lifted map [4, n, n] on C4: (L F)(x, h) = F(r^-1 (x - t), r^-1 h), zero padded. */
export function actOnLifted(values: ArrayLike<number>, n: number, r: number, t: Point2): Float64Array {
  return applyIndexMap(values, liftedActionIndexMap(C4, r, n, t));
}

export interface StrideMatch {
  /** The coarse translation tried. */
  t: [number, number];
  /** ||S Φ(L_g f) - L_(t, r) S Φ(f)|| / ||L_(t, r) S Φ(f)||. */
  error: number;
  /** L_(t, r) S Φ(f), the map it was compared with. */
  map: Float64Array;
}

/**
 * Compares S Φ(L_g f) with L_(t', r) S Φ(f) for g = (t, r): t' itself when whole, else each of the
 * nearest whole translations; the best match first. phiF, phiGF: lifted [4, n, n] maps.
 */
export function stridedMatches(
  phiF: ArrayLike<number>,
  phiGF: ArrayLike<number>,
  n: number,
  r: number,
  t: Point2,
): { strided: Float32Array; matches: StrideMatch[] } {
  const m = stridedSize(n);
  const strided = subsample(phiGF, 4, n);
  const coarse = subsample(phiF, 4, n);
  const matches = nearestTranslations(coarseTranslation(n, r, t)).map((tc) => {
    const map = actOnLifted(coarse, m, r, tc);
    return { t: tc, error: relativeError(strided, map), map };
  });
  matches.sort((a, b) => a.error - b.error);
  return { strided, matches };
}

/** Pads an s x s image with `before` zero rows and columns on the top and left and `after` on the bottom and right. */
export function padImage(pixels: ArrayLike<number>, s: number, before: number, after: number): Float32Array {
  const n = s + before + after;
  const out = new Float32Array(n * n);
  for (let i = 0; i < s; i++)
    for (let j = 0; j < s; j++) out[(i + before) * n + j + before] = pixels[i * s + j];
  return out;
}

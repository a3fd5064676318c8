// The cyclic groups C_N and dihedral groups D_N as rotations (and reflections) of the plane.
// Element k < N is r^k, the rotation by 2πk/N counter-clockwise; in D_N element N + k is r^k s,
// with s the reflection across the horizontal axis (x, y) -> (x, -y), acting before r^k.

import type { Matrix } from '../linalg';
import type { FiniteGroup, PlanarGroup } from './group';

/** Largest N accepted by the factories (the lessons use N <= 16). */
export const MAX_PLANAR_ROTATIONS = 64;

const cyclicCache = new Map<number, PlanarGroup>();
const dihedralCache = new Map<number, PlanarGroup>();

function checkRotations(n: number): void {
  if (!Number.isInteger(n) || n < 1 || n > MAX_PLANAR_ROTATIONS)
    throw new Error(`planar group: N must be an integer in 1..${MAX_PLANAR_ROTATIONS}, got ${n}`);
}

const mod = (a: number, n: number): number => ((a % n) + n) % n;

function rotationLabel(k: number): string {
  return k === 0 ? 'e' : k === 1 ? 'r' : `r^${k}`;
}

function rotationLatex(k: number): string {
  return k === 0 ? 'e' : k === 1 ? 'r' : `r^{${k}}`;
}

/** C_N: r^a r^b = r^{a+b mod N}. Cached: the same object for the same N. */
export function cyclicGroup(n: number): PlanarGroup {
  checkRotations(n);
  let g = cyclicCache.get(n);
  if (g) return g;
  g = {
    name: `C${n}`,
    order: n,
    identity: 0,
    rotations: n,
    hasReflections: false,
    compose: (a, b) => (a + b) % n,
    inverse: (a) => mod(-a, n),
    label: rotationLabel,
    latex: rotationLatex,
    generators: n > 1 ? [1] : [],
    angle: (a) => (2 * Math.PI * a) / n,
    reflects: () => false,
  };
  cyclicCache.set(n, g);
  return g;
}

/** D_N: (r^a s^p)(r^b s^q) = r^{a + (-1)^p b} s^{p+q}, since s r^b = r^{-b} s. Cached. */
export function dihedralGroup(n: number): PlanarGroup {
  checkRotations(n);
  let g = dihedralCache.get(n);
  if (g) return g;
  const split = (x: number): [number, number] => (x < n ? [x, 0] : [x - n, 1]);
  const join = (k: number, p: number): number => mod(k, n) + (p % 2) * n;
  g = {
    name: `D${n}`,
    order: 2 * n,
    identity: 0,
    rotations: n,
    hasReflections: true,
    compose: (a, b) => {
      const [ka, pa] = split(a);
      const [kb, pb] = split(b);
      return join(ka + (pa ? -kb : kb), pa + pb);
    },
    // (r^k)^-1 = r^{-k}; every reflection r^k s is its own inverse.
    inverse: (a) => (a < n ? mod(-a, n) : a),
    label: (a) => (a < n ? rotationLabel(a) : a === n ? 's' : `${rotationLabel(a - n)} s`),
    latex: (a) => (a < n ? rotationLatex(a) : a === n ? 's' : `${rotationLatex(a - n)}s`),
    generators: n > 1 ? [1, n] : [n],
    angle: (a) => (2 * Math.PI * (a % n)) / n,
    reflects: (a) => a >= n,
  };
  dihedralCache.set(n, g);
  return g;
}

// cos and sin of q quarter turns, exact, so grid-preserving rotations map pixels to pixels and
// representation matrices of D4 print as integers.
const QUARTER_COS = [1, 0, -1, 0];
const QUARTER_SIN = [0, 1, 0, -1];

/** R(2πp/n), the counter-clockwise rotation by the fraction p/n of a turn; exact for quarter turns. */
export function rotationByFraction(p: number, n: number): Matrix {
  const t = mod(p, n); // reduce first: cos(2πp/n) loses digits for large p
  const q = (4 * t) / n;
  const exact = Number.isInteger(q);
  const c = exact ? QUARTER_COS[q] : Math.cos((2 * Math.PI * t) / n);
  const s = exact ? QUARTER_SIN[q] : Math.sin((2 * Math.PI * t) / n);
  return [
    [c, 0 - s],
    [s, c],
  ];
}

/** The rotations alone (C_N) or with the mirror (D_N). */
export type PlanarGroupKind = 'C' | 'D';

/** ('C', 4) -> C4, ('D', 8) -> D8: the one place a kind and a size become a group. */
export function planarGroup(kind: PlanarGroupKind, n: number): PlanarGroup {
  return kind === 'D' ? dihedralGroup(n) : cyclicGroup(n);
}

/** 'C4' -> cyclicGroup(4), 'D8' -> dihedralGroup(8): for serialisable state (URLs, stores). */
export function planarGroupByName(name: string): PlanarGroup {
  const match = /^([CD])(\d+)$/.exec(name);
  if (!match) throw new Error(`planarGroupByName: expected 'C<N>' or 'D<N>', got '${name}'`);
  return planarGroup(match[1] as PlanarGroupKind, Number(match[2]));
}

/** The order of a: the least k >= 1 with a^k = e. */
export function elementOrder(group: FiniteGroup, a: number): number {
  let k = 1;
  for (let p = a; p !== group.identity; p = group.compose(a, p)) k++;
  return k;
}

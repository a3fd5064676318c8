// Weight tying: a linear map K from functions on a finite G-set X to functions on a G-set Y is
// equivariant, K L_u = L_u K, exactly when its kernel obeys κ(u·y, u·x) = κ(y, x) for all u
// (Bekkers' lecture notes, "Group convolutions are all you need"; Bekkers 2020, Thm. 1). So the
// free parameters are the orbits of G acting diagonally on Y × X, and each orbit is one shared weight.
// Also the finite stand-ins for the plane: translations of an n-periodic line or n x n torus, and
// Z_n² ⋊ H for a grid-preserving point group H (p4 = Z_n² ⋊ C4 and p4m = Z_n² ⋊ D4 on the torus).

import { groupFromTable, type FiniteGroup, type PlanarGroup } from './group';
import { actOnPoint } from './actions';

/** A finite G-set given by index permutations: act(u, i) is the index of u·i. */
export interface FiniteAction {
  readonly group: FiniteGroup;
  /** The number of points, indexed 0..size-1. */
  readonly size: number;
  act(u: number, i: number): number;
}

/** The shared weights of an equivariant map X -> Y: orbit[y * |X| + x] is the weight κ(y, x) uses. */
export interface TiedWeights {
  readonly rows: number;
  readonly cols: number;
  /** Orbit ids 0..count-1, numbered in reading order of their first entry (so κ(0, 0) uses 0). */
  readonly orbit: Int32Array;
  /** How many distinct weights: the number of free parameters. */
  readonly count: number;
}

/** A FiniteAction from a table perm[u][i] = u·i. */
function tableAction(group: FiniteGroup, perms: readonly Int32Array[]): FiniteAction {
  return { group, size: perms[0].length, act: (u, i) => perms[u][i] };
}

/** G acting on itself by left multiplication, u·g = ug: functions on G (lifted feature maps). */
export function regularAction(group: FiniteGroup): FiniteAction {
  return { group, size: group.order, act: (u, g) => group.compose(u, g) };
}

const mod = (a: number, n: number) => ((a % n) + n) % n;

/** Z_n: the shifts of an n-periodic 1-D signal, element t moves sample x to x + t. */
export function cyclicTranslations(n: number): FiniteGroup {
  const table = Array.from({ length: n }, (_, a) => Array.from({ length: n }, (_, b) => (a + b) % n));
  const labels = table.map((_, t) => String(t));
  return groupFromTable(`Z${n}`, table, labels, labels, n > 1 ? [1] : []);
}

/** Torus coordinates (x right, y up) of index i, about the point c (row c, column c), read mod n. */
function coordsOf(i: number, n: number, c: number): [number, number] {
  return [(i % n) - c, c - Math.floor(i / n)];
}

/** Any integer coordinates, read mod n, -> row-major index about the point c. */
function indexOf(x: number, y: number, n: number, c: number): number {
  return mod(c - y, n) * n + mod(x + c, n);
}

/** p4 (or p4m, p2, ...) on the torus: the group, its action on the pixels, its translations. */
export interface TorusWallpaper {
  /** Z_n² ⋊ H; element h·n² + t is (t, h), with translation t = (x, y) at index (-y mod n)·n + (x mod n). */
  readonly group: FiniteGroup;
  /** (t, h)·p = h·p + t on the n x n pixels (row-major), h turning about the centre pixel. */
  readonly plane: FiniteAction;
  /** The pure translations (t, e): elements 0..n²-1, a normal subgroup Z_n². */
  readonly translations: readonly number[];
}

/** H acting on index i about the point c: the index of h·i (exact, quarter turns and mirrors). */
function turnTable(point: PlanarGroup, n: number, c: number): Int32Array[] {
  return Array.from({ length: point.order }, (_, h) =>
    Int32Array.from({ length: n * n }, (_, i) => {
      const [x, y] = actOnPoint(point, h, coordsOf(i, n, c));
      return indexOf(Math.round(x), Math.round(y), n, c);
    }),
  );
}

/** i + t for an index about c and a translation index (about 0). */
function shiftBy(i: number, t: number, n: number, c: number): number {
  const [x, y] = coordsOf(i, n, c);
  const [tx, ty] = coordsOf(t, n, 0);
  return indexOf(x + tx, y + ty, n, c);
}

/**
 * Z_n² ⋊ H on the n x n torus, acting as p -> h·p + t with (t1, h1)(t2, h2) = (t1 + h1·t2, h1 h2)
 * (Cohen & Welling 2016, p4 and p4m as matrices on pixel coordinates). H turns the grid about the
 * centre pixel floor(n / 2) and must map the grid to itself (C1, C2, C4, D1, D2, D4); with H = C1
 * this is the translation group Z_n² alone.
 */
export function torusWallpaper(point: PlanarGroup, n: number): TorusWallpaper {
  if (4 % point.rotations !== 0) throw new Error(`${point.name} does not map the square grid to itself`);
  if (!Number.isInteger(n) || n < 1) throw new Error(`torus size must be a positive integer, got ${n}`);
  const area = n * n;
  const c = Math.floor(n / 2);
  const turnVector = turnTable(point, n, 0);
  const turnPixel = turnTable(point, n, c);
  const split = (a: number) => [Math.floor(a / area), a % area];
  const order = point.order * area;
  const table = Array.from({ length: order }, (_, a) => {
    const [ha, ta] = split(a);
    return Array.from({ length: order }, (_, b) => {
      const [hb, tb] = split(b);
      return point.compose(ha, hb) * area + shiftBy(turnVector[ha][tb], ta, n, 0);
    });
  });
  const labelOf = (a: number, latex: boolean) => {
    const [h, t] = split(a);
    const half = Math.floor((n - 1) / 2);
    const [x, y] = coordsOf(t, n, 0).map((v) => mod(v + half, n) - half);
    const name = latex ? point.latex(h) : point.label(h);
    return `(${x},${y})${h === 0 ? '' : ' ' + name}`;
  };
  const labels = table.map((_, a) => labelOf(a, false));
  const latex = table.map((_, a) => labelOf(a, true));
  const name = point.order === 1 ? `Z${n}^2` : `Z${n}^2 ⋊ ${point.name}`;
  const group = groupFromTable(name, table, labels, latex);
  const perms = table.map((_, u) => {
    const [h, t] = split(u);
    return Int32Array.from({ length: area }, (_, p) => shiftBy(turnPixel[h][p], t, n, c));
  });
  const translations = Array.from({ length: area }, (_, t) => t);
  return { group, plane: tableAction(group, perms), translations };
}

/** The parent array of a union-find, with path halving. */
function findRoot(parent: Int32Array, i: number): number {
  while (parent[i] !== i) {
    parent[i] = parent[parent[i]];
    i = parent[i];
  }
  return i;
}

/**
 * The orbits of the elements `elements` (all of G by default; [] leaves every entry free) acting
 * diagonally on Y × X, (y, x) -> (u·y, u·x): the weights an equivariant kernel κ(y, x) must share.
 * Both actions must be of the same group.
 */
export function tiedWeights(
  out: FiniteAction,
  inp: FiniteAction,
  elements: readonly number[] = Array.from({ length: out.group.order }, (_, u) => u),
): TiedWeights {
  if (out.group !== inp.group) throw new Error('tiedWeights: Y and X must carry actions of one group');
  const rows = out.size;
  const cols = inp.size;
  const parent = Int32Array.from({ length: rows * cols }, (_, i) => i);
  for (const u of elements)
    for (let y = 0; y < rows; y++) {
      const uy = out.act(u, y);
      for (let x = 0; x < cols; x++) {
        const a = findRoot(parent, y * cols + x);
        const b = findRoot(parent, uy * cols + inp.act(u, x));
        if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
      }
    }
  const orbit = new Int32Array(rows * cols);
  const ids = new Map<number, number>();
  for (let i = 0; i < orbit.length; i++) {
    const root = findRoot(parent, i);
    if (!ids.has(root)) ids.set(root, ids.size);
    orbit[i] = ids.get(root)!;
  }
  return { rows, cols, orbit, count: ids.size };
}

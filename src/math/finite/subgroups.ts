// Subgroups, cosets, quotients, conjugacy classes and the Cayley table (Cohen & Welling 2016: coset pooling
// pools over the cosets gH of a subgroup H; Bekkers' lecture notes: quotient spaces G/H).

import { groupFromTable } from './group';
import type { FiniteGroup, PlanarGroup } from './group';

/** Cayley table: table[a][b] = a·b. */
export function cayleyTable(group: FiniteGroup): number[][] {
  return Array.from({ length: group.order }, (_, a) =>
    Array.from({ length: group.order }, (_, b) => group.compose(a, b)),
  );
}

/** <gens>: the smallest subgroup containing gens, as sorted element indices (closure under products). */
export function subgroupGeneratedBy(group: FiniteGroup, gens: readonly number[]): number[] {
  const inside = new Set<number>([group.identity]);
  const frontier = [group.identity];
  while (frontier.length > 0) {
    const h = frontier.pop()!;
    for (const s of gens) {
      const hs = group.compose(h, s);
      if (!inside.has(hs)) {
        inside.add(hs);
        frontier.push(hs);
      }
    }
  }
  // In a finite group, closure under products with the generators already contains inverses.
  return [...inside].sort((a, b) => a - b);
}

/** The rotations {r^k} of a planar group: all of C_N, the index-2 subgroup C_N of D_N. */
export function rotationSubgroup(group: PlanarGroup): number[] {
  return Array.from({ length: group.rotations }, (_, k) => k);
}

/** Whether h is a subgroup: contains e and is closed under products and inverses. */
export function isSubgroup(group: FiniteGroup, h: readonly number[]): boolean {
  const set = new Set(h);
  if (!set.has(group.identity)) return false;
  return h.every((a) => set.has(group.inverse(a)) && h.every((b) => set.has(group.compose(a, b))));
}

function cosets(group: FiniteGroup, h: readonly number[], side: 'left' | 'right'): number[][] {
  if (!isSubgroup(group, h)) throw new Error(`${group.name}: not a subgroup: [${h.join(', ')}]`);
  const seen = new Set<number>();
  const out: number[][] = [];
  for (let g = 0; g < group.order; g++) {
    if (seen.has(g)) continue;
    const coset = h.map((x) => (side === 'left' ? group.compose(g, x) : group.compose(x, g)));
    coset.sort((a, b) => a - b);
    coset.forEach((x) => seen.add(x));
    out.push(coset);
  }
  return out;
}

/** Left cosets gH, each sorted; ordered by their smallest element, which is their representative. */
export function leftCosets(group: FiniteGroup, h: readonly number[]): number[][] {
  return cosets(group, h, 'left');
}

/** Right cosets Hg, each sorted; ordered by their smallest element. */
export function rightCosets(group: FiniteGroup, h: readonly number[]): number[][] {
  return cosets(group, h, 'right');
}

/** cosetOf[g] = index of the coset (in the given list) that contains g. */
export function cosetIndexMap(group: FiniteGroup, cosetList: readonly (readonly number[])[]): Int32Array {
  const out = new Int32Array(group.order).fill(-1);
  cosetList.forEach((c, i) => c.forEach((g) => (out[g] = i)));
  return out;
}

/** H is normal iff g H g^-1 = H for every g (equivalently, left and right cosets agree). */
export function isNormal(group: FiniteGroup, h: readonly number[]): boolean {
  if (!isSubgroup(group, h)) return false;
  const set = new Set(h);
  for (let g = 0; g < group.order; g++) {
    const gInv = group.inverse(g);
    if (!h.every((x) => set.has(group.compose(group.compose(g, x), gInv)))) return false;
  }
  return true;
}

/** G/H for normal H: the cosets with (aH)(bH) = (ab)H, indexed as in leftCosets (H itself is 0). */
export function quotientGroup(group: FiniteGroup, h: readonly number[], hName = 'H'): FiniteGroup {
  if (!isNormal(group, h)) throw new Error(`${group.name}: subgroup [${h.join(', ')}] is not normal`);
  const list = leftCosets(group, h);
  const cosetOf = cosetIndexMap(group, list);
  const table = list.map((a) => list.map((b) => cosetOf[group.compose(a[0], b[0])]));
  const labels = list.map((c) => (c[0] === group.identity ? hName : `${group.label(c[0])} ${hName}`));
  const latex = list.map((c) => (c[0] === group.identity ? hName : `${group.latex(c[0])}${hName}`));
  const gens = [...new Set(group.generators.map((g) => cosetOf[g]))].filter((c) => c !== 0);
  return groupFromTable(`${group.name}/${hName}`, table, labels, latex, gens);
}

/** Conjugacy classes {g a g^-1 : g in G}, each sorted, ordered by smallest element. */
export function conjugacyClasses(group: FiniteGroup): number[][] {
  const seen = new Set<number>();
  const out: number[][] = [];
  for (let a = 0; a < group.order; a++) {
    if (seen.has(a)) continue;
    const cls = new Set<number>();
    for (let g = 0; g < group.order; g++) cls.add(group.compose(group.compose(g, a), group.inverse(g)));
    const sorted = [...cls].sort((x, y) => x - y);
    sorted.forEach((x) => seen.add(x));
    out.push(sorted);
  }
  return out;
}

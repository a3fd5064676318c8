// Subgroups, cosets, quotients, conjugacy classes and Cayley tables. All exact (integers).
import { describe, expect, it } from 'vitest';
import {
  cayleyTable,
  conjugacyClasses,
  cyclicGroup,
  dihedralGroup,
  isNormal,
  isSubgroup,
  leftCosets,
  quotientGroup,
  rightCosets,
  rotationSubgroup,
  subgroupGeneratedBy,
} from '../../../../src/math/finite';
import { ALL_PLANAR, NS } from './helpers';

describe('Cayley table', () => {
  it.each(ALL_PLANAR.map((g) => [g.name, g] as const))(
    '%s: a Latin square with row 0 the identity',
    (_, g) => {
      const t = cayleyTable(g);
      const all = Array.from({ length: g.order }, (_, i) => i);
      expect(t[0]).toEqual(all);
      for (let a = 0; a < g.order; a++) {
        expect([...t[a]].sort((x, y) => x - y)).toEqual(all);
        expect(t.map((row) => row[a]).sort((x, y) => x - y)).toEqual(all);
      }
    },
  );
  it('C3 written out by hand', () => {
    expect(cayleyTable(cyclicGroup(3))).toEqual([
      [0, 1, 2],
      [1, 2, 0],
      [2, 0, 1],
    ]);
  });
  it('D3 written out by hand (s r = r^2 s)', () => {
    // Elements e, r, r^2, s, rs, r^2 s.
    expect(cayleyTable(dihedralGroup(3))).toEqual([
      [0, 1, 2, 3, 4, 5],
      [1, 2, 0, 4, 5, 3],
      [2, 0, 1, 5, 3, 4],
      [3, 5, 4, 0, 2, 1],
      [4, 3, 5, 1, 0, 2],
      [5, 4, 3, 2, 1, 0],
    ]);
  });
});

describe('subgroups and cosets', () => {
  it('C2 = <r^2> in C4 and its cosets {e, r^2}, {r, r^3}', () => {
    const c4 = cyclicGroup(4);
    const h = subgroupGeneratedBy(c4, [2]);
    expect(h).toEqual([0, 2]);
    expect(leftCosets(c4, h)).toEqual([
      [0, 2],
      [1, 3],
    ]);
    expect(isNormal(c4, h)).toBe(true);
  });
  it('<r^k> in C_N has N / gcd(N, k) elements (Lagrange)', () => {
    const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
    for (const n of NS)
      for (let k = 0; k < n; k++) expect(subgroupGeneratedBy(cyclicGroup(n), [k]).length).toBe(n / gcd(n, k));
  });
  it.each(NS)('D%i: the rotation subgroup is normal of index 2; <s> is normal only for N <= 2', (n) => {
    const g = dihedralGroup(n);
    const rot = rotationSubgroup(g);
    expect(isSubgroup(g, rot)).toBe(true);
    expect(isNormal(g, rot)).toBe(true);
    expect(leftCosets(g, rot)).toEqual([rot, rot.map((k) => k + n)]);
    expect(isNormal(g, [0, n])).toBe(n <= 2);
  });
  it('D3: left and right cosets of <s> differ (not normal)', () => {
    const g = dihedralGroup(3);
    const h = [0, 3];
    // r{e, s} = {r, rs}; {e, s}r = {r, s r} = {r, r^2 s}.
    expect(leftCosets(g, h)).toEqual([
      [0, 3],
      [1, 4],
      [2, 5],
    ]);
    expect(rightCosets(g, h)).toEqual([
      [0, 3],
      [1, 5],
      [2, 4],
    ]);
    expect(() => quotientGroup(g, h)).toThrow();
  });
  it('rejects a subset that is not a subgroup', () => {
    expect(isSubgroup(cyclicGroup(4), [0, 1])).toBe(false);
    expect(isNormal(cyclicGroup(4), [1, 3])).toBe(false); // closed under conjugation, yet no identity
    expect(() => leftCosets(cyclicGroup(4), [0, 1])).toThrow();
  });
});

describe('quotient groups', () => {
  it.each(NS)('D%i / C_N is the group of order 2', (n) => {
    const g = dihedralGroup(n);
    const q = quotientGroup(g, rotationSubgroup(g), 'C');
    expect(q.order).toBe(2);
    expect(cayleyTable(q)).toEqual([
      [0, 1],
      [1, 0],
    ]);
    expect(q.label(1)).toBe('s C');
  });
  it('C4 / C2 has order 2; C12 / <r^3> is cyclic of order 3', () => {
    expect(cayleyTable(quotientGroup(cyclicGroup(4), [0, 2]))).toEqual([
      [0, 1],
      [1, 0],
    ]);
    const q = quotientGroup(cyclicGroup(12), subgroupGeneratedBy(cyclicGroup(12), [3]));
    expect(cayleyTable(q)).toEqual(cayleyTable(cyclicGroup(3)));
    expect(q.name).toBe('C12/H');
  });
  it('D4 / Z(D4) = D4 / {e, r^2} has order 4 and every element squares to e (the Klein four-group)', () => {
    const g = dihedralGroup(4);
    const q = quotientGroup(g, [0, 2]);
    expect(q.order).toBe(4);
    for (let a = 0; a < 4; a++) expect(q.compose(a, a)).toBe(0);
  });
});

describe('conjugacy classes', () => {
  // Published: D_N has (N+3)/2 classes for odd N and (N+6)/2 for even N; C_N (abelian) has N.
  it.each(NS)('D%i has the published number of classes and C_N has N', (n) => {
    expect(conjugacyClasses(dihedralGroup(n)).length).toBe(n % 2 ? (n + 3) / 2 : (n + 6) / 2);
    expect(conjugacyClasses(cyclicGroup(n)).length).toBe(n);
  });
  it('D4 classes: {e}, {r^2}, {r, r^3}, {s, r^2 s}, {rs, r^3 s}', () => {
    expect(conjugacyClasses(dihedralGroup(4))).toEqual([[0], [1, 3], [2], [4, 6], [5, 7]]);
  });
  it('D3 classes: {e}, {r, r^2}, {s, rs, r^2 s}', () => {
    expect(conjugacyClasses(dihedralGroup(3))).toEqual([[0], [1, 2], [3, 4, 5]]);
  });
  it.each(ALL_PLANAR.map((g) => [g.name, g] as const))(
    '%s: classes partition G and sizes divide |G|',
    (_, g) => {
      const cls = conjugacyClasses(g);
      expect(cls.flat().sort((a, b) => a - b)).toEqual(Array.from({ length: g.order }, (_, i) => i));
      for (const c of cls) expect(g.order % c.length).toBe(0);
    },
  );
});

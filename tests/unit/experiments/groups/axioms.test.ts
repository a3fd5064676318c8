// The axiom checker against published counts (OEIS A023814: 8 and 113 associative operations on a
// labelled 2- and 3-element set; A034383: 2 and 3 group structures) and hand-worked failures.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { cayleyTable, cyclicGroup, dihedralGroup } from '../../../../src/math';
import { AXIOM_PRESETS, AXIOM_SYMBOLS } from '../../../../lessons/groups/axiomPresets';
import {
  checkAxioms,
  firstFailingAxiom,
  parseOperationTable,
} from '../../../../src/experiments/groups/axioms';

/** Every operation table on n symbols, as the base-n digits of 0 .. n^(n²) - 1. */
function* allTables(n: number): Generator<number[][]> {
  const cells = n * n;
  for (let code = 0; code < n ** cells; code++) {
    const t = Array.from({ length: n }, () => new Array<number>(n));
    for (let i = 0, c = code; i < cells; i++, c = Math.floor(c / n)) t[Math.floor(i / n)][i % n] = c % n;
    yield t;
  }
}

describe('counts over all operation tables', () => {
  test.each([
    [2, 8, 2],
    [3, 113, 3],
  ])('on %i symbols: %i associative, %i groups', (n, associative, groups) => {
    let a = 0,
      g = 0;
    for (const t of allTables(n)) {
      const r = checkAxioms(t);
      if (r.associativity.ok) a++;
      if (r.isGroup) g++;
    }
    expect(a).toBe(associative);
    expect(g).toBe(groups);
  });
});

describe('presets report the failure the lesson describes', () => {
  const report = (id: string) => {
    const cells = AXIOM_PRESETS.find((p) => p.id === id)!.cells;
    return checkAxioms(parseOperationTable(cells, AXIOM_SYMBOLS.slice(0, cells.length)));
  };
  test.each(['c3', 'c4', 'klein'])('%s is a group', (id) => expect(report(id).isGroup).toBe(true));
  test('a symbol outside the set breaks closure at that cell (row a, column b)', () => {
    const r = report('open');
    expect(r.closure).toEqual({ ok: false, cell: [1, 2] });
    expect(r.associativity.ok).toBeNull();
  });
  test('subtraction mod 3 has no identity (x − 0 = x, but 0 − x ≠ x)', () => {
    expect(report('no-identity').identity.ok).toBe(false);
    expect(report('no-identity').inverses.ok).toBeNull();
  });
  test('multiplication mod 3 on {1, 2, 0}: 0 has no inverse, everything else holds', () => {
    const r = report('no-inverse');
    expect(r.inverses).toEqual({ ok: false, element: 2 });
    expect(r.identity).toEqual({ ok: true, element: 0 });
    expect(r.associativity.ok).toBe(true);
    expect(firstFailingAxiom(r)).toBe('inverses');
  });
  test('the non-associative table fails first at (a·a)·b = e ≠ a = a·(a·b)', () => {
    const r = report('not-associative');
    expect(r.associativity).toEqual({ ok: false, triple: [1, 1, 2], left: 0, right: 1 });
    expect(firstFailingAxiom(r)).toBe('associativity');
  });
  test('text is trimmed and unknown symbols become null', () => {
    expect(parseOperationTable([[' e ', 'x']], ['e', 'a'])).toEqual([[0, null]]);
  });
});

describe('Cayley tables of the math core', () => {
  const groups = [1, 2, 3, 4, 5, 6].flatMap((n) => [cyclicGroup(n), dihedralGroup(n)]);
  test.each(groups.map((g) => [g.name, g] as const))('%s passes every axiom', (_, g) => {
    expect(checkAxioms(cayleyTable(g)).isGroup).toBe(true);
  });
  test('changing any one cell of a group table leaves no group (a group table is a Latin square)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 6 }),
        fc.boolean(),
        fc.nat(),
        fc.nat(),
        fc.nat(),
        (n, d, i, j, shift) => {
          const g = d ? dihedralGroup(n) : cyclicGroup(n);
          const t = cayleyTable(g);
          const [a, b] = [i % g.order, j % g.order];
          t[a][b] = (t[a][b] + 1 + (shift % (g.order - 1))) % g.order;
          expect(checkAxioms(t).isGroup).toBe(false);
        },
      ),
      { numRuns: 60 },
    );
  });
});

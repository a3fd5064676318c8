// Link fields of the group and representation widgets: element labels against the hand-written D4
// table of the lectures (r^k s = rotate by k quarter turns after the reflection), round trips
// through a real URL hash, malformed values rejected (so fields fall back to their defaults), and
// the shared-store restorer against closed-form angles 2πk/N.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { cyclicGroup, dihedralGroup } from '../../../../src/math';
import { createGroupActionStore, elementIndex } from '../../../../src/state/groupAction';
import { field, integer, linkOf, numbers, readFields, type Codec } from '../../../../src/state/link';
import {
  applySharedGroupParams,
  cellTable,
  element,
  elementIn,
  elementLabel,
  elementLabels,
  elementsIn,
  exactNumbers,
  groupName,
  groupNameOf,
  linkedGroup,
  se2,
  SHARED_GROUP_LINK,
  sharedGroupParams,
} from '../../../../src/ui/group/linkState';

const D4 = dihedralGroup(4);
/** The generic codecs as the filter link (orientation/kernelLink.ts) reads its values. */
const parseBoundedNumbers = (raw: string | null, length: number, lo: number, hi: number) =>
  raw === null ? null : numbers(length, lo, hi).parse(raw);
const parseBoundedInteger = (raw: string | null, lo: number, hi: number) =>
  raw === null ? null : integer(lo, hi).parse(raw);
/** Through the same encoding "Copy link" uses: URLSearchParams into a hash and back. */
const viaHash = (value: string) =>
  new URLSearchParams(new URLSearchParams({ x: value }).toString()).get('x')!;
/** A codec's value after format -> URL hash -> parse. */
const roundTrip = <T>(codec: Codec<T>, value: T) => codec.parse(viaHash(codec.format(value)));

describe('group names', () => {
  test('C_N and D_N with N among the sizes; anything else is rejected', () => {
    const names = groupName();
    expect(names.parse('D4')).toEqual({ kind: 'D', n: 4 });
    expect(names.parse('C8')).toEqual({ kind: 'C', n: 8 });
    for (const bad of ['D12', 'D5', 'X4', 'd4', 'D4 ', 'D', '']) expect(names.parse(bad), bad).toBeNull();
    expect(groupName([4]).parse('C4')).toEqual({ kind: 'C', n: 4 });
    expect(groupName([4]).parse('C2')).toBeNull();
  });
  test('every group written back under its own name', () => {
    for (const n of [1, 2, 3, 4, 6, 8])
      for (const group of [cyclicGroup(n), dihedralGroup(n)]) {
        expect(groupName().format(groupNameOf(group))).toBe(group.name);
        expect(roundTrip(groupName(), groupNameOf(group))).toEqual(groupNameOf(group));
      }
  });
  test('the linked group is the one the link names (N kept to the display sizes), else the current one', () => {
    expect(linkedGroup(cyclicGroup(4), { kind: 'D', n: 6 })).toBe(dihedralGroup(6));
    expect(linkedGroup(cyclicGroup(4), null)).toBe(cyclicGroup(4));
  });
});

describe('element labels', () => {
  test('D4 by the lecture names: r^k is k, r^k s is 4 + k', () => {
    const table: [string, number][] = [
      ['e', 0],
      ['r', 1],
      ['r^2', 2],
      ['r^3', 3],
      ['s', 4],
      ['r s', 5],
      ['r^2 s', 6],
      ['r^3 s', 7],
    ];
    for (const [label, a] of table) {
      expect(element(D4).parse(viaHash(label)), label).toBe(a);
      expect(elementIn(D4, elementLabel.parse(viaHash(label))), label).toBe(a);
      expect(element(D4).format(a)).toBe(label);
    }
  });
  test('labels of other groups, or not labels at all, are rejected', () => {
    for (const bad of ['r^4', 'r^3s', 'rs', 'S', ' r', '']) expect(element(D4).parse(bad), bad).toBeNull();
    for (const bad of ['r^3s', 'rs', 'S', ' r', '', 'e s', 'r^', 'r^-1', 'q'])
      expect(elementLabel.parse(bad), bad).toBeNull();
    expect(elementLabel.parse('r^9 s')).toBe('r^9 s'); // a label, though of no group the widgets show here
    expect(elementIn(D4, 'r^9 s')).toBeNull();
    expect(elementIn(cyclicGroup(4), 's')).toBeNull();
    expect(elementIn(D4, null)).toBeNull();
  });
  test('every element of C_N and D_N (N <= 16) survives label -> URL hash -> index', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 16 }), fc.boolean(), fc.nat(), (n, dihedral, i) => {
        const group = dihedral ? dihedralGroup(n) : cyclicGroup(n);
        const a = i % group.order;
        expect(roundTrip(element(group), a)).toBe(a);
        expect(elementIn(group, roundTrip(elementLabel, group.label(a)))).toBe(a);
      }),
      { numRuns: 60 },
    );
  });
  test('a Cayley-graph walk r, r, s round-trips; a non-generator step or a stray comma is rejected', () => {
    const walk = [1, 1, 4];
    const labels = walk.map((a) => D4.label(a));
    expect(elementLabels.format(labels)).toBe('r,r,s');
    expect(elementsIn(D4, roundTrip(elementLabels, labels), D4.generators)).toEqual(walk);
    expect(elementLabels.parse('')).toEqual([]);
    expect(elementsIn(D4, [], D4.generators)).toEqual([]);
    expect(elementsIn(D4, ['r', 'r^2'], D4.generators)).toBeNull();
    expect(elementLabels.parse('r,,s')).toBeNull();
    expect(elementLabels.parse('r,x')).toBeNull();
    expect(elementsIn(D4, null)).toBeNull();
    expect(elementsIn(D4, ['r^2', 'r^3 s'])).toEqual([2, 7]);
    expect(elementsIn(cyclicGroup(4), ['r', 's'])).toBeNull();
  });
});

describe('numbers', () => {
  test('bounded lists: exact length, finite, within the range', () => {
    expect(parseBoundedNumbers('0.5,-1,1,0', 4, -1, 1)).toEqual([0.5, -1, 1, 0]);
    expect(parseBoundedNumbers('0.5,-1,1', 4, -1, 1)).toBeNull();
    expect(parseBoundedNumbers('0.5,-1.05,1,0', 4, -1, 1)).toBeNull();
    expect(parseBoundedNumbers('0.5,NaN,1,0', 4, -1, 1)).toBeNull();
    expect(parseBoundedNumbers('0.5,,1,0', 4, -1, 1)).toBeNull(); // '' would read as 0
    expect(parseBoundedNumbers('', 1, -1, 1)).toBeNull();
    expect(parseBoundedNumbers(null, 4, -1, 1)).toBeNull();
  });
  test('bounded integers: the p4 shifts in [-12, 12]', () => {
    expect(parseBoundedInteger('-12', -12, 12)).toBe(-12);
    expect(parseBoundedInteger('7', -12, 12)).toBe(7);
    for (const bad of ['13', '2.5', '', ' ', 'x', '1,2', null])
      expect(parseBoundedInteger(bad, -12, 12), String(bad)).toBeNull();
  });
  test('exact lists: any length within the range, written as Array.join writes them', () => {
    const bars = exactNumbers(-1, 1);
    expect(bars.parse('0.5,-1,1,0')).toEqual([0.5, -1, 1, 0]);
    expect(bars.format([0.1 + 0.2, -0.05])).toBe([0.1 + 0.2, -0.05].join(','));
    for (const bad of ['0.5,-1.05', '0.5,NaN', '0.5,,1', '', 'x']) expect(bars.parse(bad), bad).toBeNull();
  });
  test('float values come back bit for bit (tolerance 0)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 1, maxLength: 16 }),
        (xs) => {
          const back = roundTrip(exactNumbers(-1, 1), xs)!;
          expect(back.map((x) => x + 0)).toEqual(xs.map((x) => x + 0)); // -0 prints as 0
          expect(parseBoundedNumbers(viaHash(xs.join(',')), xs.length, -1, 1)).toEqual(back);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('SE(2) elements', () => {
  test('x, y and θ in degrees; θ wraps to (-π, π], positions clamp into the plane (±4.7, ±3.45)', () => {
    const g = se2.parse('1.5,-2,90')!;
    expect(g.x).toBe(1.5);
    expect(g.y).toBe(-2);
    expect(g.theta).toBeCloseTo(Math.PI / 2, 14);
    expect(se2.parse('0,0,270')!.theta).toBeCloseTo(-Math.PI / 2, 14);
    expect(se2.parse('0,0,-180')!.theta).toBeCloseTo(Math.PI, 14);
    // 520 × 390 pixels at 52 per unit, minus a 0.3 margin: |x| <= 4.7, |y| <= 3.45.
    const far = se2.parse('100,-100,0')!;
    expect(far.x).toBeCloseTo(4.7, 12);
    expect(far.y).toBeCloseTo(-3.45, 12);
    for (const bad of ['1,2', '1,2,3,4', 'a,2,3', '1,,3', '']) expect(se2.parse(bad), bad).toBeNull();
    expect(se2.format({ x: -2, y: 0.5, theta: Math.PI / 6 })).toBe('-2,0.5,30.0');
  });
  test('frames the composer can reach (0.05 grid, whole degrees) round-trip within 1e-12', () => {
    const grid = (max: number) => fc.integer({ min: -max, max }).map((i) => Math.round(i * 5) / 100);
    fc.assert(
      fc.property(grid(90), grid(65), fc.integer({ min: -179, max: 180 }), (x, y, deg) => {
        const g = { x, y, theta: (deg * Math.PI) / 180 };
        const back = roundTrip(se2, g)!;
        expect(Math.abs(back.x - x)).toBeLessThanOrEqual(1e-12);
        expect(Math.abs(back.y - y)).toBeLessThanOrEqual(1e-12);
        expect(Math.abs(back.theta - g.theta)).toBeLessThanOrEqual(1e-12);
      }),
      { numRuns: 80 },
    );
  });
});

describe('tables of typed cells', () => {
  const table = cellTable([3, 4], 2);
  test('cells with the separators typed in them survive the URL hash', () => {
    const cells = [
      ['e', 'a', 'b'],
      ['a', ';,', 'e'],
      ['b', 'e', '%'],
    ];
    expect(table.format(cells)).toBe('e,a,b;a,%3B%2C,e;b,e,%25');
    expect(roundTrip(table, cells)).toEqual(cells);
  });
  test('a broken %-escape, a size not offered, a ragged table or a long cell is rejected', () => {
    for (const bad of ['e,a,b;a,b%ZZ,e;b,e,a', 'e,a;a,e', 'e,a,b;a,b,e', 'e,a,b;a,bee,e;b,e,a', ''])
      expect(table.parse(bad), bad).toBeNull();
  });
});

describe('fields fall back to their defaults', () => {
  const LINK = {
    r: field(element(cyclicGroup(4)), 1),
    walk: field(elementLabels, null),
    g1: field(se2, { x: -2, y: 0.5, theta: 0 }),
  };
  test('malformed or missing values give the defaults; well-formed ones the linked values', () => {
    const bad = readFields(LINK, new URLSearchParams('r=r%5E9&walk=r,,s&g1=1,2'));
    expect(bad).toEqual({ r: 1, walk: null, g1: { x: -2, y: 0.5, theta: 0 } });
    expect(readFields(LINK, null)).toEqual(bad);
    const good = readFields(LINK, new URLSearchParams('r=r%5E3&walk=r,s&g1=1,2,0'));
    expect(good).toEqual({ r: 3, walk: ['r', 's'], g1: { x: 1, y: 2, theta: 0 } });
  });
  test('the shared group and g written as the widgets always wrote them', () => {
    expect(sharedGroupParams(D4, 7)).toEqual({ group: 'D4', g: 'r^3 s' });
    expect(sharedGroupParams(cyclicGroup(6))).toEqual({ group: 'C6' });
    expect(linkOf(SHARED_GROUP_LINK, { group: { kind: 'C', n: 8 }, g: 'r^5' })).toEqual({
      group: 'C8',
      g: 'r^5',
    });
  });
});

describe('restoring the shared group store', () => {
  test('group D4 and g = r^3 s: reflection on, angle 3·2π/4, element index 7', () => {
    const store = createGroupActionStore();
    applySharedGroupParams(store, new URLSearchParams('group=D4&g=r%5E3+s'));
    const s = store.getState();
    expect([s.kind, s.n, s.reflect]).toEqual(['D', 4, true]);
    expect(s.angle).toBeCloseTo((3 * 2 * Math.PI) / 4, 12);
    expect(elementIndex(s)).toBe(7);
  });
  test('C8 and g = r^5: angle 5·2π/8, no reflection', () => {
    const store = createGroupActionStore();
    applySharedGroupParams(store, new URLSearchParams(sharedGroupParams(cyclicGroup(8), 5)));
    const s = store.getState();
    expect([s.kind, s.n, s.reflect]).toEqual(['C', 8, false]);
    expect(s.angle).toBeCloseTo((5 * 2 * Math.PI) / 8, 12);
  });
  test('malformed group and element leave the store as it was', () => {
    const store = createGroupActionStore();
    const before = { ...store.getState() };
    applySharedGroupParams(store, new URLSearchParams({ group: 'D5', g: 'r^9' }));
    applySharedGroupParams(store, new URLSearchParams({ group: 'Q8', g: 's' })); // C4 has no s
    const s = store.getState();
    expect([s.kind, s.n, s.angle, s.reflect]).toEqual([before.kind, before.n, before.angle, before.reflect]);
  });
  test('a valid group with a malformed element keeps the group and the current rotation', () => {
    const store = createGroupActionStore();
    store.getState().setAngle(Math.PI / 2);
    applySharedGroupParams(store, new URLSearchParams({ group: 'D4', g: 'r^7 s' }));
    const s = store.getState();
    expect([s.kind, s.n, s.reflect]).toEqual(['D', 4, false]);
    expect(s.angle).toBeCloseTo(Math.PI / 2, 12);
  });
});

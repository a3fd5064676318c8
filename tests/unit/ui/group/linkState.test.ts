// Permalink parsing for the group and representation widgets: element labels against the
// hand-written D4 table of the lectures (r^k s = rotate by k quarter turns after the reflection),
// round trips through a real URL hash, malformed values rejected, and the shared-store restorer
// against closed-form angles 2πk/N.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { cyclicGroup, dihedralGroup } from '../../../../src/math';
import { createGroupActionStore, elementIndex } from '../../../../src/state/groupAction';
import {
  applySharedGroupParams,
  formatElements,
  formatSE2,
  parseBoundedInteger,
  parseBoundedNumbers,
  parseElement,
  parseElements,
  parseGroupName,
  parseSE2,
} from '../../../../src/ui/group/linkState';

const D4 = dihedralGroup(4);
/** Through the same encoding "Copy link" uses: URLSearchParams into a hash and back. */
const viaHash = (value: string) => new URLSearchParams(new URLSearchParams({ x: value }).toString()).get('x');

describe('group names', () => {
  test('C_N and D_N with N among the sizes; anything else is rejected', () => {
    expect(parseGroupName('D4')).toEqual({ kind: 'D', n: 4 });
    expect(parseGroupName('C8')).toEqual({ kind: 'C', n: 8 });
    for (const bad of ['D12', 'D5', 'X4', 'd4', 'D4 ', 'D', '', null, undefined])
      expect(parseGroupName(bad), String(bad)).toBeNull();
    expect(parseGroupName('C4', [4])).toEqual({ kind: 'C', n: 4 });
    expect(parseGroupName('C2', [4])).toBeNull();
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
    for (const [label, a] of table) expect(parseElement(D4, viaHash(label)), label).toBe(a);
  });
  test('labels of other groups, or not labels at all, are rejected', () => {
    for (const bad of ['r^4', 'r^3s', 'rs', 'S', ' r', '', null, undefined])
      expect(parseElement(D4, bad), String(bad)).toBeNull();
    expect(parseElement(cyclicGroup(4), 's')).toBeNull();
  });
  test('every element of C_N and D_N (N <= 16) survives label -> URL hash -> index', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 16 }), fc.boolean(), fc.nat(), (n, dihedral, i) => {
        const group = dihedral ? dihedralGroup(n) : cyclicGroup(n);
        const a = i % group.order;
        expect(parseElement(group, viaHash(group.label(a)))).toBe(a);
      }),
      { numRuns: 60 },
    );
  });
  test('a Cayley-graph walk r, r, s round-trips; a non-generator step or a stray comma is rejected', () => {
    const walk = [1, 1, 4];
    expect(formatElements(D4, walk)).toBe('r,r,s');
    expect(parseElements(D4, viaHash('r,r,s'), D4.generators)).toEqual(walk);
    expect(parseElements(D4, '', D4.generators)).toEqual([]);
    expect(parseElements(D4, 'r,r^2', D4.generators)).toBeNull();
    expect(parseElements(D4, 'r,,s', D4.generators)).toBeNull();
    expect(parseElements(D4, null)).toBeNull();
    expect(parseElements(D4, 'r^2,r^3 s')).toEqual([2, 7]);
  });
});

describe('numbers', () => {
  test('bounded lists: exact length, finite, within the range', () => {
    expect(parseBoundedNumbers('0.5,-1,1,0', 4, -1, 1)).toEqual([0.5, -1, 1, 0]);
    expect(parseBoundedNumbers('0.5,-1,1', 4, -1, 1)).toBeNull();
    expect(parseBoundedNumbers('0.5,-1.05,1,0', 4, -1, 1)).toBeNull();
    expect(parseBoundedNumbers('0.5,NaN,1,0', 4, -1, 1)).toBeNull();
    expect(parseBoundedNumbers('0.5,,1,0', 4, -1, 1)).toBeNull(); // '' would read as 0
    expect(parseBoundedNumbers(null, 4, -1, 1)).toBeNull();
  });
  test('bounded integers: the p4 shifts in [-12, 12]', () => {
    expect(parseBoundedInteger('-12', -12, 12)).toBe(-12);
    expect(parseBoundedInteger('7', -12, 12)).toBe(7);
    for (const bad of ['13', '2.5', '', ' ', 'x', '1,2', null])
      expect(parseBoundedInteger(bad, -12, 12), String(bad)).toBeNull();
  });
  test('float values written by Array.join come back bit for bit (tolerance 0)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 1, maxLength: 16 }),
        (xs) => {
          const back = parseBoundedNumbers(viaHash(xs.join(',')), xs.length, -1, 1)!;
          expect(back.map((x) => x + 0)).toEqual(xs.map((x) => x + 0)); // -0 prints as 0
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('SE(2) elements', () => {
  test('x, y and θ in degrees; θ wraps to (-π, π], positions clamp into the plane (±4.7, ±3.45)', () => {
    const g = parseSE2('1.5,-2,90')!;
    expect(g.x).toBe(1.5);
    expect(g.y).toBe(-2);
    expect(g.theta).toBeCloseTo(Math.PI / 2, 14);
    expect(parseSE2('0,0,270')!.theta).toBeCloseTo(-Math.PI / 2, 14);
    expect(parseSE2('0,0,-180')!.theta).toBeCloseTo(Math.PI, 14);
    // 520 × 390 pixels at 52 per unit, minus a 0.3 margin: |x| <= 4.7, |y| <= 3.45.
    const far = parseSE2('100,-100,0')!;
    expect(far.x).toBeCloseTo(4.7, 12);
    expect(far.y).toBeCloseTo(-3.45, 12);
    for (const bad of ['1,2', '1,2,3,4', 'a,2,3', '1,,3', '', null])
      expect(parseSE2(bad), String(bad)).toBeNull();
  });
  test('frames the composer can reach (0.05 grid, whole degrees) round-trip within 1e-12', () => {
    const grid = (max: number) => fc.integer({ min: -max, max }).map((i) => Math.round(i * 5) / 100);
    fc.assert(
      fc.property(grid(90), grid(65), fc.integer({ min: -179, max: 180 }), (x, y, deg) => {
        const g = { x, y, theta: (deg * Math.PI) / 180 };
        const back = parseSE2(viaHash(formatSE2(g)))!;
        expect(Math.abs(back.x - x)).toBeLessThanOrEqual(1e-12);
        expect(Math.abs(back.y - y)).toBeLessThanOrEqual(1e-12);
        expect(Math.abs(back.theta - g.theta)).toBeLessThanOrEqual(1e-12);
      }),
      { numRuns: 80 },
    );
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
    applySharedGroupParams(store, new URLSearchParams({ group: 'C8', g: 'r^5' }));
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

// The ring's bookkeeping against closed forms written out by hand for C_N and D_N, and its
// geometry: every slot at its element's angle, inside the box, with no two slots overlapping.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { cyclicGroup, dihedralGroup, type PlanarGroup } from '../../../../src/math';
import { GROUP_SIZES } from '../../../../src/state/groupAction';
import { ringLayout } from '../../../../src/ui/orientation/ringLayout';

const mod = (a: number, n: number) => ((a % n) + n) % n;

/** g^-1 h for g, h in D_N, as (rotation index, mirror bit), from s r^k = r^-k s by hand. */
function sourceByHand(n: number, g: number, h: number): number {
  const [a, gs] = [g % n, g >= n];
  const [j, hs] = [h % n, h >= n];
  if (!gs) return mod(j - a, n) + (hs ? n : 0); // r^-a r^j (s) = r^(j-a) (s)
  return mod(a - j, n) + (hs ? 0 : n); // r^a s r^j (s) = r^(a-j) s (s)
}

const groups = (): PlanarGroup[] => GROUP_SIZES.flatMap((n) => [cyclicGroup(n), dihedralGroup(n)]);

test.each(groups().map((g) => ({ group: g, name: g.name })))(
  '$name: slot h holds plane g^-1 h for every g',
  ({ group }) => {
    for (let g = 0; g < group.order; g++) {
      const { slots } = ringLayout(group, g);
      slots.forEach((slot, h) => {
        expect(slot.element).toBe(h);
        expect(slot.source, `${group.label(g)} on slot ${group.label(h)}`).toBe(
          sourceByHand(group.rotations, g, h),
        );
      });
    }
  },
);

test('a quarter turn in C4 moves every plane one slot on, counter-clockwise', () => {
  expect(ringLayout(cyclicGroup(4), 1).slots.map((s) => s.source)).toEqual([3, 0, 1, 2]);
});

describe('geometry', () => {
  test('slots sit at their angle, inside the box, without overlapping each other or the centre', () => {
    fc.assert(
      fc.property(fc.constantFrom(...groups()), fc.nat(), (group, k) => {
        const { slots, slotSize: s, centreSize: c } = ringLayout(group, k % group.order);
        for (const slot of slots) {
          const theta = Math.atan2(0.5 - slot.y, slot.x - 0.5);
          expect(mod(theta - group.angle(slot.element) + 1e-9, 2 * Math.PI)).toBeLessThan(1e-6);
          expect(Math.min(slot.x, slot.y) - s / 2).toBeGreaterThanOrEqual(0);
          expect(Math.max(slot.x, slot.y) + s / 2).toBeLessThanOrEqual(1);
          expect(slot.ring).toBe(group.reflects(slot.element) ? 'inner' : 'outer');
          // The centre square and the slot square do not meet.
          const apart = Math.max(Math.abs(slot.x - 0.5), Math.abs(slot.y - 0.5)) - s / 2 - c / 2;
          expect(apart).toBeGreaterThan(0);
        }
        for (let a = 0; a < slots.length; a++)
          for (let b = a + 1; b < slots.length; b++) {
            const gap = Math.max(Math.abs(slots[a].x - slots[b].x), Math.abs(slots[a].y - slots[b].y));
            expect(gap).toBeGreaterThanOrEqual(s);
          }
        expect(c).toBeGreaterThan(0.05);
      }),
      { numRuns: 60 },
    );
  });
});

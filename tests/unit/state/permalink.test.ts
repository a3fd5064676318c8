// Permalinks: a rotation-control link restores group, angle and reflection; junk is ignored.
import { expect, test } from 'vitest';
import { applyGroupActionParams, createGroupActionStore } from '../../../src/state/groupAction';

test('a link restores group, angle and reflection', () => {
  const store = createGroupActionStore();
  applyGroupActionParams(
    store,
    new URLSearchParams('widget=rotation-control&group=D8&angle=135&reflect=true'),
  );
  const s = store.getState();
  expect([s.kind, s.n, s.reflect, s.snap]).toEqual(['D', 8, true, true]);
  expect(s.angle).toBeCloseTo((3 * Math.PI) / 4, 12);
});

test('an angle off the grid turns snapping off so it is kept', () => {
  const store = createGroupActionStore();
  applyGroupActionParams(store, new URLSearchParams('group=C4&angle=37.5'));
  expect(store.getState().snap).toBe(false);
  expect(store.getState().angle).toBeCloseTo((37.5 * Math.PI) / 180, 12);
});

test('malformed parameters change nothing', () => {
  const store = createGroupActionStore();
  applyGroupActionParams(store, new URLSearchParams('group=Q7&angle=abc&reflect=maybe'));
  const s = store.getState();
  expect([s.kind, s.n, s.angle, s.reflect]).toEqual(['C', 4, 0, false]);
});

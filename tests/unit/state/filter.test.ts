// The shared filter store: presets, painting (clamped to [-1, 1], marks the filter as custom),
// and resizing, which keeps a painted filter centred.
import { expect, test } from 'vitest';
import { createKernelStore, recentre } from '../../../src/state/filter';
import { gaborKernel } from '../../../src/experiments/filters/kernels';

test('recentre crops and pads around the middle cell', () => {
  const three = [1, 2, 3, 4, 5, 6, 7, 8, 9];
  expect(recentre(three, 3, 1)).toEqual([5]);
  const five = recentre(three, 3, 5);
  expect(five.slice(5, 10)).toEqual([0, 0, 0, 0, 0].map((_, i) => (i >= 1 && i <= 3 ? i : 0)));
  expect(five[12]).toBe(5);
  expect(recentre(five, 5, 3)).toEqual(three);
});

test('painting clamps, marks the filter custom, and resizing keeps it centred', () => {
  const store = createKernelStore('edge', 5);
  const s = store.getState();
  s.setCell(12, 3);
  expect(store.getState().values[12]).toBe(1);
  expect(store.getState().source).toBe('custom');
  store.getState().setCell(0, -2);
  expect(store.getState().values[0]).toBe(-1);
  store.getState().setSize(7);
  const seven = store.getState().values;
  expect(seven).toHaveLength(49);
  expect(seven[24]).toBe(1); // the centre stays the centre
  expect(seven[8]).toBe(-1); // cell (0, 0) of the 5 x 5 sits at (1, 1) of the 7 x 7
});

test('a preset is regenerated at the new size', () => {
  const store = createKernelStore('gabor', 5);
  store.getState().setSize(9);
  expect(store.getState().values).toEqual(Array.from(gaborKernel(9)));
  store.getState().setPreset('line');
  expect(store.getState().source).toBe('line');
});

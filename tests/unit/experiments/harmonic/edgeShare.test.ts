// How high the radial profile still is at the disc edge r = K/2, against closed forms.
import { expect, test } from 'vitest';
import { edgeShare } from '../../../../src/experiments/harmonic/filterFacts';

test('a Gaussian ring at radius 3, width 1, cut at r = 4.5: exp(-1.125) of its peak', () => {
  expect(edgeShare({ kind: 'gaussianRing', radius: 3, width: 1 }, 9)).toBeCloseTo(Math.exp(-1.125), 12);
});

test('sampled [0, 1, 0.5] falls linearly to 0 at r = 3: a quarter of its peak at r = 2.5', () => {
  expect(edgeShare({ kind: 'sampled', values: [0, 1, 0.5] }, 5)).toBeCloseTo(0.25, 12);
  expect(edgeShare({ kind: 'sampled', values: [0, 0, 0] }, 5)).toBe(0);
});

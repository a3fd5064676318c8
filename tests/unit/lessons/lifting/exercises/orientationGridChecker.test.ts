// The "orientations between the samples" exercise: its expected answers worked out by hand
// (half of 360/36 = 5 degrees; the step must divide gcd(30, 45) = 15 degrees, so N = 360/15 = 24)
// and its feedback on the usual slips.
import { describe, expect, it } from 'vitest';
import {
  checkOrientationGrid,
  largestOrientationGap,
  samplesAngle,
  smallestGridThrough,
} from '../../../../../lessons/lifting/exercises/checkers';

const Q = { N: 36, angles: [30, 45] };
const verdict = (values: string[]) => {
  const r = checkOrientationGrid(Q, values);
  return typeof r === 'boolean' ? { correct: r, feedback: '' } : { correct: r.correct, feedback: r.feedback ?? '' };
};

describe('orientation grid facts from the group library', () => {
  it('largest gap is half a step', () => {
    expect(largestOrientationGap(36)).toBe(5);
    expect(largestOrientationGap(4)).toBe(45);
    expect(largestOrientationGap(16)).toBe(11.25);
  });

  it('smallest N through given angles', () => {
    expect(smallestGridThrough([30, 45])).toBe(24);
    expect(smallestGridThrough([90])).toBe(4);
    expect(smallestGridThrough([10])).toBe(36);
    expect(smallestGridThrough([45, 270])).toBe(8);
    expect(samplesAngle(12, 45)).toBe(false);
    expect(samplesAngle(24, -45)).toBe(true);
  });
});

describe('checkOrientationGrid', () => {
  it('accepts 5 and 24, with or without a degree sign', () => {
    expect(verdict(['5', '24']).correct).toBe(true);
    expect(verdict(['5°', '24']).correct).toBe(true);
    expect(verdict(['5.0', '24']).correct).toBe(true);
  });

  it('names the slips', () => {
    expect(verdict(['10', '24'])).toEqual({ correct: false, feedback: expect.stringContaining('whole step') });
    expect(verdict(['5', '12']).feedback).toContain('misses 45°');
    expect(verdict(['5', '15']).feedback).toContain('misses 30° and 45°');
    expect(verdict(['5', '48']).feedback).toContain('a smaller N does too');
    expect(verdict(['5', 'many']).feedback).toContain('whole number');
    expect(verdict(['5', '0']).correct).toBe(false);
  });
});

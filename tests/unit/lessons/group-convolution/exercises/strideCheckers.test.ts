// The stride-2 exercise's checker measures every typed shift on the CPU reference: even input
// shifts are matched by half the shift, odd ones by none, and each typical mistake gets its feedback.
import { expect, test } from 'vitest';
import type { CheckResult } from '../../../../../src/ui/exercises/Exercise';
import {
  checkStrideShifts,
  strideShiftError,
  strideShiftMatches,
} from '../../../../../lessons/group-convolution/exercises/strideCheckers';

const verdict = (r: CheckResult) => (typeof r === 'boolean' ? { correct: r } : r);

test('an even shift is matched by exactly one output shift, half of it; an odd one by none', () => {
  expect(strideShiftMatches([4, -2]).matches).toEqual([[2, -1]]);
  expect(strideShiftMatches([2, 0]).matches).toEqual([[1, 0]]);
  const odd = strideShiftMatches([1, 2]);
  expect(odd.matches).toEqual([]);
  expect(odd.closest.error).toBeGreaterThan(0.3);
  expect(strideShiftError([4, -2], [2, -1])).toBeLessThan(1e-6);
  expect(strideShiftError([4, -2], [4, -2])).toBeGreaterThan(0.3);
});

test('answers and feedback', () => {
  const shifts: [number, number][] = [
    [4, -2],
    [1, 2],
  ];
  expect(verdict(checkStrideShifts(shifts, ['(2, −1)', 'none'])).correct).toBe(true);
  expect(verdict(checkStrideShifts(shifts, ['2 -1', 'None'])).correct).toBe(true);
  const unhalved = verdict(checkStrideShifts(shifts, ['(4, -2)', 'none']));
  expect(unhalved.correct).toBe(false);
  expect(unhalved.feedback).toContain('half as far');
  const oddGuess = verdict(checkStrideShifts(shifts, ['(2, -1)', '(0, 1)']));
  expect(oddGuess.correct).toBe(false);
  expect(oddGuess.feedback).toContain('no output shift matches');
  const noneForEven = verdict(checkStrideShifts(shifts, ['none', 'none']));
  expect(noneForEven.feedback).toContain('(2, −1) matches exactly');
  expect(verdict(checkStrideShifts(shifts, ['two', 'none'])).feedback).toContain('type a shift');
});

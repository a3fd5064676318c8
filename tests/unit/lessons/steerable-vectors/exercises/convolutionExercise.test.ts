// The spherical-convolution exercise: its spec accepts the answer worked by hand,
// √(4π/5) · 0.5 · 0.3 = 0.2378 and 0 for degree 3, and names the usual mistakes.
import { expect, test } from 'vitest';
import { STEERABLE_EXERCISES } from '../../../../../lessons/steerable-vectors/exercises/SteerableExercise';
import { checkConvolutionCoefficients } from '../../../../../lessons/steerable-vectors/exercises/checkers';
import type { CheckResult } from '../../../../../src/ui/exercises/Exercise';

const spec = STEERABLE_EXERCISES.find((s) => s.id === 'convolution-coefficient')!;
const ok = (r: CheckResult) => (typeof r === 'boolean' ? r : r.correct);
const feedback = (r: CheckResult) => (typeof r === 'boolean' ? '' : (r.feedback ?? ''));

test('the right answer passes; 0.15 (no constant), √(4π)·0.15 and a degree-3 output fail with their notes', () => {
  expect(ok(spec.check(['0.2378', '0']))).toBe(true);
  expect(ok(spec.check(['0.238', '0']))).toBe(true);
  expect(feedback(spec.check(['0.15', '0']))).toContain('without the constant');
  expect(feedback(spec.check(['0.5317', '0']))).toContain('degree-0 constant');
  expect(feedback(spec.check(['0.0946', '0']))).toContain('upside down');
  expect(feedback(spec.check(['0.2378', '0.19']))).toContain('nothing of that degree');
  expect(ok(spec.check(['0.2378', 'x']))).toBe(false);
});

test('the checker follows its arguments (not a fixed number)', () => {
  const f = new Array<number>(9).fill(0);
  f[4] = 1; // f^{-2}_2
  expect(ok(checkConvolutionCoefficients(f, [0, 0, 1], [[2, -2]], [String(Math.sqrt((4 * Math.PI) / 5))]))).toBe(true);
  expect(ok(checkConvolutionCoefficients(f, [0, 0, 2], [[2, -2]], [String(Math.sqrt((4 * Math.PI) / 5))]))).toBe(false);
});

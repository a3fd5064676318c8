// The scale-translation product exercise: the answer worked out by hand, and the usual mistakes.
import { expect, test } from 'vitest';
import { checkScaleProduct } from '../../../../../lessons/groups/exercises/checkers';
import type { CheckResult } from '../../../../../src/ui/exercises/Exercise';

const a = { x: 1, y: 2, s: 2 };
const b = { x: 3, y: -1, s: 0.5 };
const ok = (r: CheckResult) => r === true || (typeof r === 'object' && r.correct);
const feedback = (r: CheckResult) => (typeof r === 'object' ? (r.feedback ?? '') : '');

test('a·b = (2·(3, -1) + (1, 2), 2·1/2) = ((7, 0), 1), by hand', () => {
  expect(ok(checkScaleProduct(a, b, ['7', '0', '1']))).toBe(true);
  expect(ok(checkScaleProduct(a, b, ['7.001', '-0.002', '1']))).toBe(true);
});

test('the usual mistakes get their feedback', () => {
  // b·a = (1/2·(1, 2) + (3, -1), 1) = ((3.5, 0), 1).
  expect(feedback(checkScaleProduct(a, b, ['3.5', '0', '1']))).toContain('other order');
  expect(feedback(checkScaleProduct(a, b, ['4', '1', '1']))).toContain('scaled by the first');
  expect(feedback(checkScaleProduct(a, b, ['7', '0', '2.5']))).toContain('scales multiply');
  expect(feedback(checkScaleProduct(a, b, ['6', '0', '1']))).toContain('shift is not');
  expect(feedback(checkScaleProduct(a, b, ['x', '0', '1']))).toContain('three numbers');
});

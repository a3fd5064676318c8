// Link parameters round-trip and reject malformed input.
import { expect, test } from 'vitest';
import { maxAbsDiff } from '../../../../src/math/linalg';
import { so3FromAxisAngle } from '../../../../src/math/so3';
import {
  formatNumbers,
  formatRotation,
  parseInteger,
  parseNumbers,
  parseRotation,
} from '../../../../lessons/steerable-vectors/linkParams';

test('numbers round-trip at the written precision; wrong lengths and junk are rejected', () => {
  expect(parseNumbers(formatNumbers([0.5, -1.25, 3]), 3)).toEqual([0.5, -1.25, 3]);
  expect(parseNumbers('1,2', 3)).toBeNull();
  expect(parseNumbers('1,x,2')).toBeNull();
  expect(parseNumbers(null)).toBeNull();
});

test('a rotation survives its link to 1e-5 (six decimals of each Euler angle)', () => {
  const r = so3FromAxisAngle([0.2, -0.7, 0.4], 2.3);
  expect(maxAbsDiff(parseRotation(formatRotation(r))!, r)).toBeLessThan(1e-5);
  expect(parseRotation('1,2')).toBeNull();
});

test('integers outside the range fall back', () => {
  expect(parseInteger('3', 0, 6, 2)).toBe(3);
  expect(parseInteger('9', 0, 6, 2)).toBe(2);
  expect(parseInteger('2.5', 0, 6, 2)).toBe(2);
  expect(parseInteger(null, 0, 6, 2)).toBe(2);
});

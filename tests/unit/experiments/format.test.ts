// The readouts' number formats, written out by hand: one quantity prints the same in every widget.
import { describe, expect, test } from 'vitest';
import {
  formatDegrees,
  formatEntry,
  formatError,
  formatErrorBrief,
  formatTick,
  formatTuple,
  formatValue,
} from '../../../src/experiments/format';

describe('formatError', () => {
  test.each([
    [0, '0'],
    [3.2e-7, '3.20e-7'],
    [9.99e-4, '9.99e-4'],
    [1e-3, '0.0010'],
    [0.123456, '0.1235'],
    [1.5, '1.5000'],
    [Infinity, '∞'],
    [NaN, '—'],
  ])('%s -> %s', (x, text) => expect(formatError(x)).toBe(text));
});

test('formatErrorBrief: two significant digits, 0 when exact', () => {
  expect(formatErrorBrief(0)).toBe('0');
  expect(formatErrorBrief(0.012345)).toBe('0.012');
  expect(formatErrorBrief(1.26e-7)).toBe('1.3e-7');
});

test('formatValue and formatTuple: true minus, at most three decimals, no trailing zeros, no −0', () => {
  expect(formatValue(-0.5)).toBe('−0.5');
  expect(formatValue(2)).toBe('2');
  expect(formatValue(1 / 3)).toBe('0.333');
  expect(formatValue(-0.0001)).toBe('0');
  expect(formatTuple([2, 1, 0, -1])).toBe('(2, 1, 0, −1)');
});

test('formatTick: three significant digits, exponent form when tiny or huge, true minus', () => {
  expect(formatTick(0)).toBe('0');
  expect(formatTick(-1)).toBe('−1');
  expect(formatTick(1.23456)).toBe('1.23');
  expect(formatTick(-0.000123)).toBe('−1.2e−4');
  expect(formatTick(12345)).toBe('1.2e+4');
});

test('formatEntry: integers as they are, else two decimals, no −0.00', () => {
  expect(formatEntry(-1)).toBe('−1');
  expect(formatEntry(-1e-13)).toBe('0');
  expect(formatEntry(Math.SQRT1_2)).toBe('0.71');
  expect(formatEntry(-0.001)).toBe('0.00');
});

test('formatDegrees: radians to degrees with one decimal', () => {
  expect(formatDegrees(Math.PI / 4)).toBe('45.0°');
  expect(formatDegrees(-Math.PI)).toBe('-180.0°');
});

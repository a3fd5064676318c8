// Reading typed grids, counts and shapes, and joining the verdicts of an answer's parts.
import { describe, expect, test } from 'vitest';
import {
  checkCount,
  combineParts,
  parseCount,
  parseNumbers,
  parseShape,
} from '../../../../src/ui/exercises/answerFields';

describe('parsing', () => {
  test('shapes in the spellings students use', () => {
    for (const t of ['[6, 8, 32, 32]', '(6,8,32,32)', '6×8×32×32', '6 x 8 x 32 x 32', ' 6 8 32 32 '])
      expect(parseShape(t), t).toEqual([6, 8, 32, 32]);
    for (const t of ['', '[]', '[6, 8, , 32]', '[6, -8]', '6.5 x 2', 'six'])
      expect(parseShape(t), t).toBeNull();
  });
  test('counts with or without thousands separators; no decimals, signs or stray commas', () => {
    expect(parseCount('9600')).toBe(9600);
    expect(parseCount('9,600')).toBe(9600);
    expect(parseCount('9 600')).toBe(9600);
    expect(parseCount('41,472')).toBe(41472);
    for (const t of ['96,00', '9600.5', '-3', '', 'many']) expect(parseCount(t), t).toBeNull();
  });
  test('a grid is read only when every cell is a number', () => {
    expect(parseNumbers(['1', '−2', '0.5', '1/2'])).toEqual([1, -2, 0.5, 0.5]);
    expect(parseNumbers(['1', '', '3'])).toBeNull();
  });
});

describe('verdicts', () => {
  test('a count: right, a known mistake with its feedback, anything else without', () => {
    expect(checkCount(12, 12)).toBe(true);
    expect(checkCount(3, 12, [[3, 'too few']])).toEqual({ correct: false, feedback: 'too few' });
    expect(checkCount(5, 12, [[3, 'too few']])).toEqual({ correct: false, feedback: undefined });
    expect(checkCount(null, 12)).toEqual({ correct: false, feedback: 'type a whole number' });
  });
  test('parts: correct only when all are, and the feedback names each wrong part', () => {
    expect(
      combineParts([
        { name: 'A', result: true },
        { name: 'B', result: true },
      ]),
    ).toBe(true);
    const r = combineParts([
      { name: 'A', result: true },
      { name: 'B', result: { correct: false, feedback: 'why' } },
      { name: 'C', result: false },
    ]);
    expect(r).toEqual({ correct: false, feedback: 'B — not right: why. C — not right.' });
  });
});

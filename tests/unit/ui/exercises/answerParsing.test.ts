// Typed answers: every element name the app prints parses back to its element, in plain and
// compact (superscript) spelling; numbers accept Unicode minus and fractions.
import { describe, expect, test } from 'vitest';
import { cyclicGroup, dihedralGroup } from '../../../../src/math';
import { parseElement, parseNumber } from '../../../../src/ui/exercises/answerParsing';
import { compactLabel } from '../../../../src/ui/group/ElementLabel';

const groups = [1, 2, 3, 4, 6, 8].flatMap((n) => [cyclicGroup(n), dihedralGroup(n)]);

describe('parseElement', () => {
  test.each(groups.map((g) => [g.name, g] as const))('%s: labels and compact labels round-trip', (_, g) => {
    for (let a = 0; a < g.order; a++) {
      expect(parseElement(g, g.label(a))).toBe(a);
      expect(parseElement(g, compactLabel(g.label(a)))).toBe(a);
    }
  });
  test('other spellings of the normal form', () => {
    const d4 = dihedralGroup(4);
    expect(parseElement(d4, 'r^{3}s')).toBe(7);
    expect(parseElement(d4, 'R3 S')).toBe(7);
    expect(parseElement(d4, 'r·s')).toBe(5);
    expect(parseElement(d4, '1')).toBe(0);
    expect(parseElement(d4, 'r^4')).toBe(0); // r^4 = e
  });
  test('words outside the normal form, and reflections in C_N, are refused', () => {
    const d4 = dihedralGroup(4);
    for (const text of ['', 'sr', 's r^2', 'rr', 'x', 'r^', 'r-1'])
      expect(parseElement(d4, text), text).toBeNull();
    expect(parseElement(cyclicGroup(4), 's')).toBeNull();
  });
});

describe('parseNumber', () => {
  test.each([
    ['−1', -1],
    ['-0.5', -0.5],
    [' 2 ', 2],
    ['1/2', 0.5],
    ['-3/4', -0.75],
    ['0,25', 0.25],
    ['.5', 0.5],
    ['1e-3', 0.001],
  ])('%s -> %f', (text, value) => expect(parseNumber(text)).toBe(value));
  test.each(['', 'abc', '1/0', '--1', '1.2.3'])('%s is not a number', (text) =>
    expect(parseNumber(text)).toBeNull(),
  );
});

// Reading a widget's state back from a copied link: only for the named widget, and only values
// that make sense (anything else falls back to the default).
import { describe, expect, it } from 'vitest';
import { choiceFrom, isOrder, numberFrom } from '../../../../lessons/harmonic-filters/links';

describe('link parameters', () => {
  const p = new URLSearchParams('widget=order-chain&m=3&n=x&mode=sum&bias=-0.1&big=9');
  it('parses numbers and falls back on junk or invalid values', () => {
    expect(numberFrom(p, 'm', 1, isOrder)).toBe(3);
    expect(numberFrom(p, 'n', 2, isOrder)).toBe(2);
    expect(numberFrom(p, 'big', 0, isOrder)).toBe(0);
    expect(numberFrom(p, 'bias', 0)).toBe(-0.1);
    expect(numberFrom(null, 'm', 1)).toBe(1);
    expect(numberFrom(p, 'missing', 5)).toBe(5);
  });
  it('accepts only allowed choices', () => {
    expect(choiceFrom(p, 'mode', ['chain', 'sum'] as const, 'chain')).toBe('sum');
    expect(choiceFrom(p, 'mode', ['chain'] as const, 'chain')).toBe('chain');
  });
});

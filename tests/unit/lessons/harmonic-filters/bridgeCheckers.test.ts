// The aliasing exercise's checker: expected orders from the C_N characters of the math core, checked
// against the congruence n = m (mod N) written out by hand.
import { describe, expect, it } from 'vitest';
import { checkAliasedOrders, ordersSeenAs } from '../../../../lessons/harmonic-filters/exercises/bridgeCheckers';

describe('orders that alias onto m over C_N', () => {
  it('N = 8, m = 3, n in [-20, 20]: -13, -5, 3, 11, 19', () => {
    expect(ordersSeenAs(3, 8, -20, 20)).toEqual([-13, -5, 3, 11, 19]);
    expect(ordersSeenAs(1, 4, -8, 8)).toEqual([-7, -3, 1, 5]);
    expect(ordersSeenAs(0, 32, -40, 40)).toEqual([-32, 0, 32]);
  });

  it('accepts the list in any order, rejects the conjugate order and a missing m with a reason', () => {
    expect(checkAliasedOrders(3, 8, -20, 20, '19, 11, 3, -5, -13')).toBe(true);
    const conjugate = checkAliasedOrders(3, 8, -20, 20, '3, 5');
    expect(conjugate).toMatchObject({ correct: false });
    expect((conjugate as { feedback: string }).feedback).toContain('conjugate');
    expect(checkAliasedOrders(3, 8, -20, 20, '11, 19')).toMatchObject({ correct: false });
    expect(checkAliasedOrders(3, 8, -20, 20, '3, 11, 19')).toMatchObject({
      correct: false,
      feedback: expect.stringContaining('missing'),
    });
    expect(checkAliasedOrders(3, 8, -20, 20, 'three')).toMatchObject({ correct: false });
  });
});

// The measured rotation orders of small harmonic networks on the CPU engine agree with Worrall et al. 2017's
// rules: a single W_m has order m (phase change within 2° of mθ, bicubic resampling), chains add,
// equal-order sums keep the order, ℂ-ReLU keeps it and the magnitude has order 0.
import { describe, expect, test } from 'vitest';
import { measureOrder, TEST_ANGLE } from '../../../../src/experiments/harmonic/measuredOrder';

const DEG = Math.PI / 180;
/** Sampling and resampling error allowed on a measured phase change. */
const PHASE_TOL = 2 * DEG;

describe('measured rotation orders', () => {
  test('a single circular harmonic W_m, m = −3..3: change ≈ mθ, order m', () => {
    for (let m = -3; m <= 3; m++) {
      const r = measureOrder({ branches: [[m]], after: [] });
      expect(r.order, `m ${m}`).toBe(m);
      expect(Math.abs(r.change - m * TEST_ANGLE), `m ${m}`).toBeLessThan(PHASE_TOL);
    }
  });
  test('another test angle (20°) gives the same orders', () => {
    expect(measureOrder({ branches: [[2]], after: [] }, 20 * DEG).order).toBe(2);
    expect(measureOrder({ branches: [[-1, -1]], after: [] }, 20 * DEG).order).toBe(-2);
  });
  test('the lesson exercise: chain 2 then −3, plus −2 then 1, ℂ-ReLU, magnitude: −1, −1, −1, 0', () => {
    const A = [2, -3],
      B = [-2, 1];
    const orders = [
      measureOrder({ branches: [A], after: [] }),
      measureOrder({ branches: [A, B], after: [] }),
      measureOrder({ branches: [A, B], after: ['cRelu'] }),
      measureOrder({ branches: [A, B], after: ['cRelu', 'magnitude'] }),
    ];
    expect(orders.map((o) => o.order)).toEqual([-1, -1, -1, 0]);
    for (const o of orders) expect(Math.abs(o.change - o.order * TEST_ANGLE)).toBeLessThan(PHASE_TOL);
  });
});

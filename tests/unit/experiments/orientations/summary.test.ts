// The readout's summary of a finished sweep: first and last N, the floor's range, and the worst
// error over N divisible by 4 only at quarter turns.
import { describe, expect, it } from 'vitest';
import type { OrientationPoint } from '../../../../src/experiments/orientations/manyOrientations';
import { isQuarterTurn, summarize } from '../../../../src/experiments/orientations/summary';

const point = (N: number, nearest: number, linear: number, exact: number, gap = 0): OrientationPoint => ({
  N,
  gap,
  errors: { nearest, linear, exact },
});

describe('summarize', () => {
  it('orders by N and reports the floor range', () => {
    const s = summarize(
      [point(8, 0.2, 0.1, 0.03), point(4, 0.6, 0.4, 0.02), point(36, 0.05, 0.03, 0.04)],
      37,
    )!;
    expect(s.first.N).toBe(4);
    expect(s.last.N).toBe(36);
    expect(s.floor).toEqual([0.02, 0.04]);
    expect(s.quarterTurn).toBe(false);
    expect(s.quarterMax).toBeNaN();
  });

  it('at a quarter turn, the worst error over the N with a sample at theta only', () => {
    const six = point(6, 0.5, 0.2, 3e-8, Math.PI / 6);
    const s = summarize([point(4, 1e-8, 2e-8, 0), six, point(8, 0, 4e-8, 0)], 270)!;
    expect(s.quarterTurn).toBe(true);
    expect(s.quarterMax).toBe(4e-8);
    expect(s.onGrid).toEqual([4, 8]);
    expect(s.offGrid).toEqual([six]);
    expect(summarize([], 90)).toBeNull();
  });

  it('knows the quarter turns', () => {
    expect([0, 90, 180, 270].every(isQuarterTurn)).toBe(true);
    expect([1, 45, 89, 359].some(isQuarterTurn)).toBe(false);
  });
});

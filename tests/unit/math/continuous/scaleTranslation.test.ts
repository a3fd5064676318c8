// The scale-translation group against the product and inverse of Bekkers' lecture notes evaluated by hand (Bekkers' lecture notes);
// the hand values are dyadic rationals, so the comparison is exact (tolerance 0).
import { describe, expect, it } from 'vitest';
import { ScaleTranslation } from '../../../../src/math/continuous';

describe('R^2 ⋊ R^+', () => {
  it("(x, s)·(x', s') = (s x' + x, s s') for fixed numbers", () => {
    // 2 (3, -1) + (1, 0.5) = (7, -1.5), scale 2 · 0.25 = 0.5
    expect(ScaleTranslation.compose({ x: 1, y: 0.5, s: 2 }, { x: 3, y: -1, s: 0.25 })).toEqual({
      x: 7,
      y: -1.5,
      s: 0.5,
    });
    // 0.25 (1, 0.5) + (3, -1) = (3.25, -0.875): the order matters
    expect(ScaleTranslation.compose({ x: 3, y: -1, s: 0.25 }, { x: 1, y: 0.5, s: 2 })).toEqual({
      x: 3.25,
      y: -0.875,
      s: 0.5,
    });
  });

  it('(x, s)^{-1} = (-x / s, 1 / s) and e = (0, 1)', () => {
    expect(ScaleTranslation.inverse({ x: 4, y: -2, s: 4 })).toEqual({ x: -1, y: 0.5, s: 0.25 });
    expect(ScaleTranslation.identity()).toEqual({ x: 0, y: 0, s: 1 });
  });

  it('acts on the plane by p -> s p + x', () => {
    expect(ScaleTranslation.actOnPoint({ x: 1, y: 2, s: 3 }, [1, -1])).toEqual([4, -1]);
  });
});

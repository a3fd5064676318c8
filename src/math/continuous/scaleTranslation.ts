// The scale-translation group R^2 ⋊ R^+ (Bekkers' lecture notes, "The scale-translation group").
import type { LieGroup } from './lieGroup';

/** g = (x, s): translation (x, y) and dilation factor s > 0. */
export interface ScaleTranslationElement {
  readonly x: number;
  readonly y: number;
  readonly s: number;
}

/** Half-width of the box random translations are drawn from, and of the range of random log-scales. */
const RANDOM_TRANSLATION = 4;
const RANDOM_LOG_SCALE = 2;

/**
 * R^2 ⋊ R^+ with the product and inverse of Bekkers' lecture notes:
 *   (x, s)·(x', s') = (s x' + x, s s'),   (x, s)^{-1} = (-x / s, 1 / s),   e = (0, 1).
 * It acts on the plane by g·p = s p + x. Distance: sqrt(|x - x'|^2 + (ln s - ln s')^2).
 */
export const ScaleTranslation: LieGroup<ScaleTranslationElement> = {
  name: 'R² ⋊ R⁺',
  identity: () => ({ x: 0, y: 0, s: 1 }),
  compose: (a, b) => ({ x: a.s * b.x + a.x, y: a.s * b.y + a.y, s: a.s * b.s }),
  inverse: (a) => ({ x: -a.x / a.s, y: -a.y / a.s, s: 1 / a.s }),
  toMatrix: (a) => [
    [a.s, 0, a.x],
    [0, a.s, a.y],
    [0, 0, 1],
  ],
  actOnPoint: (a, p) => [a.s * p[0] + a.x, a.s * p[1] + a.y],
  random: (rng) => ({
    x: RANDOM_TRANSLATION * (2 * rng() - 1),
    y: RANDOM_TRANSLATION * (2 * rng() - 1),
    s: Math.exp(RANDOM_LOG_SCALE * (2 * rng() - 1)),
  }),
  distance: (a, b) => Math.hypot(a.x - b.x, a.y - b.y, Math.log(a.s) - Math.log(b.s)),
};

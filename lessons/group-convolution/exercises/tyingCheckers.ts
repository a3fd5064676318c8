// Checker of the "free weights of an isotropic kernel" exercise. The right counts come from the
// math core's weight tying (orbits of p4 or p4m on pairs of torus pixels), never typed in.
import { tiedWeights, torusWallpaper, type PlanarGroup } from '../../../src/math';
import type { CheckResult } from '../../../src/ui/exercises/Exercise';
import { checkCount, combineParts, parseCount } from '../../../src/ui/exercises/answerFields';

/**
 * Free parameters of an isotropic layer (plane to plane) with a size x size kernel, size odd: the
 * orbits of Z_n² ⋊ H on pairs of pixels of the size x size torus. A turn about the centre keeps
 * every cell of an odd kernel inside it, so these are the H-orbits of the kernel's cells.
 */
export function isotropicParameterCount(point: PlanarGroup, size: number): number {
  const { plane } = torusWallpaper(point, size);
  return tiedWeights(plane, plane).count;
}

/** values: the free parameters with H = C4 (p4), then with H = D4 (p4m); cells: size². */
export function checkIsotropicCounts(
  right: { p4: number; p4m: number },
  cells: number,
  values: readonly string[],
): CheckResult {
  const [p4, p4m] = values.map(parseCount);
  return combineParts([
    {
      name: 'p4',
      result: checkCount(p4, right.p4, [
        [cells, 'that is a dense kernel; a quarter turn ties each cell to three others'],
        [right.p4m, 'that is the count with mirrors; C4 alone cannot tie a pinwheel arm to its mirror image'],
      ]),
    },
    {
      name: 'p4m',
      result: checkCount(p4m, right.p4m, [
        [cells, 'that is a dense kernel; the eight elements of D4 tie cells together'],
        [right.p4, 'that is the count for C4; the mirrors of D4 also tie the two pinwheel arms together'],
      ]),
    },
  ]);
}

// Which per-degree quantity of a sphere function's coefficients survives rotations? Tested, not
// assumed: each degree block f^l of random coefficients is rotated by D^(l)(R) (Bekkers' lecture notes: the
// coefficients of L_R f are D^(l)(R) f^l) for random R, and the quantity compared before and after.
import { mulberry32 } from '../../layers';
import { so3Random, wignerD } from '../../math';
import { matvec } from '../../math/linalg';

export type DegreeQuantity = 'first' | 'sum' | 'max' | 'norm';

/** One number per degree block. */
const QUANTITIES: Record<DegreeQuantity, (block: readonly number[]) => number> = {
  first: (b) => b[0],
  sum: (b) => b.reduce((s, x) => s + x, 0),
  max: (b) => Math.max(...b.map(Math.abs)),
  norm: (b) => Math.hypot(...b),
};

export const DEGREE_QUANTITIES = Object.keys(QUANTITIES) as DegreeQuantity[];

export interface InvarianceTest {
  /** The largest |q(D^(l) f^l) - q(f^l)| over the degrees and rotations tried. */
  maxChange: number;
  /** Where it was largest: the degree and the value before and after. */
  worst: { l: number; before: number; after: number };
}

/** Degrees 0..MAX_DEGREE, ROTATIONS random rotations, fixed seed (the same verdict every time). */
const MAX_DEGREE = 3;
const ROTATIONS = 20;
const SEED = 11;
/** A quantity counts as invariant when it changes by less than this (coefficients are of order 1). */
export const INVARIANCE_TOLERANCE = 1e-9;

export function invarianceTest(quantity: DegreeQuantity): InvarianceTest {
  const rng = mulberry32(SEED);
  const q = QUANTITIES[quantity];
  const blocks = Array.from({ length: MAX_DEGREE + 1 }, (_, l) =>
    Array.from({ length: 2 * l + 1 }, () => 2 * rng() - 1),
  );
  let result: InvarianceTest = { maxChange: 0, worst: { l: 0, before: q(blocks[0]), after: q(blocks[0]) } };
  for (let k = 0; k < ROTATIONS; k++) {
    const R = so3Random(rng);
    blocks.forEach((f, l) => {
      const [before, after] = [q(f), q(matvec(wignerD(l, R), f))];
      if (Math.abs(after - before) > result.maxChange)
        result = { maxChange: Math.abs(after - before), worst: { l, before, after } };
    });
  }
  return result;
}

export const isInvariant = (quantity: DegreeQuantity): boolean =>
  invarianceTest(quantity).maxChange <= INVARIANCE_TOLERANCE;

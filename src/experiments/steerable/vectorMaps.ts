// Which maps of a type-1 vector v (components (y, z, x)) commute with every rotation? Tested, not
// assumed: for random v and random R, Φ(D^(1)(R) v) is compared with D^(1)(R) Φ(v), as in the lesson's
// nonlinearity widget. Only maps that act on the length alone, or multiply by an invariant, pass.
import { mulberry32 } from '../../math/random';
import { so3Random, wignerD } from '../../math/so3';
import { matvec } from '../../math/linalg';

export type VectorMap = 'relu' | 'norm' | 'component-gate' | 'bias';

const relu = (x: number) => Math.max(0, x);
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** The norm nonlinearity's bias and the constant vector the 'bias' map adds (along z). */
export const VECTOR_MAP_BIAS = -0.5;
export const ADDED_VECTOR = [0, 0.5, 0];

export const VECTOR_MAPS: Record<VectorMap, (v: readonly number[]) => number[]> = {
  /** ReLU on each component. */
  relu: (v) => v.map(relu),
  /** ReLU(‖v‖ + b) v/‖v‖. */
  norm: (v) => {
    const n = Math.hypot(...v);
    return n === 0 ? v.map(() => 0) : v.map((x) => (relu(n + VECTOR_MAP_BIAS) * x) / n);
  },
  /** sigmoid(v_{−1}) v: a gate read from one component (the y component), not from an invariant. */
  'component-gate': (v) => v.map((x) => sigmoid(v[0]) * x),
  /** v + a fixed vector. */
  bias: (v) => v.map((x, k) => x + ADDED_VECTOR[k]),
};

export const VECTOR_MAP_NAMES = Object.keys(VECTOR_MAPS) as VectorMap[];

export interface VectorMapTest {
  /** The largest ‖Φ(D v) − D Φ(v)‖ over the pairs (v, R) tried. */
  maxError: number;
  /** The pair where it was largest: v, D v, and both sides of the diagram. */
  worst: { v: number[]; rotatedThenMapped: number[]; mappedThenRotated: number[] };
}

/** Fixed seed and count: the same verdict every time. Vectors have components in [−1, 1]. */
const SEED = 17;
const TRIALS = 20;
/** A map counts as commuting when every error is below this (the vectors are of order 1). */
export const VECTOR_MAP_TOLERANCE = 1e-9;

export function vectorMapTest(map: VectorMap): VectorMapTest {
  const rng = mulberry32(SEED);
  const phi = VECTOR_MAPS[map];
  let result: VectorMapTest | null = null;
  for (let k = 0; k < TRIALS; k++) {
    const v = [0, 1, 2].map(() => 2 * rng() - 1);
    const d = wignerD(1, so3Random(rng));
    const rotatedThenMapped = phi(matvec(d, v));
    const mappedThenRotated = matvec(d, phi(v));
    const error = Math.hypot(...rotatedThenMapped.map((x, i) => x - mappedThenRotated[i]));
    if (result === null || error > result.maxError)
      result = { maxError: error, worst: { v, rotatedThenMapped, mappedThenRotated } };
  }
  return result!;
}

export const commutesWithRotations = (map: VectorMap): boolean =>
  vectorMapTest(map).maxError < VECTOR_MAP_TOLERANCE;

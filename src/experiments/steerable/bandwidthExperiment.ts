// Why pointwise nonlinearities break exact SO(3) equivariance in spherical CNNs (Cohen et al. 2018;
// Esteves et al. 2018): a band-limited function is sampled on
// the 2b x 2b Driscoll-Healy grid, passed through a pointwise nonlinearity σ, and projected back to
// bandwidth b by quadrature. Rotating first and rotating last (by D^l on the coefficients) agree only
// when σ∘f has no degrees the grid aliases; the relative difference is the equivariance error.
import type { Matrix } from '../../math/linalg';
import { realSphericalHarmonicsUpTo, wignerD } from '../../math/so3';
import { mulberry32, normalSampler } from '../../math/random';
import { analyze, harmonicBasis, inverseRotatePoint, synthesize } from './sphereFunctions';
import { driscollHealyGrid, type SphereRule } from '../../math/so3/quadrature';

export type Nonlinearity = 'identity' | 'square' | 'tanh' | 'relu';

export const NONLINEARITIES: Record<Nonlinearity, { label: string; apply(x: number): number }> = {
  identity: { label: 'none (σ(x) = x)', apply: (x) => x },
  square: { label: 'σ(x) = x²', apply: (x) => x * x },
  tanh: { label: 'tanh', apply: Math.tanh },
  relu: { label: 'ReLU', apply: (x) => Math.max(0, x) },
};

export const MAX_BANDWIDTH = 16;

interface Grid {
  rule: SphereRule;
  /** Y_{l,m} at the grid points for l < b. */
  basis: Float64Array[];
}

const GRIDS = new Map<number, Grid>();

function grid(b: number): Grid {
  let g = GRIDS.get(b);
  if (!g) {
    const rule = driscollHealyGrid(b);
    g = { rule, basis: harmonicBasis(b, rule.points) };
    GRIDS.set(b, g);
  }
  return g;
}

/** Random coefficients for degrees l < b0, scaled so the function has unit root-mean-square on the sphere. */
export function randomBandLimited(b0: number, seed: number): number[] {
  const normal = normalSampler(mulberry32(seed));
  const c = Array.from({ length: b0 * b0 }, normal);
  const norm = Math.hypot(...c);
  // ∫ f² = Σ c² (orthonormal basis), so mean f² = Σ c² / 4π.
  return c.map((x) => (x * Math.sqrt(4 * Math.PI)) / norm);
}

/** The real Wigner-D blocks D^0(R) .. D^{b-1}(R), computed once per rotation and shared by every b. */
export function wignerBlocks(r: Matrix, b: number): Matrix[] {
  return Array.from({ length: b }, (_, l) => wignerD(l, r));
}

function rotateWithBlocks(coeffs: readonly number[], blocks: readonly Matrix[]): number[] {
  const b = Math.round(Math.sqrt(coeffs.length));
  const out: number[] = [];
  for (let l = 0; l < b; l++) {
    const block = coeffs.slice(l * l, (l + 1) * (l + 1));
    for (const row of blocks[l]) out.push(row.reduce((s, x, j) => s + x * block[j], 0));
  }
  return out;
}

/** f at the grid points, and f∘R^{-1} at the grid points (both exact: evaluated from the coefficients). */
function sampleBoth(coeffs: readonly number[], b: number, r: Matrix): { plain: number[]; rotated: number[] } {
  const b0 = Math.round(Math.sqrt(coeffs.length));
  if (b < b0) throw new RangeError(`equivarianceError: grid bandwidth ${b} below the input's ${b0}`);
  const g = grid(b);
  const rotatedBasis = g.rule.points.map((p) =>
    realSphericalHarmonicsUpTo(b0 - 1, inverseRotatePoint(r, p)).flat(),
  );
  return {
    plain: synthesize(
      coeffs,
      g.basis.map((row) => row.subarray(0, b0 * b0)),
    ),
    rotated: synthesize(
      coeffs,
      rotatedBasis.map((row) => Float64Array.from(row)),
    ),
  };
}

/**
 * ||P_b σ(f∘R^{-1}) − D(R) P_b σ(f)|| / ||D(R) P_b σ(f)||, with P_b the quadrature projection on the
 * 2b x 2b grid. `blocks` are the Wigner-D matrices of R up to degree b-1 at least.
 */
export function equivarianceError(
  coeffs: readonly number[],
  b: number,
  sigma: Nonlinearity,
  r: Matrix,
  blocks: readonly Matrix[],
): number {
  const g = grid(b);
  const f = NONLINEARITIES[sigma].apply;
  const { plain, rotated } = sampleBoth(coeffs, b, r);
  const rotateFirst = analyze(rotated.map(f), g.rule, g.basis, b);
  const rotateLast = rotateWithBlocks(analyze(plain.map(f), g.rule, g.basis, b), blocks);
  const diff = Math.hypot(...rotateFirst.map((x, k) => x - rotateLast[k]));
  return diff / Math.hypot(...rotateLast);
}

export interface SweepPoint {
  b: number;
  error: number;
}

/**
 * The error for b = from..MAX_BANDWIDTH. With `fill` false the input keeps bandwidth b0 while the grid
 * grows; with `fill` true every b gets its own random input of bandwidth b (it fills the grid's band).
 */
export function bandwidthSweep(opts: {
  b0: number;
  from: number;
  sigma: Nonlinearity;
  r: Matrix;
  seed: number;
  fill: boolean;
}): SweepPoint[] {
  const blocks = wignerBlocks(opts.r, MAX_BANDWIDTH);
  const fixed = randomBandLimited(opts.b0, opts.seed);
  const out: SweepPoint[] = [];
  for (let b = opts.from; b <= MAX_BANDWIDTH; b++) {
    const coeffs = opts.fill ? randomBandLimited(b, opts.seed + b) : fixed;
    out.push({ b, error: equivarianceError(coeffs, b, opts.sigma, opts.r, blocks) });
  }
  return out;
}

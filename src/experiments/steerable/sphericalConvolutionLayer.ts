// The pieces around a spherical convolution in a spherical CNN layer (Cohen et al. 2018; Esteves et al.
// 2018): the inputs and zonal filters the widget offers, and what a pointwise nonlinearity does to the
// (pooled) output: how much of σ∘g lies above g's bandwidth, and the equivariance error once it is
// sampled and projected back (the measurement of bandwidthExperiment, reused).
import type { Matrix } from '../../math/linalg';
import { realSphericalHarmonicsUpTo } from '../../math/so3';
import { gaussLegendreSphere } from '../../math/so3/quadrature';
import {
  equivarianceError,
  NONLINEARITIES,
  randomBandLimited,
  wignerBlocks,
  type Nonlinearity,
} from './bandwidthExperiment';
import { harmonicBasis, synthesize } from './sphereFunctions';
import { bandwidthOf } from './sphericalConvolution';

export const INPUT_PRESETS = ['random', 'bumps'] as const;
export type InputPreset = (typeof INPUT_PRESETS)[number];
export const FILTER_PRESETS = ['heat', 'cap', 'degree2'] as const;
export type FilterPreset = (typeof FILTER_PRESETS)[number];

const toRad = Math.PI / 180;
const at = (lon: number, lat: number) => [
  Math.cos(lat * toRad) * Math.cos(lon * toRad),
  Math.cos(lat * toRad) * Math.sin(lon * toRad),
  Math.sin(lat * toRad),
];

/** A spike at q smoothed to degrees l < b: Σ_l e^{-l(l+1)/20} Y^{(l)}(q)·Y^{(l)} (addition theorem). */
function bump(b: number, q: readonly number[]): number[] {
  return realSphericalHarmonicsUpTo(b - 1, q).flatMap((y, l) =>
    y.map((v) => v * Math.exp(-(l * (l + 1)) / 20)),
  );
}

/** The input f of bandwidth b: random coefficients of unit root-mean-square, or a positive and a negative bump. */
export function inputCoefficients(preset: InputPreset, b: number, seed: number): number[] {
  if (preset === 'random') return randomBandLimited(b, seed);
  const plus = bump(b, at(30, 35));
  const minus = bump(b, at(-40, -15));
  return plus.map((x, k) => x - 0.6 * minus[k]);
}

/** P_l(t) by the three-term recurrence. */
export function legendre(l: number, t: number): number {
  let [p0, p1] = [1, t];
  if (l === 0) return 1;
  for (let k = 2; k <= l; k++) [p0, p1] = [p1, ((2 * k - 1) * t * p1 - (k - 1) * p0) / k];
  return p1;
}

/** Heat-kernel time of the 'heat' filter and angular radius of the 'cap'. */
export const HEAT_TIME = 0.05;
export const CAP_RADIUS = 45 * toRad;

/**
 * h^0_l for l < b. heat: sqrt((2l+1)/4π) e^{-l(l+1)t}, so c_l h^0_l = e^{-l(l+1)t} (a blur).
 * cap: the indicator of the cap of angular radius α about n divided by its area, truncated to l < b:
 * h^0_l = sqrt((2l+1)/4π) (P_{l-1}(a) − P_{l+1}(a)) / ((2l+1)(1 − a)), a = cos α, from
 * ∫_a^1 P_l = (P_{l-1}(a) − P_{l+1}(a))/(2l+1). degree2: h = Y^{(2)}_0 alone.
 */
export function filterCoefficients(preset: FilterPreset, b: number): number[] {
  return Array.from({ length: b }, (_, l) => {
    const norm = Math.sqrt((2 * l + 1) / (4 * Math.PI));
    if (preset === 'heat') return norm * Math.exp(-l * (l + 1) * HEAT_TIME);
    if (preset === 'degree2') return l === 2 ? 1 : 0;
    const a = Math.cos(CAP_RADIUS);
    if (l === 0) return norm;
    return (norm * (legendre(l - 1, a) - legendre(l + 1, a))) / ((2 * l + 1) * (1 - a));
  });
}

/** A fine Gauss-Legendre rule (96 nodes in z, 192 in φ) for the energy of σ∘g; exact below degree 192. */
const FINE_NODES = 96;
let fine: { rule: ReturnType<typeof gaussLegendreSphere>; bases: Map<number, Float64Array[]> } | null = null;

function fineBasis(b: number) {
  fine ??= { rule: gaussLegendreSphere(FINE_NODES), bases: new Map() };
  let basis = fine.bases.get(b);
  if (!basis) {
    basis = harmonicBasis(b, fine.rule.points);
    fine.bases.set(b, basis);
  }
  return { rule: fine.rule, basis };
}

/** The share of ∫(σ∘g)² in degrees l ≥ b, with b the bandwidth of g (fine quadrature; exact for
 *  polynomial σ of low degree, accurate to about 1e-4 relative for ReLU's kink). */
export function energyAboveBand(g: readonly number[], sigma: Nonlinearity): number {
  const b = bandwidthOf(g);
  const { rule, basis } = fineBasis(b);
  const f = NONLINEARITIES[sigma].apply;
  const values = synthesize(g, basis).map(f);
  let total = 0;
  const inBand = new Array<number>(b * b).fill(0);
  values.forEach((v, i) => {
    total += rule.weights[i] * v * v;
    for (let k = 0; k < b * b; k++) inBand[k] += rule.weights[i] * v * basis[i][k];
  });
  const kept = inBand.reduce((s, c) => s + c * c, 0);
  return total === 0 ? 0 : (total - kept) / total;
}

/** ‖P_b σ(g∘R^{-1}) − D(R) P_b σ(g)‖ / ‖D(R) P_b σ(g)‖ on the 2b × 2b Driscoll-Healy grid, b = g's bandwidth. */
export function sigmaEquivarianceError(g: readonly number[], sigma: Nonlinearity, r: Matrix): number {
  const b = bandwidthOf(g);
  return equivarianceError(g, b, sigma, r, wignerBlocks(r, b));
}

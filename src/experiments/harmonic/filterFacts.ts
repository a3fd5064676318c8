// The numbers the filter explorer shows about the sampled filter, all computed from its samples.
import { circularHarmonic, radialValue, type RadialProfile } from '../../layers';
import { angularSpectrum, filterSum, quarterTurnError } from './harmonicFilters';
import { modulus } from './phase';

export interface FilterFacts {
  /** The complex samples [2, K, K]. */
  samples: Float32Array;
  /** max |L_90 W - e^{-i m 90deg} W| / max |W|. */
  quarterTurnError: number;
  /** |sum W| / sum |W|: the response to a constant image, relative. */
  constantResponse: number;
  /** The order where the angular spectrum peaks, and its share of the weight. */
  peakOrder: number;
  peakShare: number;
  /** Share of the weight in orders m + 4j, j != 0 (the square grid's aliases). */
  aliasShare: number;
  /** max |Re W|, |Im W|, for the colour range. */
  maxAbs: number;
  /**
   * R(K/2) / max R over [0, K/2]: how high the radial profile still is where the disc support cuts
   * it off. A sharp cut costs phase-law accuracy on smooth inputs (the harmonic tests measure it).
   */
  edgeShare: number;
}

/**
 * R(K/2) relative to the profile's maximum on [0, K/2], 0 for a zero profile. The maximum is exact:
 * a ring peaks at its radius (clamped to the disc), a sampled profile (linear between integer
 * radii) at one of its samples or at the edge.
 */
export function edgeShare(radial: RadialProfile, K: number): number {
  const edge = K / 2;
  const candidates =
    radial.kind === 'gaussianRing'
      ? [Math.min(Math.max(radial.radius, 0), edge), edge]
      : [...Array.from({ length: Math.floor(edge) + 1 }, (_, k) => k), edge];
  const peak = Math.max(...candidates.map((r) => Math.abs(radialValue(radial, r))));
  return peak > 0 ? Math.abs(radialValue(radial, edge)) / peak : 0;
}

export function filterFacts(order: number, K: number, radial: RadialProfile, phase: number): FilterFacts {
  const samples = circularHarmonic(order, K, radial, phase);
  const kk = K * K;
  let [l1, maxAbs] = [0, 0];
  for (let k = 0; k < kk; k++) {
    l1 += Math.hypot(samples[k], samples[kk + k]);
    maxAbs = Math.max(maxAbs, Math.abs(samples[k]), Math.abs(samples[kk + k]));
  }
  const spectrum = angularSpectrum(samples, K);
  const peak = spectrum.reduce((a, b) => (b.share > a.share ? b : a));
  const alias = spectrum
    .filter((s) => s.order !== order && (((s.order - order) % 4) + 4) % 4 === 0)
    .reduce((sum, s) => sum + s.share, 0);
  return {
    samples,
    quarterTurnError: quarterTurnError(samples, K, order),
    constantResponse: l1 > 0 ? modulus(filterSum(samples, K)) / l1 : 0,
    peakOrder: peak.order,
    peakShare: peak.share,
    aliasShare: alias,
    maxAbs,
    edgeShare: edgeShare(radial, K),
  };
}

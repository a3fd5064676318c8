// Sampled circular harmonics W_m = R(r) e^{i(m phi + beta)} (Worrall et al. 2017) as the widgets use them:
// scaled so that |W_m * x| <= max |x|, and the facts the filter explorer measures on the samples.
import { circularHarmonic, type RadialProfile } from '../../layers';
import type { Complex } from './phase';

/** sum_d |W_m(d)| of the sampled harmonic (the bound on its response to an image in [-1, 1]). */
export function harmonicL1(order: number, K: number, radial: RadialProfile): number {
  const w = circularHarmonic(order, K, radial);
  const kk = K * K;
  let sum = 0;
  for (let k = 0; k < kk; k++) sum += Math.hypot(w[k], w[kk + k]);
  return sum;
}

/** The complex weight [1, 1, 2] of a one-filter HarmonicConvLayer: e^{i beta} / sum |W_m|. */
export function harmonicWeights(order: number, K: number, radial: RadialProfile, beta: number): Float32Array {
  const l1 = harmonicL1(order, K, radial);
  const scale = l1 > 0 ? 1 / l1 : 0;
  return Float32Array.of(scale * Math.cos(beta), scale * Math.sin(beta));
}

/** The complex samples [2, K, K] rotated by 90 degrees counter-clockwise: out(p) = w(R_-90 p). */
export function rotateQuarter(w: Float32Array, K: number): Float32Array {
  const out = new Float32Array(w.length);
  const kk = K * K;
  for (let a = 0; a < K; a++)
    for (let b = 0; b < K; b++) {
      // Pixel (a, b) sits at x = b - c, y = c - a; R_-90 (x, y) = (y, -x) lies at row b, column K-1-a.
      const from = b * K + (K - 1 - a);
      out[a * K + b] = w[from];
      out[kk + a * K + b] = w[kk + from];
    }
  return out;
}

/**
 * max |L_90 W - e^{-i m 90deg} W| / max |W|. Turning the filter by theta gives
 * W_m(r, phi - theta) = e^{-i m theta} W_m (the input's turn gives the response e^{+i m theta}); on
 * the square grid a quarter turn permutes the samples, so this is 0 up to rounding for a harmonic.
 */
export function quarterTurnError(w: Float32Array, K: number, order: number): number {
  const turned = rotateQuarter(w, K);
  const kk = K * K;
  const [c, s] = [Math.cos((order * Math.PI) / 2), -Math.sin((order * Math.PI) / 2)];
  let [worst, peak] = [0, 0];
  for (let k = 0; k < kk; k++) {
    const [re, im] = [c * w[k] - s * w[kk + k], s * w[k] + c * w[kk + k]];
    worst = Math.max(worst, Math.hypot(turned[k] - re, turned[kk + k] - im));
    peak = Math.max(peak, Math.hypot(w[k], w[kk + k]));
  }
  return peak > 0 ? worst / peak : 0;
}

/** sum_d W(d): the response to a constant image (0 for m != 0 on a symmetric grid). */
export function filterSum(w: Float32Array, K: number): Complex {
  const kk = K * K;
  let [re, im] = [0, 0];
  for (let k = 0; k < kk; k++) {
    re += w[k];
    im += w[kk + k];
  }
  return [re, im];
}

/**
 * The angular spectrum of the samples: |a_k|^2 / sum_j |a_j|^2 with a_k = sum_d W(d) e^{-i k phi_d}
 * for k = -kMax..kMax (phi_d the angle of pixel offset d). A harmonic of order m puts its weight
 * on k = m, and the square grid leaks some into k = m +- 4, m +- 8 (its symmetry is only C4).
 */
export function angularSpectrum(w: Float32Array, K: number, kMax = 8): { order: number; share: number }[] {
  const kk = K * K;
  const c = (K - 1) / 2;
  const amps: number[] = [];
  for (let k = -kMax; k <= kMax; k++) {
    let [re, im] = [0, 0];
    for (let a = 0; a < K; a++)
      for (let b = 0; b < K; b++) {
        const [x, y] = [b - c, c - a];
        if (x === 0 && y === 0) continue;
        const phi = Math.atan2(y, x);
        const [u, v] = [w[a * K + b], w[kk + a * K + b]];
        const [cs, sn] = [Math.cos(k * phi), -Math.sin(k * phi)];
        re += u * cs - v * sn;
        im += u * sn + v * cs;
      }
    amps.push(re * re + im * im);
  }
  const total = amps.reduce((s, v) => s + v, 0);
  return amps.map((v, i) => ({ order: i - kMax, share: total > 0 ? v / total : 0 }));
}

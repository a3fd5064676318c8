// Circular harmonic filters of harmonic networks (Worrall et al. 2017; Worrall et al., "Harmonic Networks",
// CVPR 2017): W_m(r, phi) = R(r) e^{i(m phi + beta)}. Correlating a rotated input with W_m
// multiplies the response by e^{i m theta}, and chained orders add. Sampled at the K x K pixel
// centres (x = b - (K-1)/2, y = (K-1)/2 - a, y up, phi counter-clockwise from +x), with disc
// support r <= K/2 and R(0) := 0 for m != 0, where phi is undefined.

/** The radial profile R(r): a Gaussian ring exp(-(r - radius)^2 / (2 width^2)), or values at r = 0, 1, 2, ... */
export type RadialProfile =
  { kind: 'gaussianRing'; radius: number; width: number } | { kind: 'sampled'; values: readonly number[] };

/** Orders the harmonic layers offer in the lessons. */
export const HARMONIC_ORDERS = [-4, -3, -2, -1, 0, 1, 2, 3, 4] as const;

/** A ring at two thirds of the kernel's radius, about one pixel wide (default profile). */
export function defaultRadialProfile(K: number): RadialProfile {
  return { kind: 'gaussianRing', radius: (K - 1) / 3, width: Math.max(K / 8, 0.75) };
}

/** R(r) of a profile. */
export function radialValue(profile: RadialProfile, r: number): number {
  if (profile.kind === 'gaussianRing') {
    const d = (r - profile.radius) / profile.width;
    return Math.exp(-0.5 * d * d);
  }
  // Linear between samples, falling linearly to 0 one pixel after the last sample.
  const at = (k: number): number => (k < profile.values.length ? profile.values[k] : 0);
  const k = Math.floor(r);
  return at(k) + (r - k) * (at(k + 1) - at(k));
}

/** W_m(r, phi) = R(r) e^{i(m phi + beta)} on a K x K grid: complex [2, K, K] (real plane, imaginary plane). */
export function circularHarmonic(order: number, K: number, profile: RadialProfile, phase = 0): Float32Array {
  if (!Number.isInteger(order)) throw new Error(`circularHarmonic: order ${order} is not an integer`);
  const out = new Float32Array(2 * K * K);
  const c = (K - 1) / 2;
  for (let a = 0; a < K; a++) {
    for (let b = 0; b < K; b++) {
      const x = b - c;
      const y = c - a;
      const r = Math.hypot(x, y);
      if (r > K / 2 || (r === 0 && order !== 0)) continue;
      const angle = order * Math.atan2(y, x) + phase;
      const R = radialValue(profile, r);
      out[a * K + b] = R * Math.cos(angle);
      out[K * K + a * K + b] = R * Math.sin(angle);
    }
  }
  return out;
}

/**
 * The real bank of a complex correlation, so it runs as ONE real correlation. kernels: complex
 * [O, C, 2, K, K]. Complex input [C, 2, H, W]: bank [2O, 2C, K, K] with blocks [[k_r, -k_i], [k_i, k_r]]
 * (real and imaginary parts of (x + iy)(u + iv)); real input [C, H, W]: bank [2O, C, K, K] = [[k_r], [k_i]].
 */
export function expandComplexBank(
  kernels: Float32Array,
  O: number,
  C: number,
  K: number,
  complexInput: boolean,
): Float32Array {
  const kk = K * K;
  const inPlanes = complexInput ? 2 * C : C;
  const bank = new Float32Array(2 * O * inPlanes * kk);
  const put = (row: number, col: number, from: number, sign: number): void => {
    const to = (row * inPlanes + col) * kk;
    for (let k = 0; k < kk; k++) bank[to + k] = sign * kernels[from + k];
  };
  for (let o = 0; o < O; o++) {
    for (let c = 0; c < C; c++) {
      const re = (o * C + c) * 2 * kk;
      const im = re + kk;
      if (!complexInput) {
        put(2 * o, c, re, 1);
        put(2 * o + 1, c, im, 1);
        continue;
      }
      put(2 * o, 2 * c, re, 1);
      put(2 * o, 2 * c + 1, im, -1);
      put(2 * o + 1, 2 * c, im, 1);
      put(2 * o + 1, 2 * c + 1, re, 1);
    }
  }
  return bank;
}

// Spherical convolution with a zonal filter (a filter symmetric about the north pole n = ẑ):
//   (f * h)(p) = ∫_{S²} f(x) h(R_p^{-1} x) dx,   R_p any rotation with R_p n = p,
// the SO(3) integral of Driscoll & Healy (1994) with the turns about the pole integrated out, which
// h's symmetry allows. Its spectral theorem (Driscoll & Healy 1994, Theorem 1, in the orthonormal
// normalisation of the app's real harmonics):
//   (f * h)^m_l = c_l f^m_l h^0_l,   c_l = √(4π/(2l+1)),
// which is the Funk-Hecke formula, true for every harmonic of degree l, real ones included.
// Here the convolution is computed directly by quadrature on the sphere and spectrally from the
// coefficients, so the two can be compared; coefficients use the flat layout of sphereFunctions.
import type { Matrix } from '../../math/linalg';
import { realSphericalHarmonicsUpTo, so3FromEulerZYZ } from '../../math/so3';
import { gaussLegendreSphere, type SphereRule } from '../../math/so3/quadrature';
import { analyze, harmonicBasis, harmonicIndex, inverseRotatePoint, synthesize } from './sphereFunctions';

/** c_l of the spectral theorem for orthonormal harmonics. */
export const convolutionConstant = (l: number) => Math.sqrt((4 * Math.PI) / (2 * l + 1));

/** The bandwidth b of a flat coefficient vector of length b². */
export const bandwidthOf = (coeffs: readonly number[]) => Math.round(Math.sqrt(coeffs.length));

/** R_p = R_z(φ) R_y(θ) with (θ, φ) the polar angles of p: it takes n = ẑ to p. */
export function rotationToPoint(p: readonly number[]): Matrix {
  const r = Math.hypot(p[0], p[1], p[2]);
  return so3FromEulerZYZ(Math.atan2(p[1], p[0]), Math.acos(Math.max(-1, Math.min(1, p[2] / r))), 0);
}

/** f(p) = Σ f^m_l Y^{(l)}_m(p). */
export function evaluateAt(coeffs: readonly number[], p: readonly number[]): number {
  const y = realSphericalHarmonicsUpTo(bandwidthOf(coeffs) - 1, p).flat();
  return coeffs.reduce((s, c, k) => s + c * y[k], 0);
}

/** The zonal filter h = Σ_l h^0_l Y^{(l)}_0 at the point y. */
export function evaluateZonal(h0: readonly number[], y: readonly number[]): number {
  const harmonics = realSphericalHarmonicsUpTo(h0.length - 1, y);
  return h0.reduce((s, c, l) => s + c * harmonics[l][l], 0);
}

/** The zonal filter's flat coefficients: h^0_l at m = 0, zero elsewhere. */
export function zonalCoefficients(h0: readonly number[]): number[] {
  const out = new Array<number>(h0.length * h0.length).fill(0);
  h0.forEach((c, l) => (out[harmonicIndex(l, 0)] = c));
  return out;
}

/** The quadrature rule for a bandwidth b: Gauss-Legendre, b nodes in z, 2b in φ, exact below degree 2b,
 *  so for every product of two functions of degree < b. */
const RULES = new Map<number, { rule: SphereRule; basis: Float64Array[] }>();
export function exactRule(b: number): { rule: SphereRule; basis: Float64Array[] } {
  let r = RULES.get(b);
  if (!r) {
    const rule = gaussLegendreSphere(b);
    r = { rule, basis: harmonicBasis(b, rule.points) };
    RULES.set(b, r);
  }
  return r;
}

/**
 * (f * h)(p) = Σ_i w_i f(x_i) h(R_p^{-1} x_i): the defining integral by quadrature, with f given by its
 * values at the rule's points x_i and h looked up at the rotated points (exact for band-limited f, h).
 */
export function convolveAt(
  fValues: readonly number[],
  rule: SphereRule,
  h0: readonly number[],
  p: readonly number[],
): number {
  const rp = rotationToPoint(p);
  let s = 0;
  rule.points.forEach(
    (x, i) => (s += rule.weights[i] * fValues[i] * evaluateZonal(h0, inverseRotatePoint(rp, x))),
  );
  return s;
}

/** The spectral side: (f * h)^m_l = c_l f^m_l h^0_l (zero for degrees the filter lacks). */
export function spectralConvolution(f: readonly number[], h0: readonly number[]): number[] {
  return f.map((c, k) => {
    const l = Math.floor(Math.sqrt(k));
    return l < h0.length ? convolutionConstant(l) * c * h0[l] : 0;
  });
}

export interface ConvolutionCheck {
  /** Coefficients of f * h measured from the directly convolved values by quadrature. */
  direct: number[];
  /** c_l f^m_l h^0_l. */
  spectral: number[];
  /** max over (l, m) of |direct − spectral|. */
  coefficientError: number;
  /** max over the rule's points of |(f * h)(p) direct − synthesised from the spectral coefficients|. */
  valueError: number;
  /** Per degree: the measured ratio (f * h)^m_l / (f^m_l h^0_l) at the m with the largest |f^m_l h^0_l|
   *  (NaN where that product vanishes). */
  measuredConstants: number[];
}

/** The direct convolution on the exact rule against the spectral theorem. */
export function checkSpectralTheorem(f: readonly number[], h0: readonly number[]): ConvolutionCheck {
  const b = Math.max(bandwidthOf(f), h0.length);
  const { rule, basis } = exactRule(b);
  const fValues = synthesize(
    f,
    basis.map((row) => row.subarray(0, f.length)),
  );
  const values = rule.points.map((p) => convolveAt(fValues, rule, h0, p));
  const direct = analyze(values, rule, basis, bandwidthOf(f));
  const spectral = spectralConvolution(f, h0);
  const synthesized = synthesize(
    spectral,
    basis.map((row) => row.subarray(0, f.length)),
  );
  return {
    direct,
    spectral,
    coefficientError: Math.max(...direct.map((x, k) => Math.abs(x - spectral[k]))),
    valueError: Math.max(...values.map((x, i) => Math.abs(x - synthesized[i]))),
    measuredConstants: measuredConstants(f, h0, direct),
  };
}

function measuredConstants(f: readonly number[], h0: readonly number[], direct: readonly number[]): number[] {
  return Array.from({ length: bandwidthOf(f) }, (_, l) => {
    let best = harmonicIndex(l, -l);
    for (let m = -l; m <= l; m++)
      if (Math.abs(f[harmonicIndex(l, m)]) > Math.abs(f[best])) best = harmonicIndex(l, m);
    const product = l < h0.length ? f[best] * h0[l] : 0;
    return Math.abs(product) > 1e-6 ? direct[best] / product : NaN;
  });
}

/**
 * Equivariance measured by quadrature alone, no Wigner-D: the direct convolution of f∘R^{-1} at the
 * rule's points p against (f * h)(R^{-1} p). Returns max |difference| / max |(f * h)∘R^{-1}|.
 */
export function convolutionEquivarianceError(f: readonly number[], h0: readonly number[], r: Matrix): number {
  const b = Math.max(bandwidthOf(f), h0.length);
  const { rule } = exactRule(b);
  const fValues = rule.points.map((x) => evaluateAt(f, x));
  const rotatedValues = rule.points.map((x) => evaluateAt(f, inverseRotatePoint(r, x)));
  let diff = 0;
  let size = 0;
  for (const p of rule.points) {
    const convolveThenRotate = convolveAt(fValues, rule, h0, inverseRotatePoint(r, p));
    diff = Math.max(diff, Math.abs(convolveAt(rotatedValues, rule, h0, p) - convolveThenRotate));
    size = Math.max(size, Math.abs(convolveThenRotate));
  }
  return size === 0 ? 0 : diff / size;
}

/** ‖f^l‖ for l < b: the invariant descriptor Des(f). */
export function degreeNorms(coeffs: readonly number[]): number[] {
  return Array.from({ length: bandwidthOf(coeffs) }, (_, l) =>
    Math.hypot(...coeffs.slice(l * l, (l + 1) * (l + 1))),
  );
}

/** The coefficients of f∘R^{-1} measured by quadrature from its values (no Wigner-D). */
export function rotatedCoefficients(f: readonly number[], r: Matrix): number[] {
  const b = bandwidthOf(f);
  const { rule, basis } = exactRule(b);
  const values = rule.points.map((x) => evaluateAt(f, inverseRotatePoint(r, x)));
  return analyze(values, rule, basis, b);
}

/** Spectral pooling: keep degrees l < b (the first b² coefficients). */
export const spectralPool = (coeffs: readonly number[], b: number): number[] => coeffs.slice(0, b * b);

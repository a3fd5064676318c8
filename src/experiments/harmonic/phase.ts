// Phase arithmetic of the harmonic widgets (Worrall et al. 2017): rotating the input by theta multiplies an
// order-m response by e^{i m theta}, so measured phase changes are compared with m theta, wrapped.

/** A complex number as [real, imaginary]. */
export type Complex = readonly [number, number];

const TAU = 2 * Math.PI;
export const DEG = 180 / Math.PI;

/** The angle wrapped into (-pi, pi]. */
export function wrapPhase(a: number): number {
  const w = a - TAU * Math.floor((a + Math.PI) / TAU);
  return w === -Math.PI ? Math.PI : w;
}

/** z1 conj(z0): the factor that turns z0 into z1, up to a positive scale. */
export function relativeFactor(z0: Complex, z1: Complex): Complex {
  return [z1[0] * z0[0] + z1[1] * z0[1], z1[1] * z0[0] - z1[0] * z0[1]];
}

/** arg(z1 / z0) in (-pi, pi]: how far the phase turned from z0 to z1 (NaN when either is 0). */
export function phaseChange(z0: Complex, z1: Complex): number {
  const [re, im] = relativeFactor(z0, z1);
  return re === 0 && im === 0 ? NaN : Math.atan2(im, re);
}

/** The measured phase change minus m theta, wrapped into (-pi, pi]: 0 when the phase law holds. */
export function phaseLawError(change: number, order: number, theta: number): number {
  return wrapPhase(change - order * theta);
}

/**
 * Rotation order estimated from one test rotation: Delta / theta, with Delta wrapped into (-pi, pi].
 * Unambiguous for orders |M| < pi / |theta| (the widgets keep theta small enough).
 */
export function estimateOrder(change: number, theta: number): number {
  return wrapPhase(change) / theta;
}

/** The largest |order| a test rotation by theta tells apart without wrapping: |M theta| < pi. */
export function maxResolvableOrder(theta: number): number {
  return Math.ceil(Math.PI / Math.abs(theta)) - 1;
}

export const modulus = (z: Complex): number => Math.hypot(z[0], z[1]);

/** Degrees with one decimal and a sign, e.g. "+74.0°". */
export function formatDegrees(rad: number, digits = 1): string {
  if (!Number.isFinite(rad)) return '—';
  const d = rad * DEG;
  return `${d >= 0 ? '+' : '−'}${Math.abs(d).toFixed(digits)}°`;
}

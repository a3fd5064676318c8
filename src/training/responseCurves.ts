// Rotation response curves of trained networks, by the procedure of Cammarata et al.'s "Curve
// Detectors" (Distill 2020) used in the lectures: for a neuron, take the test digits
// that activate it most, turn each through a full circle, record the neuron, align the peaks and
// average. A plain CNN's neurons each prefer some orientation of what they detect, unrelated to
// each other. A G-CNN's neuron comes in 4 orientation copies whose curves (on the same digits,
// not aligned) are the same curve shifted by exactly 90 degrees: a quarter turn of the input
// permutes them (Cohen & Welling 2016).
import * as tf from '@tensorflow/tfjs-core';
import { turnedDigits, type DigitSet } from './digits';
import type { DigitModel } from './models';

/** Angles of the curves: every STEP_DEGREES over a full circle (the lectures use 1; 2 halves the cost). */
export const STEP_DEGREES = 2;
const ANGLES = 360 / STEP_DEGREES;

export interface ResponseTable {
  /** activation[(d * ANGLES + a) * neurons + n]: digit d turned by a·STEP_DEGREES, neuron n. */
  activation: Float32Array;
  digits: number;
  neurons: number;
}

/** Every neuron on every one of `digits` test digits turned through the circle (batched forward passes). */
export async function responseTable(
  model: DigitModel,
  test: DigitSet,
  digits: number,
): Promise<ResponseTable> {
  const S = test.side;
  const indices: number[] = [];
  const angles: number[] = [];
  for (let d = 0; d < digits; d++)
    for (let a = 0; a < ANGLES; a++) {
      indices.push(d);
      angles.push((a * STEP_DEGREES * Math.PI) / 180);
    }
  const images = turnedDigits(test, indices, angles);
  const count = indices.length;
  let neurons = 0;
  let activation = new Float32Array(0);
  const batch = 360;
  for (let start = 0; start < count; start += batch) {
    const n = Math.min(batch, count - start);
    const out = tf.tidy(() =>
      model.neurons(tf.tensor4d(images.subarray(start * S * S, (start + n) * S * S), [n, S, S, 1])),
    );
    if (!neurons) {
      neurons = out.shape[1];
      activation = new Float32Array(count * neurons);
    }
    activation.set((await out.data()) as Float32Array, start * neurons);
    out.dispose();
  }
  return { activation, digits, neurons };
}

const at = (t: ResponseTable, d: number, a: number, n: number) =>
  t.activation[(d * ANGLES + a) * t.neurons + n];

/** The `k` digits with the largest upright activation of neuron n. */
export function topDigits(t: ResponseTable, n: number, k: number): number[] {
  return Array.from({ length: t.digits }, (_, d) => d)
    .sort((p, q) => at(t, q, 0, n) - at(t, p, 0, n))
    .slice(0, k);
}

/** Neuron m's curve averaged over digits (no alignment), in angle steps. */
export function meanCurve(t: ResponseTable, m: number, digits: readonly number[]): number[] {
  return Array.from(
    { length: ANGLES },
    (_, a) => digits.reduce((sum, d) => sum + at(t, d, a, m), 0) / digits.length,
  );
}

/** Neuron n's curve per digit, each shifted so its peak sits at 0 degrees, then averaged. */
export function alignedCurve(t: ResponseTable, n: number, digits: readonly number[]): number[] {
  const out = new Array<number>(ANGLES).fill(0);
  for (const d of digits) {
    let peak = 0;
    for (let a = 1; a < ANGLES; a++) if (at(t, d, a, n) > at(t, d, peak, n)) peak = a;
    for (let a = 0; a < ANGLES; a++) out[a] += at(t, d, (peak + a) % ANGLES, n) / digits.length;
  }
  return out;
}

/** Peak over mean of a curve: 1 for a neuron that ignores rotation, large for a selective one. */
export function selectivity(curve: readonly number[]): number {
  const mean = curve.reduce((a, b) => a + b, 0) / curve.length;
  return Math.max(...curve) / Math.max(mean, 1e-12);
}

export interface CurveSet {
  /** One curve per neuron shown: (degrees, activation) pairs. */
  curves: { neuron: number; orientation: number | null; points: [number, number][] }[];
}

const asPoints = (curve: number[]): [number, number][] => curve.map((v, a) => [a * STEP_DEGREES, v]);

/** The plain CNN's `count` most rotation-selective neurons, peaks aligned at 0 degrees. */
export function plainCurves(t: ResponseTable, count: number, k: number): CurveSet {
  const ranked = Array.from({ length: t.neurons }, (_, n) => ({
    n,
    curve: alignedCurve(t, n, topDigits(t, n, k)),
  }))
    .map((c) => ({ ...c, s: selectivity(c.curve) }))
    .sort((p, q) => q.s - p.s)
    .slice(0, count);
  return { curves: ranked.map((c) => ({ neuron: c.n, orientation: null, points: asPoints(c.curve) })) };
}

/**
 * The G-CNN's most rotation-selective channel, its 4 orientation copies averaged over the digits
 * that excite orientation 0 most (not aligned), and how far copy k is from copy 0 shifted by 90k
 * degrees (relative to the curve's peak; round-off for an exact G-CNN).
 */
export function gcnnCurves(t: ResponseTable, k: number): CurveSet & { channel: number; shiftError: number } {
  const C = t.neurons / 4; // k-major: neuron o·C + c is channel c at orientation o
  let best = 0;
  let bestS = -1;
  for (let c = 0; c < C; c++) {
    const s = selectivity(alignedCurve(t, c, topDigits(t, c, k)));
    if (s > bestS) [best, bestS] = [c, s];
  }
  const digits = topDigits(t, best, k);
  const curves = [0, 1, 2, 3].map((o) => meanCurve(t, o * C + best, digits));
  const quarter = 90 / STEP_DEGREES;
  const peak = Math.max(...curves[0].map(Math.abs));
  let shiftError = 0;
  for (let o = 1; o < 4; o++)
    for (let a = 0; a < ANGLES; a++)
      shiftError = Math.max(
        shiftError,
        Math.abs(curves[o][(a + o * quarter) % ANGLES] - curves[0][a]) / peak,
      );
  return {
    channel: best,
    shiftError,
    curves: curves.map((curve, o) => ({ neuron: o * C + best, orientation: o, points: asPoints(curve) })),
  };
}

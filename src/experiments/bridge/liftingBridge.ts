// The bridge widget's computation: lift one image with psi over C_N for N = 4, 8, 16, 32 on the
// engine (LiftingLayer, bicubic filter rotation, disk mask), correlate it on the engine with psi's
// angular components W_m (m = 0..3, built on the host in float64, angularComponent.ts), and compare
// the orientation Fourier coefficient F^_m of each lifted map with f * W_m (Worrall et al. 2017).
import type { Backend } from '../../engine/backend';
import { LiftingLayer } from '../../layers';
import { cyclicGroup } from '../../math';
import {
  angularComponent,
  kernelEnergy,
  orientationCoefficient,
  type ComplexKernel,
} from './angularComponent';

/** The orientation counts compared. */
export const BRIDGE_COUNTS = [4, 8, 16, 32] as const;
/** The orders m offered. */
export const BRIDGE_ORDERS = [0, 1, 2, 3] as const;
/** Below this share of psi's energy an order counts as absent from psi (round-off of float64 sums). */
export const ABSENT_SHARE = 1e-9;

/** Everything the engine computed for one image and one psi; readings are pure functions of it. */
export interface BridgeMaps {
  size: number;
  K: number;
  /** N -> the lifted map [N, S, S]. */
  lifted: ReadonlyMap<number, Float32Array>;
  /** f * W_m for m in BRIDGE_ORDERS: [orders, 2, S, S] (real plane, imaginary plane). */
  harmonic: Float32Array;
  /** ||W_m||^2 / ||psi||^2 on the disk cells, per order: the share of psi's energy in order m. */
  shares: readonly number[];
}

/** psi masked to the disk the lifting layer keeps, and its energy there. */
function maskedEnergy(psi: ArrayLike<number>, K: number): number {
  const c = (K - 1) / 2;
  let s = 0;
  for (let a = 0; a < K; a++)
    for (let b = 0; b < K; b++) if ((b - c) ** 2 + (c - a) ** 2 <= (K * K) / 4) s += psi[a * K + b] ** 2;
  return s;
}

/** The bank [2 * orders, 1, K, K]: Re W_m, Im W_m for each order. */
function harmonicBank(components: readonly ComplexKernel[], K: number): Float32Array {
  const kk = K * K;
  const bank = new Float32Array(2 * components.length * kk);
  components.forEach((w, o) => {
    bank.set(w.re, 2 * o * kk);
    bank.set(w.im, (2 * o + 1) * kk);
  });
  return bank;
}

/** Lifts `pixels` (S x S) with psi (K x K) for every N and correlates it with every W_m. */
export async function computeBridge(
  backend: Backend,
  pixels: Float32Array,
  psi: Float32Array,
  S: number,
  K: number,
): Promise<BridgeMaps> {
  if (pixels.length !== S * S || psi.length !== K * K)
    throw new Error('bridge: input or psi has the wrong size');
  const components = BRIDGE_ORDERS.map((m) => angularComponent(psi, K, m));
  const energy = maskedEnergy(psi, K);
  const input = backend.tensor([1, S, S], pixels);
  const bank = backend.tensor([2 * BRIDGE_ORDERS.length, 1, K, K], harmonicBank(components, K));
  const harmonicOut = backend.tensor([2 * BRIDGE_ORDERS.length, S, S]);
  const outs = BRIDGE_COUNTS.map((N) => backend.tensor([1, N, S, S]));
  const layers = BRIDGE_COUNTS.map(
    (N) =>
      new LiftingLayer(
        backend,
        { group: cyclicGroup(N), inChannels: 1, outChannels: 1, kernelSize: K },
        { weights: psi, bias: new Float32Array(1) },
      ),
  );
  try {
    layers.forEach((layer, k) => layer.forward(input, outs[k]));
    backend.correlate(input, bank, null, harmonicOut);
    const [harmonic, ...lifted] = await backend.readMany([harmonicOut, ...outs]);
    return {
      size: S,
      K,
      lifted: new Map(BRIDGE_COUNTS.map((N, k) => [N, lifted[k]])),
      harmonic,
      shares: components.map((w) => (energy > 0 ? kernelEnergy(w) / energy : 0)),
    };
  } finally {
    layers.forEach((l) => l.dispose());
    for (const t of [input, bank, harmonicOut, ...outs]) backend.dispose(t);
  }
}

/** One N: the coefficient at the pixel and the differences from f * W_m. */
export interface BridgeRow {
  N: number;
  /** F^_m at the pixel. */
  coefficient: [number, number];
  /** |F^_m - f * W_m| at the pixel. */
  pixelDifference: number;
  /** ||F^_m - f * W_m|| / ||f * W_m|| over the whole map (NaN when order m is absent from psi). */
  relative: number;
  /** ||F^_m|| / RMS of the lifted map over orientations: how large the coefficient is at all. */
  level: number;
}

export interface BridgeReading {
  m: number;
  pixel: readonly [number, number];
  /** f * W_m at the pixel. */
  harmonic: [number, number];
  /** The share of psi's energy in order m; below ABSENT_SHARE the order is absent. */
  share: number;
  present: boolean;
  rows: BridgeRow[];
}

/** F^_m over the whole map from a lifted map [N, S, S]: [2, S*S]. */
function coefficientMap(F: Float32Array, N: number, hw: number, m: number): [Float64Array, Float64Array] {
  const re = new Float64Array(hw);
  const im = new Float64Array(hw);
  const values = new Float64Array(N);
  for (let p = 0; p < hw; p++) {
    for (let j = 0; j < N; j++) values[j] = F[j * hw + p];
    [re[p], im[p]] = orientationCoefficient(values, m);
  }
  return [re, im];
}

/** The comparison at `pixel` = (row, col) for order m. */
export function bridgeReading(maps: BridgeMaps, m: number, pixel: readonly [number, number]): BridgeReading {
  const o = BRIDGE_ORDERS.indexOf(m as (typeof BRIDGE_ORDERS)[number]);
  if (o < 0) throw new Error(`bridge: order ${m} is not offered`);
  const hw = maps.size * maps.size;
  const p = pixel[0] * maps.size + pixel[1];
  const hRe = maps.harmonic.subarray(2 * o * hw, (2 * o + 1) * hw);
  const hIm = maps.harmonic.subarray((2 * o + 1) * hw, (2 * o + 2) * hw);
  let refNorm = 0;
  for (let q = 0; q < hw; q++) refNorm += hRe[q] ** 2 + hIm[q] ** 2;
  const share = maps.shares[o];
  const present = share > ABSENT_SHARE;
  const rows = BRIDGE_COUNTS.map((N): BridgeRow => {
    const F = maps.lifted.get(N)!;
    const [re, im] = coefficientMap(F, N, hw, m);
    let [diff, own, total] = [0, 0, 0];
    for (let q = 0; q < hw; q++) {
      diff += (re[q] - hRe[q]) ** 2 + (im[q] - hIm[q]) ** 2;
      own += re[q] ** 2 + im[q] ** 2;
    }
    for (let q = 0; q < F.length; q++) total += F[q] ** 2;
    return {
      N,
      coefficient: [re[p], im[p]],
      pixelDifference: Math.hypot(re[p] - hRe[p], im[p] - hIm[p]),
      relative: present && refNorm > 0 ? Math.sqrt(diff / refNorm) : NaN,
      level: total > 0 ? Math.sqrt(own / (total / N)) : 0,
    };
  });
  return { m, pixel, harmonic: [hRe[p], hIm[p]], share, present, rows };
}

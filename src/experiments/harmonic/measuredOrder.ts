// Rotation orders measured, not assumed: a small harmonic network runs on the CPU engine on an
// image x and on L_θ x, and with a = Φ(L_θ x), b = L_θ Φ(x) on a disk, Σ a b̄ = e^{iMθ} Σ |b|²
// for a map of order M (Worrall et al. 2017: W_m ⋆ L_θ F = e^{imθ} L_θ[W_m ⋆ F]), so M = arg(Σ a b̄) / θ.
import { harmonicConvolution, maskDisk, rotateImage } from '../../engine/cpu';
import { magnitudeInto, magnitudeReluInto } from '../../engine/cpu/pointwise';
import { circularHarmonic, defaultRadialProfile, gaussianBlobImage } from '../../layers';
import { estimateOrder } from './phase';

/** What follows the summed branches: the magnitude ReLU ReLU(|z| + b) e^{iφ}, then possibly |z|. */
export type OrderStage = 'cRelu' | 'magnitude';

/** Σ over branches of W_{m_k} ⋆ … ⋆ W_{m_1} ⋆ x (each branch lists its orders, first applied first), then the stages. */
export interface OrderNet {
  branches: readonly (readonly number[])[];
  after: readonly OrderStage[];
}

export interface OrderMeasurement {
  /** arg Σ a b̄ in (-π, π]: how far the phase turned when the input turned by theta. */
  change: number;
  /** The integer order nearest to change / theta. */
  order: number;
}

/** The test rotation: off the grid, and small enough that orders up to 5 do not wrap. */
export const TEST_ANGLE = Math.PI / 6;
const S = 49;
const K = 9;
const SEED = 7;
/** ℂ-ReLU bias as a fraction of the largest |z| of the map it acts on (so part of the map is cut). */
const BIAS_FRACTION = -0.25;

const image = () => maskDisk(gaussianBlobImage(SEED, 1, S, S), [1, S, S]);

function branch(x: Float32Array, orders: readonly number[]): Float32Array {
  let map = x;
  orders.forEach((m, i) => {
    const shape = i === 0 ? [1, S, S] : [1, 2, S, S];
    map = harmonicConvolution(map, shape, i > 0, circularHarmonic(m, K, defaultRadialProfile(K)), [
      1,
      1,
      2,
      K,
      K,
    ]);
  });
  return map;
}

function maxModulus(z: Float32Array): number {
  const hw = S * S;
  let max = 0;
  for (let p = 0; p < hw; p++) max = Math.max(max, Math.hypot(z[p], z[hw + p]));
  return max;
}

/** Φ(x) as a complex map [1, 2, S, S] (a real result gets a zero imaginary plane); bias from the x lane. */
function forward(net: OrderNet, x: Float32Array, bias: number): Float32Array {
  const sum = new Float32Array(2 * S * S);
  for (const orders of net.branches) branch(x, orders).forEach((v, i) => (sum[i] += v));
  let map = sum;
  for (const stage of net.after) {
    const out = new Float32Array(2 * S * S);
    if (stage === 'cRelu') magnitudeReluInto(map, Float32Array.of(bias), out, 1, S * S);
    else magnitudeInto(map, out, 1, S * S); // fills the real plane; the imaginary plane stays 0
    map = out;
  }
  return map;
}

/** The pixels of the disk of radius S/2 - K around the centre (away from the zero padding). */
const DISK = Array.from({ length: S * S }, (_, p) => p).filter(
  (p) => Math.hypot(Math.floor(p / S) - (S - 1) / 2, (p % S) - (S - 1) / 2) <= S / 2 - K,
);

/** Σ a b̄ over the disk. */
function projection(a: Float32Array, b: Float32Array): [number, number] {
  const hw = S * S;
  let [re, im] = [0, 0];
  for (const p of DISK) {
    re += a[p] * b[p] + a[hw + p] * b[hw + p];
    im += a[hw + p] * b[p] - a[p] * b[hw + p];
  }
  return [re, im];
}

/** The net's rotation order, measured under a turn of the input by theta (bicubic resampling). */
export function measureOrder(net: OrderNet, theta = TEST_ANGLE): OrderMeasurement {
  const x = image();
  const rx = rotateImage(x, [1, S, S], theta, { interpolation: 'bicubic' });
  const bias = BIAS_FRACTION * maxModulus(forward({ branches: net.branches, after: [] }, x, 0));
  const a = forward(net, rx, bias);
  const b = rotateImage(forward(net, x, bias), [1, 2, S, S], theta, { interpolation: 'bicubic' });
  const [re, im] = projection(a, b);
  const change = Math.atan2(im, re);
  return { change, order: Math.round(estimateOrder(change, theta)) };
}

// Interpolation as a sampling plan: for every output pixel, the source indices and weights it
// reads. A plan is built once per (plane size, transform, mode, mask) and then applied to every
// plane of a stack, so the per-plane loop is a plain weighted gather.
// Modes (contract with the WebGPU backend):
// - nearest: the pixel at (floor(col + 0.5), floor(row + 0.5));
// - bilinear: the 4 neighbours with weights (1 - f)(1 - g) ...;
// - bicubic: Keys cubic convolution with a = -0.5 over the 4 x 4 neighbours.
// Neighbours outside the plane read 0 (zero padding), each on its own.

import type { Interpolation } from '../backend';
import { insideDisk, sourcePosition, type InverseAction } from '../contract/sampling';

/** Number of source taps per output pixel for each mode. */
export const TAPS: Readonly<Record<Interpolation, number>> = { nearest: 1, bilinear: 4, bicubic: 16 };

const KEYS_A = -0.5;

/** Keys cubic convolution kernel with a = -0.5 (R. Keys, IEEE Trans. ASSP 29(6), 1981). */
export function keysCubic(distance: number): number {
  const t = Math.abs(distance);
  if (t <= 1) return (KEYS_A + 2) * t * t * t - (KEYS_A + 3) * t * t + 1;
  if (t < 2) return KEYS_A * (t * t * t - 5 * t * t + 8 * t - 4);
  return 0;
}

/** Grow-only buffers of source indices (-1: reads 0) and float64 weights, `taps` per pixel. */
export class SamplingPlan {
  index = new Int32Array(0);
  weight = new Float64Array(0);
  taps = 1;
  pixels = 0;

  reserve(pixels: number, taps: number): void {
    const need = pixels * taps;
    if (this.index.length < need) {
      this.index = new Int32Array(need);
      this.weight = new Float64Array(need);
    }
    this.pixels = pixels;
    this.taps = taps;
  }

  release(): void {
    this.index = new Int32Array(0);
    this.weight = new Float64Array(0);
    this.pixels = 0;
  }
}

/** Writes one tap: the source pixel (r, c) with weight w, or a zero tap when it is off the plane. */
function setTap(plan: SamplingPlan, k: number, r: number, c: number, w: number, H: number, W: number): void {
  const inside = r >= 0 && r < H && c >= 0 && c < W;
  plan.index[k] = inside ? r * W + c : -1;
  plan.weight[k] = inside ? w : 0;
}

function nearestTaps(plan: SamplingPlan, k: number, col: number, row: number, H: number, W: number): void {
  setTap(plan, k, Math.floor(row + 0.5), Math.floor(col + 0.5), 1, H, W);
}

function bilinearTaps(plan: SamplingPlan, k: number, col: number, row: number, H: number, W: number): void {
  const c0 = Math.floor(col);
  const r0 = Math.floor(row);
  const fc = col - c0;
  const fr = row - r0;
  setTap(plan, k, r0, c0, (1 - fr) * (1 - fc), H, W);
  setTap(plan, k + 1, r0, c0 + 1, (1 - fr) * fc, H, W);
  setTap(plan, k + 2, r0 + 1, c0, fr * (1 - fc), H, W);
  setTap(plan, k + 3, r0 + 1, c0 + 1, fr * fc, H, W);
}

function bicubicTaps(plan: SamplingPlan, k: number, col: number, row: number, H: number, W: number): void {
  const c0 = Math.floor(col);
  const r0 = Math.floor(row);
  const fc = col - c0;
  const fr = row - r0;
  for (let a = 0; a < 4; a++) {
    const wr = keysCubic(fr - (a - 1));
    for (let b = 0; b < 4; b++)
      setTap(plan, k + 4 * a + b, r0 + a - 1, c0 + b - 1, wr * keysCubic(fc - (b - 1)), H, W);
  }
}

const FILL = { nearest: nearestTaps, bilinear: bilinearTaps, bicubic: bicubicTaps } as const;

const scratchPoint = { col: 0, row: 0 };

/** Fills `plan` for sampling an H x W plane at g^-1 p (geometry.ts), disk-masked if asked. */
export function buildSamplingPlan(
  plan: SamplingPlan,
  g: InverseAction,
  H: number,
  W: number,
  interpolation: Interpolation,
  mask: boolean,
): void {
  const taps = TAPS[interpolation];
  const fill = FILL[interpolation];
  plan.reserve(H * W, taps);
  for (let i = 0; i < H; i++) {
    for (let j = 0; j < W; j++) {
      const k = (i * W + j) * taps;
      if (mask && !insideDisk(i, j, H, W)) {
        plan.index.fill(-1, k, k + taps);
        plan.weight.fill(0, k, k + taps);
        continue;
      }
      sourcePosition(g, i, j, H, W, scratchPoint);
      fill(plan, k, scratchPoint.col, scratchPoint.row, H, W);
    }
  }
}

/** dst[dstOffset + p] = sum of the plan's taps of pixel p over src[srcOffset + ...]. */
export function applySamplingPlan(
  plan: SamplingPlan,
  src: Float32Array,
  srcOffset: number,
  dst: Float32Array,
  dstOffset: number,
): void {
  const { index, weight, taps, pixels } = plan;
  for (let p = 0; p < pixels; p++) {
    let sum = 0;
    const k0 = p * taps;
    for (let k = k0; k < k0 + taps; k++) {
      const at = index[k];
      if (at >= 0) sum += weight[k] * src[srcOffset + at];
    }
    dst[dstOffset + p] = sum;
  }
}

// Planar correlation (Cohen & Welling 2016: [f * psi](x) = sum_y sum_k f_k(y) psi_k(y - x)), same-size output
// with zero padding, as backend.ts fixes it:
//   out[o](x) = bias[o] + sum_c sum_d in[c](x + d) w[o, c](d),
// d = (dy, dx) in [-(K-1)/2, (K-1)/2]^2 read from weight index (dy + r, dx + r), r = (K - 1) / 2,
// where dy counts rows downwards and dx columns rightwards.
// Loop order: for each output plane, add each (c, dy, dx) tap as one shifted row sweep into a
// float64 accumulator, so the inner loop is a contiguous multiply-add without bounds tests.

import type { CorrelationShape } from '../contract/shapes';

/** Adds w * in[c] shifted by (dy, dx) into acc (an H x W plane), skipping the zero-padded border. */
function addShiftedPlane(
  acc: Float64Array,
  input: Float32Array,
  inOffset: number,
  w: number,
  dy: number,
  dx: number,
  H: number,
  W: number,
): void {
  const i0 = Math.max(0, -dy);
  const i1 = Math.min(H, H - dy);
  const j0 = Math.max(0, -dx);
  const j1 = Math.min(W, W - dx);
  for (let i = i0; i < i1; i++) {
    const accRow = i * W;
    const inRow = inOffset + (i + dy) * W + dx;
    for (let j = j0; j < j1; j++) acc[accRow + j] += w * input[inRow + j];
  }
}

/** out = bias + input correlated with weights [Cout, Cin, K, K]; acc is scratch of >= H * W entries. */
export function correlatePlanes(
  input: Float32Array,
  weights: Float32Array,
  bias: Float32Array | null,
  out: Float32Array,
  shape: CorrelationShape,
  acc: Float64Array,
): void {
  const { Cin, Cout, H, W, K } = shape;
  const r = (K - 1) / 2;
  const hw = H * W;
  for (let o = 0; o < Cout; o++) {
    acc.fill(bias ? bias[o] : 0, 0, hw);
    for (let c = 0; c < Cin; c++) {
      const wBase = (o * Cin + c) * K * K;
      for (let a = 0; a < K; a++) {
        for (let b = 0; b < K; b++) {
          const w = weights[wBase + a * K + b];
          if (w !== 0) addShiftedPlane(acc, input, c * hw, w, a - r, b - r, H, W);
        }
      }
    }
    for (let p = 0; p < hw; p++) out[o * hw + p] = acc[p];
  }
}

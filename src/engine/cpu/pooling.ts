// Pooling. Orientation pooling is the coset pooling of Cohen & Welling 2016 over the rotation (or rotation-and-
// reflection) subgroup (Cohen & Welling 2016: p4 pooling over rotations gives a map on Z^2 = p4/R): the result
// is invariant to the orientation axis and transforms like an image. Global pooling then also
// removes the spatial axes, giving an invariant vector. Means are summed in float64.

import type { PoolMode } from '../backend';

/** a [C, P, H, W] -> out [C, H, W]: max or mean over the P orientation planes. */
export function poolOrientationsInto(
  a: Float32Array,
  out: Float32Array,
  C: number,
  P: number,
  hw: number,
  mode: PoolMode,
): void {
  for (let c = 0; c < C; c++) {
    const base = c * P * hw;
    for (let p = 0; p < hw; p++) {
      let best = a[base + p];
      let sum = best;
      for (let k = 1; k < P; k++) {
        const v = a[base + k * hw + p];
        if (v > best) best = v;
        sum += v;
      }
      out[c * hw + p] = mode === 'max' ? best : sum / P;
    }
  }
}

/** a [C, n] -> out [C]: max or mean over the n entries of each channel. */
export function globalPoolInto(
  a: Float32Array,
  out: Float32Array,
  C: number,
  n: number,
  mode: PoolMode,
): void {
  for (let c = 0; c < C; c++) {
    let best = a[c * n];
    let sum = 0;
    for (let k = c * n; k < (c + 1) * n; k++) {
      const v = a[k];
      if (v > best) best = v;
      sum += v;
    }
    out[c] = mode === 'max' ? best : sum / n;
  }
}

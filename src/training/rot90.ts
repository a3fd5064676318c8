// Quarter turns of tfjs tensors, exact (index permutations) and differentiable, for images
// [B, H, W, C] and filters [fh, fw, in, out]: a counter-clockwise turn on screen (row 0 at the
// top) maps pixel (i, j) to (W-1-j, i), i.e. transpose the two spatial axes, then reverse rows.
import * as tf from '@tensorflow/tfjs-core';

/** x turned k quarter turns counter-clockwise about the centre of its spatial axes (first two of `axes`). */
function turn<T extends tf.Tensor>(x: T, k: number, perm: number[], rowAxis: number): T {
  let y: tf.Tensor = x;
  for (let n = 0; n < ((k % 4) + 4) % 4; n++) y = tf.reverse(tf.transpose(y, perm), rowAxis);
  return y as T;
}

export const turnImages = (x: tf.Tensor4D, k: number): tf.Tensor4D => turn(x, k, [0, 2, 1, 3], 1);
export const turnFilters = (w: tf.Tensor4D, k: number): tf.Tensor4D => turn(w, k, [1, 0, 2, 3], 0);

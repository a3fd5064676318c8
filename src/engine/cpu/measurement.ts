// Error norms between a candidate and a reference map, summed in float64 so that the reported
// error is not itself dominated by float32 rounding (equivariance errors of exact rotations are ~0).

import { normsFromSums, type ErrorNorms } from '../backend';

/** Writes max |a - b|, sum (a - b)^2 and sum b^2 into out[0..2] (out: any array of 3). */
export function errorSumsInto(a: Float32Array, b: Float32Array, out: { [i: number]: number }): void {
  if (a.length !== b.length) throw new Error(`errorNorms: sizes differ, ${a.length} vs ${b.length}`);
  let maxAbs = 0;
  let diff2 = 0;
  let ref2 = 0;
  for (let i = 0; i < a.length; i++) {
    const d = a[i] - b[i];
    maxAbs = Math.max(maxAbs, Math.abs(d));
    diff2 += d * d;
    ref2 += b[i] * b[i];
  }
  out[0] = maxAbs;
  out[1] = diff2;
  out[2] = ref2;
}

/** maxAbs = max |a - b|; relL2 = ||a - b|| / ||b|| (0 when both are 0, Infinity when only b is). */
export function errorNormsOf(a: Float32Array, b: Float32Array): ErrorNorms {
  const sums = [0, 0, 0]; // float64: the ratio is taken before rounding to float32
  errorSumsInto(a, b, sums);
  return normsFromSums(sums[0], sums[1], sums[2]);
}

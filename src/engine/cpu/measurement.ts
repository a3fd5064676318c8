// Error norms between a candidate and a reference map, summed in float64 so that the reported
// error is not itself dominated by float32 rounding (equivariance errors of exact rotations are ~0).

import type { ErrorNorms } from '../backend';

/** maxAbs = max |a - b|; relL2 = ||a - b|| / ||b|| (0 when both are 0, Infinity when only b is). */
export function errorNormsOf(a: Float32Array, b: Float32Array): ErrorNorms {
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
  if (ref2 === 0) return { maxAbs, relL2: diff2 === 0 ? 0 : Infinity };
  return { maxAbs, relL2: Math.sqrt(diff2 / ref2) };
}

// Memoised factorials: float64 for normalisation constants, BigInt for the exact Racah sums.

const FLOAT: number[] = [1];
const BIG: bigint[] = [1n];

/** n! as a float64 (exact up to 18!, relative error ~1e-16 beyond). */
export function factorial(n: number): number {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`factorial: ${n}`);
  for (let k = FLOAT.length; k <= n; k++) FLOAT[k] = FLOAT[k - 1] * k;
  return FLOAT[n];
}

/** n! exactly, as a BigInt. */
export function factorialBig(n: number): bigint {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`factorialBig: ${n}`);
  for (let k = BIG.length; k <= n; k++) BIG[k] = BIG[k - 1] * BigInt(k);
  return BIG[n];
}

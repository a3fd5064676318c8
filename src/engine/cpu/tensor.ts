// Tensors of the CPU backend: a shape plus a Float32Array, owned by one backend instance.
// Ops read shapes loosely (backend.ts: "an op treats any tensor as a stack of H x W planes"):
// only the last two axes (H, W) and the total size matter, so a filter bank [O, G, C, P, K, K]
// can be used directly as correlation weights [O*G, C*P, K, K] without a reshape op.

import type { Tensor } from '../backend';

/** Product of a shape; checks that every axis is a positive integer. */
export function sizeOf(shape: readonly number[]): number {
  let size = 1;
  for (const n of shape) {
    if (!Number.isInteger(n) || n < 1) throw new Error(`tensor: bad shape [${shape.join(', ')}]`);
    size *= n;
  }
  return size;
}

/** The H x W of the planes a tensor is a stack of (its last two axes; a 1-D tensor is one row). */
export function planeDims(shape: readonly number[]): { H: number; W: number } {
  const n = shape.length;
  if (n === 0) return { H: 1, W: 1 };
  if (n === 1) return { H: 1, W: shape[0] };
  return { H: shape[n - 2], W: shape[n - 1] };
}

export class CpuTensor implements Tensor {
  readonly shape: readonly number[];
  readonly size: number;
  /** Null once disposed. */
  data: Float32Array | null;

  constructor(
    readonly owner: object,
    readonly id: number,
    shape: readonly number[],
    data?: Float32Array,
  ) {
    this.shape = Object.freeze([...shape]);
    this.size = sizeOf(shape);
    if (data && data.length !== this.size)
      throw new Error(
        `tensor: data has ${data.length} entries, shape [${shape.join(', ')}] needs ${this.size}`,
      );
    // Copy, so later writes to the caller's array do not change the tensor (as on the GPU).
    this.data = data ? Float32Array.from(data) : new Float32Array(this.size);
  }
}

/** The data of a live tensor of this backend; throws for foreign or disposed tensors. */
export function dataOf(owner: object, t: Tensor): Float32Array {
  if (!(t instanceof CpuTensor) || t.owner !== owner)
    throw new Error(`tensor ${t.id}: not from this CPU backend`);
  if (!t.data) throw new Error(`tensor ${t.id}: used after dispose`);
  return t.data;
}

/** Throws unless a and b have the same number of entries. */
export function checkSameSize(op: string, a: Tensor, b: Tensor): void {
  if (a.size !== b.size)
    throw new Error(`${op}: sizes differ, [${a.shape.join(', ')}] vs [${b.shape.join(', ')}]`);
}

// Tensors of the CPU backend: a shape plus a Float32Array, owned by one backend instance.
// Ops read shapes loosely (backend.ts: "an op treats any tensor as a stack of H x W planes"):
// only the last two axes (H, W) and the total size matter, so a filter bank [O, G, C, P, K, K]
// can be used directly as correlation weights [O*G, C*P, K, K] without a reshape op.

import type { Tensor } from '../backend';
import { sizeOf } from '../contract/tensorShape';

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

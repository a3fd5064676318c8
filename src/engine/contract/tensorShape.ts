// Shape facts both backends rely on: sizes, plane dimensions, equal-size checks.
// Ops read shapes loosely (backend.ts: "an op treats any tensor as a stack of H x W planes"):
// only the last two axes (H, W) and the total size matter.

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

/** Throws unless a and b have the same number of entries. */
export function checkSameSize(op: string, a: Tensor, b: Tensor): void {
  if (a.size !== b.size)
    throw new Error(`${op}: sizes differ, [${a.shape.join(', ')}] vs [${b.shape.join(', ')}]`);
}

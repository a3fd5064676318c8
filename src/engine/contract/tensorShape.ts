// Shape facts both backends rely on: sizes and plane dimensions.
// Ops read shapes loosely (backend.ts: "an op treats any tensor as a stack of H x W planes"):
// only the last two axes (H, W) and the total size matter; validate.ts checks that they agree.

import { shapeSize } from './checks';

/** Product of a shape; checks that every axis is a positive integer (errors name `op`). */
export function sizeOf(shape: readonly number[], op = 'tensor'): number {
  return shapeSize(op, shape);
}

/** The H x W of the planes a tensor is a stack of (its last two axes; a 1-D tensor is one row). */
export function planeDims(shape: readonly number[]): { H: number; W: number } {
  const n = shape.length;
  if (n === 0) return { H: 1, W: 1 };
  if (n === 1) return { H: 1, W: shape[0] };
  return { H: shape[n - 2], W: shape[n - 1] };
}

// The building blocks of validate.ts: each check throws `op: <expected>; got <got>` and is
// allocation-free when the input is good (ops run every animation frame), so every message is
// built only on the failing branch.

import type { Tensor } from '../backend';

/** Throws the engine's validation error: the op, what it expected, what it got. */
export function fail(op: string, expected: string, got: string): never {
  throw new Error(`${op}: ${expected}; got ${got}`);
}

export const show = (t: Tensor): string => `[${t.shape.join(', ')}]`;
export const quote = (v: unknown): string => (typeof v === 'string' ? `'${v}'` : String(v));

/** H of the planes a shape is a stack of (its second-to-last axis; 1 below rank 2): see tensorShape.ts. */
export const rowsOf = (s: readonly number[]): number => (s.length >= 2 ? s[s.length - 2] : 1);
/** W of the planes a shape is a stack of (its last axis; 1 for a scalar). */
export const colsOf = (s: readonly number[]): number => (s.length >= 1 ? s[s.length - 1] : 1);

/** Number of H x W planes in t. */
export const planeCount = (t: Tensor): number => t.size / (rowsOf(t.shape) * colsOf(t.shape));

/** Product of a shape, checking that every axis is a positive integer (NaN, Infinity, 0, -1 fail). */
export function shapeSize(op: string, shape: readonly number[]): number {
  if (!Array.isArray(shape)) fail(op, 'shape must be an array of positive integers', quote(shape));
  let size = 1;
  for (let i = 0; i < shape.length; i++) {
    const n = shape[i];
    if (!Number.isInteger(n) || n < 1)
      fail(op, 'shape entries must be positive integers', `[${shape.join(', ')}]`);
    size *= n;
  }
  return size;
}

/** data is a Float32Array of `size` entries (a Float64Array would be written to the GPU as raw bytes). */
export function checkData(op: string, data: unknown, size: number, shape: readonly number[]): void {
  if (data instanceof Float32Array && data.length === size) return;
  const d = data as { constructor?: { name?: string }; length?: number } | null | undefined;
  const got = d == null ? String(d) : `${d.constructor?.name ?? typeof d} of ${d.length} entries`;
  fail(op, `data must be a Float32Array of ${size} entries (shape [${shape.join(', ')}])`, got);
}

export function checkDistinct(op: string, name: string, a: Tensor, out: Tensor): void {
  if (a === out) fail(op, `out must be a different tensor from ${name}`, 'the same tensor');
}

/** t has the size of ref (entrywise ops read shapes loosely: only sizes must agree). */
export function checkSameSize(op: string, name: string, t: Tensor, refName: string, ref: Tensor): void {
  if (t.size !== ref.size)
    fail(
      op,
      `${name} must have the ${ref.size} entries of ${refName} ${show(ref)}`,
      `${show(t)} (${t.size})`,
    );
}

/** t has the size and the H x W planes of ref (ops that work plane by plane). */
export function checkSameStack(op: string, name: string, t: Tensor, refName: string, ref: Tensor): void {
  const H = rowsOf(ref.shape);
  const W = colsOf(ref.shape);
  if (t.size !== ref.size || rowsOf(t.shape) !== H || colsOf(t.shape) !== W)
    fail(
      op,
      `${name} must match ${refName} ${show(ref)} (${ref.size} entries in ${H} x ${W} planes)`,
      show(t),
    );
}

export function checkAngle(op: string, angle: number, element = -1): void {
  if (!Number.isFinite(angle))
    fail(
      op,
      `${element < 0 ? '' : `elements[${element}].`}angle must be a finite number of radians`,
      quote(angle),
    );
}

export function checkShift(op: string, shift: readonly number[] | undefined, element = -1): void {
  if (shift === undefined) return;
  if (shift.length !== 2 || !shift.every(Number.isFinite))
    fail(
      op,
      `${element < 0 ? '' : `elements[${element}].`}shift must be two finite numbers of pixels`,
      quote(shift),
    );
}

export function checkScale(op: string, scale: number | undefined, element = -1): void {
  if (scale === undefined) return;
  if (!Number.isFinite(scale) || !(scale > 0))
    fail(op, `${element < 0 ? '' : `elements[${element}].`}scale must be a finite number > 0`, quote(scale));
}

export function checkInterpolation(op: string, interpolation: unknown): void {
  if (interpolation !== 'nearest' && interpolation !== 'bilinear' && interpolation !== 'bicubic')
    fail(op, "interpolation must be 'nearest', 'bilinear' or 'bicubic'", quote(interpolation));
}

export function checkPoolMode(op: string, mode: unknown): void {
  if (mode !== 'max' && mode !== 'mean') fail(op, "mode must be 'max' or 'mean'", quote(mode));
}

// Grow-only marks for the permutation test, so checking a perm every frame allocates nothing.
let seen = new Uint8Array(16);

/** Whether perm is a permutation of 0..n-1 with n = perm.length >= 1. */
export function isPermutation(perm: ArrayLike<number>): boolean {
  const n = perm.length;
  if (n === 0) return false;
  if (seen.length < n) seen = new Uint8Array(n);
  seen.fill(0, 0, n);
  for (let j = 0; j < n; j++) {
    const k = perm[j];
    if (!Number.isInteger(k) || k < 0 || k >= n || seen[k]) return false;
    seen[k] = 1;
  }
  return true;
}

/** perm is a permutation of 0..P-1 (P = its own length when P is omitted). */
export function checkPerm(op: string, perm: ArrayLike<number>, P = perm.length, element = -1): void {
  if (perm.length === P && isPermutation(perm)) return;
  const name = element < 0 ? 'perm' : `elements[${element}].perm`;
  const expected = P >= 1 ? `a permutation of 0..${P - 1}` : 'a non-empty permutation';
  fail(op, `${name} must be ${expected}`, `[${Array.from(perm).join(', ')}]`);
}

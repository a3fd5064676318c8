// What every public Backend op checks before it runs, in one place for both backends (cpu/ and
// webgpu/ call these first thing), so a bad argument throws `op: <expected>; got <got>` instead of
// returning wrong-size outputs, zeros or NaNs, or failing deep inside a kernel. Shapes are read
// loosely as shapes.ts says (a tensor is a stack of H x W planes; channel counts come from sizes),
// but every count must agree. Checks are integer tests with no allocation on success.

import type { Interpolation, PlaneTransform, PoolMode, Tensor, TransformOptions } from '../backend';
import {
  checkAngle,
  checkData,
  checkShift,
  checkScale,
  checkDistinct,
  checkInterpolation,
  checkPerm,
  checkPoolMode,
  checkSameSize,
  checkSameStack,
  colsOf,
  fail,
  planeCount,
  rowsOf,
  shapeSize,
  show,
} from './checks';

/** tensor(shape, data?): returns the size. */
export function validateTensor(shape: readonly number[], data: Float32Array | undefined): number {
  const size = shapeSize('tensor', shape);
  if (data !== undefined) checkData('tensor', data, size, shape);
  return size;
}

export function validateWrite(t: Tensor, data: Float32Array): void {
  checkData('write', data, t.size, t.shape);
}

/** Angle, interpolation and perm of a transform of `planes` planes (also used by cpu/ops.ts). */
export function validateTransformOptions(op: string, opts: TransformOptions, planes: number): void {
  checkAngle(op, opts.angle);
  checkShift(op, opts.shift);
  checkScale(op, opts.scale);
  checkInterpolation(op, opts.interpolation);
  if (!opts.perm) return;
  checkPerm(op, opts.perm);
  if (planes % opts.perm.length !== 0)
    fail(op, `plane count must be a multiple of perm length ${opts.perm.length}`, `${planes} planes`);
}

export function validateTransform(src: Tensor, out: Tensor, opts: TransformOptions): void {
  checkDistinct('transform', 'src', src, out);
  checkSameStack('transform', 'out', out, 'src', src);
  validateTransformOptions('transform', opts, planeCount(src));
}

/** Each element's angle and perm for a filter of P orientation planes (also used by cpu/ops.ts). */
export function validateElements(op: string, elements: readonly PlaneTransform[], P: number): void {
  for (let g = 0; g < elements.length; g++) {
    const e = elements[g];
    checkAngle(op, e.angle, g);
    checkShift(op, e.shift, g);
    checkScale(op, e.scale, g);
    if (e.perm) checkPerm(op, e.perm, P, g);
  }
}

/** The rank-4/5 filter shape [O, C, K, K] or [O, C, P, K, K]; returns P (1 for rank 4). */
export function filterPlanes(op: string, shape: readonly number[]): number {
  const r = shape.length;
  if ((r !== 4 && r !== 5) || shape[r - 2] !== shape[r - 1])
    fail(op, 'filter must be [O, C, K, K] or [O, C, P, K, K] with square kernels', `[${shape.join(', ')}]`);
  return r === 5 ? shape[2] : 1;
}

export function validateFilterBank(
  filter: Tensor,
  out: Tensor,
  elements: readonly PlaneTransform[],
  interpolation: Interpolation,
): void {
  const op = 'filterBank';
  checkDistinct(op, 'filter', filter, out);
  const P = filterPlanes(op, filter.shape);
  checkInterpolation(op, interpolation);
  validateElements(op, elements, P);
  const K = colsOf(filter.shape);
  const G = elements.length;
  if (out.size !== G * filter.size || rowsOf(out.shape) !== K || colsOf(out.shape) !== K) {
    const [O, ...rest] = filter.shape;
    const expected = `[${[O, G, ...rest].join(', ')}]`;
    fail(op, `out must be [O, G, ...] = ${expected} for ${G} elements and filter ${show(filter)}`, show(out));
  }
}

export function validateMaskDisk(src: Tensor, out: Tensor): void {
  checkSameStack('maskDisk', 'out', out, 'src', src);
}

/** Whether the axes before the last two split into a prefix of product Cout (the rest is then Cin). */
export function splitsAt(shape: readonly number[], Cout: number): boolean {
  let prefix = 1;
  for (let i = 0; prefix <= Cout; i++) {
    if (prefix === Cout) return true;
    if (i >= shape.length - 2) return false;
    prefix *= shape[i];
  }
  return false;
}

export function validateCorrelate(input: Tensor, weights: Tensor, bias: Tensor | null, out: Tensor): void {
  const op = 'correlate';
  checkDistinct(op, 'input', input, out);
  const H = rowsOf(input.shape);
  const W = colsOf(input.shape);
  if (rowsOf(out.shape) !== H || colsOf(out.shape) !== W)
    fail(op, `out must be [Cout, H, W] with H x W = ${H} x ${W} (input ${show(input)})`, show(out));
  const K = colsOf(weights.shape);
  if (weights.shape.length < 2 || rowsOf(weights.shape) !== K || K % 2 !== 1)
    fail(op, 'weights must be [Cout, Cin, K, K] with square kernels and K odd', show(weights));
  const Cin = input.size / (H * W);
  const Cout = out.size / (H * W);
  if (weights.size !== Cout * Cin * K * K || !splitsAt(weights.shape, Cout)) {
    const sizes = `Cin = ${Cin} (input ${show(input)}) and Cout = ${Cout} (out ${show(out)})`;
    fail(op, `weights must be [Cout, Cin, K, K] with ${sizes}`, show(weights));
  }
  if (bias && bias.size !== Cout)
    fail(op, `bias must be [Cout] with Cout = ${Cout} (out ${show(out)})`, show(bias));
}

/** add and subtract: entrywise, out may be a or b. */
export function validateCombine(op: 'add' | 'subtract', a: Tensor, b: Tensor, out: Tensor): void {
  checkSameSize(op, 'b', b, 'a', a);
  checkSameSize(op, 'out', out, 'a', a);
}

export function validateRelu(a: Tensor, out: Tensor): void {
  checkSameSize('relu', 'out', out, 'a', a);
}

/** a is complex [C, 2, H, W]: its third-to-last axis holds the real and imaginary planes. */
function checkComplex(op: string, a: Tensor): void {
  const r = a.shape.length;
  if (r < 3 || a.shape[r - 3] !== 2) fail(op, 'a must be complex [C, 2, H, W]', show(a));
}

export function validateMagnitudeRelu(a: Tensor, bias: Tensor, out: Tensor): void {
  checkComplex('magnitudeRelu', a);
  checkSameStack('magnitudeRelu', 'out', out, 'a', a);
  const C = planeCount(a) / 2;
  if (bias.size !== C) fail('magnitudeRelu', `bias must be [C] with C = ${C} (a ${show(a)})`, show(bias));
}

export function validateMagnitude(a: Tensor, out: Tensor): void {
  checkDistinct('magnitude', 'a', a, out);
  checkComplex('magnitude', a);
  const H = rowsOf(a.shape);
  const W = colsOf(a.shape);
  if (out.size !== a.size / 2 || rowsOf(out.shape) !== H || colsOf(out.shape) !== W)
    fail('magnitude', `out must be [C, H, W] = [${planeCount(a) / 2}, ${H}, ${W}] (a ${show(a)})`, show(out));
}

export function validatePoolOrientations(a: Tensor, out: Tensor, mode: PoolMode): void {
  const op = 'poolOrientations';
  checkDistinct(op, 'a', a, out);
  if (a.shape.length !== 4) fail(op, 'a must be [C, P, H, W]', show(a));
  const C = a.shape[0];
  const H = a.shape[2];
  const W = a.shape[3];
  if (out.size !== C * H * W || rowsOf(out.shape) !== H || colsOf(out.shape) !== W)
    fail(op, `out must be [C, H, W] = [${C}, ${H}, ${W}] (a ${show(a)})`, show(out));
  checkPoolMode(op, mode);
}

export function validateGlobalPool(a: Tensor, out: Tensor, mode: PoolMode): void {
  const op = 'globalPool';
  checkDistinct(op, 'a', a, out);
  if (a.shape.length < 1) fail(op, 'a must be [C, ...] with at least one axis', show(a));
  if (out.size !== a.shape[0]) fail(op, `out must be [C] = [${a.shape[0]}] (a ${show(a)})`, show(out));
  checkPoolMode(op, mode);
}

export function validateErrorNorms(a: Tensor, b: Tensor): void {
  checkSameStack('errorNorms', 'b', b, 'a', a);
}

export function validateErrorSums(a: Tensor, b: Tensor, out: Tensor): void {
  checkSameStack('errorSums', 'b', b, 'a', a);
  if (out.shape.length !== 1 || out.shape[0] !== 3)
    throw new Error(
      `errorSums: out must have shape [3] (max |a - b|, sum (a - b)^2, sum b^2); got [${out.shape.join(', ')}]`,
    );
}

export function validateReadMany(ts: readonly Tensor[]): void {
  if (!Array.isArray(ts)) throw new Error(`readMany: expected an array of tensors; got ${String(ts)}`);
}

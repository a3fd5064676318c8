// Synchronous helpers on plain Float32Arrays for scripts and checks from Node (no Backend object,
// no promises). They call the same kernels as the CPU backend, except harmonicConvolution, which
// is a direct complex sum written on its own and so doubles as a second method for tests.
// Shapes follow ../backend.ts: images [C, H, W], lifted maps [C, G, H, W], complex [C, 2, H, W].

import type { Interpolation, PlaneTransform, TransformOptions } from '../backend';
import { planeTransformOf, type PlanarGroup } from '../../math';
import { correlatePlanes } from './correlation';
import { SamplingPlan } from './interpolation';
import { errorNormsOf } from './measurement';
import { poolOrientationsInto } from './pooling';
import { checkData, checkInterpolation, checkPoolMode, fail, shapeSize } from '../contract/checks';
import { planeDims } from '../contract/tensorShape';
import { filterPlanes, splitsAt, validateElements, validateTransformOptions } from '../contract/validate';
import { filterBankStack, maskDiskStack, transformStack } from './transform';

const plan = new SamplingPlan();

/** How filters are rotated off the pixel grid in the helpers below (defaults: bicubic, masked). */
export interface KernelTransformOptions {
  interpolation?: Interpolation;
  mask?: boolean;
}

// The helpers check their arguments with the Backend's rules (../contract/validate.ts).
function checkLength(name: string, data: Float32Array, shape: readonly number[]): number {
  const size = shapeSize(name, shape);
  checkData(name, data, size, shape);
  return size;
}

function transformAs(
  op: string,
  src: Float32Array,
  shape: readonly number[],
  opts: TransformOptions,
): Float32Array {
  const size = checkLength(op, src, shape);
  const { H, W } = planeDims(shape);
  validateTransformOptions(op, opts, size / (H * W));
  const out = new Float32Array(size);
  transformStack(src, out, size / (H * W), H, W, opts, plan);
  return out;
}

/** L_g applied to every plane of a stack [..., P, H, W] (perm: regular action on groups of P planes). Same shape out. */
export function transformPlanes(
  src: Float32Array,
  shape: readonly number[],
  opts: TransformOptions,
): Float32Array {
  return transformAs('transformPlanes', src, shape, opts);
}

/** An image [C, H, W] rotated by `angle` (radians, counter-clockwise), S first if `reflect`. */
export function rotateImage(
  image: Float32Array,
  shape: readonly number[],
  angle: number,
  opts: { reflect?: boolean; interpolation?: Interpolation; mask?: boolean } = {},
): Float32Array {
  const { reflect = false, interpolation = 'bilinear', mask = false } = opts;
  return transformAs('rotateImage', image, shape, { angle, reflect, interpolation, mask });
}

/** Zero outside the centred disk of radius min(H, W) / 2, for every plane. */
export function maskDisk(src: Float32Array, shape: readonly number[]): Float32Array {
  const size = checkLength('maskDisk', src, shape);
  const { H, W } = planeDims(shape);
  const out = new Float32Array(size);
  maskDiskStack(src, out, size / (H * W), H, W);
  return out;
}

/** Filter bank [O, G, C, P, K, K] of filter [O, C, P, K, K] (or [O, C, K, K] with P = 1) under the elements. */
export function filterBank(
  filter: Float32Array,
  shape: readonly number[],
  elements: readonly PlaneTransform[],
  opts: KernelTransformOptions = {},
): Float32Array {
  const size = checkLength('filterBank', filter, shape);
  const { interpolation = 'bicubic', mask = true } = opts;
  checkInterpolation('filterBank', interpolation);
  validateElements('filterBank', elements, filterPlanes('filterBank', shape));
  const K = shape[shape.length - 1];
  const out = new Float32Array(size * elements.length);
  filterBankStack(filter, out, shape[0], size / (shape[0] * K * K), K, elements, interpolation, mask, plan);
  return out;
}

/** Planar correlation of input [Cin, H, W] with weights [Cout, Cin, K, K] (+ bias [Cout]): [Cout, H, W]. */
export function correlate(
  input: Float32Array,
  inputShape: readonly number[],
  weights: Float32Array,
  weightShape: readonly number[],
  bias: Float32Array | null = null,
): Float32Array {
  const inSize = checkLength('correlate input', input, inputShape);
  checkLength('correlate weights', weights, weightShape);
  const { H, W } = planeDims(inputShape);
  const K = weightShape[weightShape.length - 1];
  const Cin = inSize / (H * W);
  const Cout = weights.length / (Cin * K * K);
  const square = weightShape.length >= 2 && weightShape[weightShape.length - 2] === K;
  if (!Number.isInteger(Cout) || K % 2 !== 1 || !square || !splitsAt(weightShape, Cout)) {
    const input = `Cin = ${Cin} (input [${inputShape.join(', ')}]) and K odd`;
    fail('correlate', `weights must be [Cout, Cin, K, K] with ${input}`, `[${weightShape.join(', ')}]`);
  }
  if (bias && bias.length !== Cout)
    fail('correlate', `bias must have Cout = ${Cout} entries`, `${bias.length}`);
  const out = new Float32Array(Cout * H * W);
  correlatePlanes(input, weights, bias, out, { Cin, Cout, H, W, K }, new Float64Array(H * W));
  return out;
}

/** The spatial parts (no perm) or full regular actions (with perm) of every element of a group. */
export function groupTransforms(group: PlanarGroup, withPerm: boolean): PlaneTransform[] {
  return Array.from({ length: group.order }, (_, g) => {
    const t = planeTransformOf(group, g);
    return withPerm ? t : { angle: t.angle, reflect: t.reflect };
  });
}

/** Lifting correlation (Cohen & Welling 2016: [f * psi](g) = sum_y sum_k f_k(y) psi_k(g^-1 y)): image [C, H, W], weights [O, C, K, K] -> [O, G, H, W]. */
export function liftingCorrelation(
  image: Float32Array,
  imageShape: readonly number[],
  weights: Float32Array,
  weightShape: readonly number[],
  group: PlanarGroup,
  opts: KernelTransformOptions = {},
): Float32Array {
  const [O, C, K] = [weightShape[0], weightShape[1], weightShape[3]];
  const bank = filterBank(weights, weightShape, groupTransforms(group, false), opts);
  return correlate(image, imageShape, bank, [O * group.order, C, K, K]);
}

/** Group correlation (Cohen & Welling 2016: [f * psi](g) = sum_h sum_k f_k(h) psi_k(g^-1 h)): map [C, G, H, W], weights [O, C, G, K, K] -> [O, G, H, W]. */
export function groupCorrelation(
  map: Float32Array,
  mapShape: readonly number[],
  weights: Float32Array,
  weightShape: readonly number[],
  group: PlanarGroup,
  opts: KernelTransformOptions = {},
): Float32Array {
  const [O, C, G, K] = [weightShape[0], weightShape[1], weightShape[2], weightShape[4]];
  const bank = filterBank(weights, weightShape, groupTransforms(group, true), opts);
  return correlate(map, mapShape, bank, [O * G, C * G, K, K]);
}

/** a [C, P, H, W] -> [C, H, W]: max or mean over the orientation axis. */
export function poolOrientations(
  a: Float32Array,
  shape: readonly number[],
  mode: 'max' | 'mean',
): Float32Array {
  checkLength('poolOrientations', a, shape);
  if (shape.length !== 4) fail('poolOrientations', 'a must be [C, P, H, W]', `[${shape.join(', ')}]`);
  checkPoolMode('poolOrientations', mode);
  const [C, P, H, W] = shape;
  const out = new Float32Array(C * H * W);
  poolOrientationsInto(a, out, C, P, H * W, mode);
  return out;
}

export { errorNormsOf as errorNorms };

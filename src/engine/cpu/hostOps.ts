// Every op but the correlation on Float32Array storage, shared by the backends that keep their
// tensors in host memory (the CPU reference and the WASM backend): reads, geometry, entrywise,
// pooling and measurement. Each op checks its arguments (../contract/validate.ts), then runs the
// reference's plane loop. `read` gives a tensor's storage; `write` the storage of an output (the
// WASM backend marks it changed); `plan` is the backend's sampling scratch.
import type { Backend, Interpolation, PlaneTransform, PoolMode, Tensor, TransformOptions } from '../backend';
import { complexChannels, filterBankShape, orientationPoolShape } from '../contract/shapes';
import { planeDims } from '../contract/tensorShape';
import * as check from '../contract/validate';
import type { SamplingPlan } from './interpolation';
import { errorNormsOf, errorSumsInto } from './measurement';
import { addInto, magnitudeInto, magnitudeReluInto, reluInto, subtractInto } from './pointwise';
import { globalPoolInto, poolOrientationsInto } from './pooling';
import { filterBankStack, maskDiskStack, transformStack } from './transform';

/** A backend whose tensors live in host memory, readable in place (the renderer draws from there). */
export type HostBackend = Backend & {
  /** The tensor's own storage, not a copy: read it before the next op writes it; never write it. */
  view(t: Tensor): Float32Array;
};

export function isHostBackend(backend: Backend): backend is HostBackend {
  return typeof (backend as Partial<HostBackend>).view === 'function';
}

export type HostOps = Pick<HostBackend, 'view'> &
  Pick<
    Backend,
    | 'read'
    | 'transform'
    | 'filterBank'
    | 'maskDisk'
    | 'add'
    | 'subtract'
    | 'relu'
    | 'magnitudeRelu'
    | 'magnitude'
    | 'poolOrientations'
    | 'globalPool'
    | 'errorNorms'
    | 'errorSums'
    | 'readMany'
  >;

export function hostOps(
  read: (t: Tensor) => Float32Array,
  write: (t: Tensor) => Float32Array,
  plan: SamplingPlan,
): HostOps {
  return {
    view: read,
    read: async (t: Tensor) => Float32Array.from(read(t)),
    transform(src: Tensor, out: Tensor, opts: TransformOptions) {
      check.validateTransform(src, out, opts);
      const { H, W } = planeDims(src.shape);
      transformStack(read(src), write(out), src.size / (H * W), H, W, opts, plan);
    },
    filterBank(
      filter: Tensor,
      out: Tensor,
      elements: readonly PlaneTransform[],
      interpolation: Interpolation,
      mask: boolean,
    ) {
      check.validateFilterBank(filter, out, elements, interpolation);
      const { O, planesPerFilter, K } = filterBankShape(filter);
      filterBankStack(read(filter), write(out), O, planesPerFilter, K, elements, interpolation, mask, plan);
    },
    maskDisk(src: Tensor, out: Tensor) {
      check.validateMaskDisk(src, out);
      const { H, W } = planeDims(src.shape);
      maskDiskStack(read(src), write(out), src.size / (H * W), H, W);
    },
    add(a: Tensor, b: Tensor, out: Tensor) {
      check.validateCombine('add', a, b, out);
      addInto(read(a), read(b), write(out));
    },
    subtract(a: Tensor, b: Tensor, out: Tensor) {
      check.validateCombine('subtract', a, b, out);
      subtractInto(read(a), read(b), write(out));
    },
    relu(a: Tensor, out: Tensor) {
      check.validateRelu(a, out);
      reluInto(read(a), write(out));
    },
    magnitudeRelu(a: Tensor, bias: Tensor, out: Tensor) {
      check.validateMagnitudeRelu(a, bias, out);
      const { C, hw } = complexChannels(a);
      magnitudeReluInto(read(a), read(bias), write(out), C, hw);
    },
    magnitude(a: Tensor, out: Tensor) {
      check.validateMagnitude(a, out);
      const { C, hw } = complexChannels(a);
      magnitudeInto(read(a), write(out), C, hw);
    },
    poolOrientations(a: Tensor, out: Tensor, mode: PoolMode) {
      check.validatePoolOrientations(a, out, mode);
      const { C, P, hw } = orientationPoolShape(a);
      poolOrientationsInto(read(a), write(out), C, P, hw, mode);
    },
    globalPool(a: Tensor, out: Tensor, mode: PoolMode) {
      check.validateGlobalPool(a, out, mode);
      const C = a.shape[0];
      globalPoolInto(read(a), write(out), C, a.size / C, mode);
    },
    async errorNorms(a: Tensor, b: Tensor) {
      check.validateErrorNorms(a, b);
      return errorNormsOf(read(a), read(b));
    },
    errorSums(a: Tensor, b: Tensor, out: Tensor) {
      check.validateErrorSums(a, b, out);
      errorSumsInto(read(a), read(b), write(out));
    },
    async readMany(ts: readonly Tensor[]) {
      check.validateReadMany(ts);
      return ts.map((t) => Float32Array.from(read(t)));
    },
  };
}

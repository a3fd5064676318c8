// The entrywise, pooling and measurement ops on Float32Array storage, shared by every backend
// that keeps its tensors in host memory (the CPU reference and the WASM backend): each op checks
// its arguments (../contract/validate.ts), then runs the reference's plane loop. `read` gives a
// tensor's storage; `write` the storage of an output (the WASM backend marks it changed).
import type { Backend, PoolMode, Tensor } from '../backend';
import { complexChannels, orientationPoolShape } from '../contract/shapes';
import * as check from '../contract/validate';
import { errorNormsOf, errorSumsInto } from './measurement';
import { addInto, magnitudeInto, magnitudeReluInto, reluInto, subtractInto } from './pointwise';
import { globalPoolInto, poolOrientationsInto } from './pooling';

export type HostOps = Pick<
  Backend,
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

export function hostOps(read: (t: Tensor) => Float32Array, write: (t: Tensor) => Float32Array): HostOps {
  return {
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

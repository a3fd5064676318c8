// The CPU reference Backend: every op runs at once on Float32Arrays (flush does nothing).
// It is the test oracle for the WebGPU backend and the in-browser fallback, so it follows the
// conventions of ../backend.ts to the letter; the sampling and shape rules it adds are stated in
// ../contract/ and interpolation.ts. Every op first checks its arguments with
// ../contract/validate.ts, as the WebGPU backend does. Scratch memory (sampling plans, the float64
// correlation accumulator) is grow-only and kept per backend, so ops allocate nothing per pixel.
// Entrywise ops (add, subtract, relu, magnitudeRelu, maskDisk) may write into an input; ops that
// gather (transform, filterBank, correlate, magnitude, pooling) need a distinct output.

import type { BackendInfo, Tensor } from '../backend';
import { correlatePlanes } from './correlation';
import { SamplingPlan } from './interpolation';
import { hostOps, type HostBackend } from './hostOps';
import { correlationShape } from '../contract/shapes';
import * as check from '../contract/validate';
import { CpuTensor, dataOf } from './tensor';

export const CPU_BACKEND_INFO: BackendInfo = Object.freeze({
  kind: 'cpu',
  description: 'TypeScript, float64 sums',
  isFallbackAdapter: false,
});

/** A new CPU backend; tensors of one backend cannot be used with another. */
export function createCpuBackend(): HostBackend {
  const owner = {};
  let nextId = 1;
  const plan = new SamplingPlan();
  let acc = new Float64Array(0);
  const data = (t: Tensor): Float32Array => dataOf(owner, t);

  const scratch = (n: number): Float64Array => {
    if (acc.length < n) acc = new Float64Array(n);
    return acc;
  };

  return {
    info: CPU_BACKEND_INFO,

    tensor(shape: readonly number[], init?: Float32Array) {
      check.validateTensor(shape, init);
      return new CpuTensor(owner, nextId++, shape, init);
    },
    write(t: Tensor, values: Float32Array) {
      check.validateWrite(t, values);
      data(t).set(values);
    },
    dispose(t: Tensor) {
      data(t);
      (t as CpuTensor).data = null;
    },
    flush() {},

    correlate(input: Tensor, weights: Tensor, bias: Tensor | null, out: Tensor) {
      check.validateCorrelate(input, weights, bias, out);
      const shape = correlationShape(input, weights, out);
      const biasData = bias ? data(bias) : null;
      correlatePlanes(data(input), data(weights), biasData, data(out), shape, scratch(shape.H * shape.W));
    },

    ...hostOps(data, data, plan),

    destroy() {
      plan.release();
      acc = new Float64Array(0);
    },
  };
}

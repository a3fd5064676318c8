// The CPU reference Backend: every op runs at once on Float32Arrays (flush does nothing).
// It is the test oracle for the WebGPU backend and the in-browser fallback, so it follows the
// conventions of ../backend.ts to the letter; the sampling and shape rules it adds are stated in
// geometry.ts, interpolation.ts and shapes.ts. Scratch memory (sampling plans, the float64
// correlation accumulator) is grow-only and kept per backend, so ops allocate nothing per pixel.
// Entrywise ops (add, subtract, relu, magnitudeRelu, maskDisk) may write into an input; ops that
// gather (transform, filterBank, correlate, magnitude, pooling) need a distinct output.

import type {
  Backend,
  BackendInfo,
  Interpolation,
  PlaneTransform,
  PoolMode,
  Tensor,
  TransformOptions,
} from '../backend';
import { correlatePlanes } from './correlation';
import { SamplingPlan } from './interpolation';
import { errorNormsOf } from './measurement';
import { addInto, magnitudeInto, magnitudeReluInto, reluInto, subtractInto } from './pointwise';
import { globalPoolInto, poolOrientationsInto } from './pooling';
import {
  complexChannels,
  correlationShape,
  filterBankShape,
  orientationPoolShape,
  planesOf,
} from '../contract/shapes';
import { checkSameSize, planeDims } from '../contract/tensorShape';
import { CpuTensor, dataOf } from './tensor';
import { filterBankStack, maskDiskStack, transformStack } from './transform';

export const CPU_BACKEND_INFO: BackendInfo = Object.freeze({
  kind: 'cpu',
  description: 'CPU reference (TypeScript)',
  isFallbackAdapter: false,
});

function checkDistinct(op: string, a: Tensor, out: Tensor): void {
  if (a === out) throw new Error(`${op}: input and output must be different tensors`);
}

/** A new CPU backend; tensors of one backend cannot be used with another. */
export function createCpuBackend(): Backend {
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

    tensor: (shape: readonly number[], init?: Float32Array) => new CpuTensor(owner, nextId++, shape, init),
    write(t: Tensor, values: Float32Array) {
      const d = data(t);
      if (values.length !== d.length)
        throw new Error(`write: ${values.length} values for ${d.length} entries`);
      d.set(values);
    },
    read: async (t: Tensor) => Float32Array.from(data(t)),
    dispose(t: Tensor) {
      data(t);
      (t as CpuTensor).data = null;
    },
    flush() {},

    transform(src: Tensor, out: Tensor, opts: TransformOptions) {
      checkSameSize('transform', src, out);
      checkDistinct('transform', src, out);
      const { H, W } = planeDims(src.shape);
      const planes = planesOf('transform', out, H, W);
      transformStack(data(src), data(out), planes, H, W, opts, plan);
    },
    filterBank(
      filter: Tensor,
      out: Tensor,
      elements: readonly PlaneTransform[],
      interpolation: Interpolation,
      mask: boolean,
    ) {
      checkDistinct('filterBank', filter, out);
      const { O, planesPerFilter, K } = filterBankShape(filter, out, elements);
      filterBankStack(data(filter), data(out), O, planesPerFilter, K, elements, interpolation, mask, plan);
    },
    maskDisk(src: Tensor, out: Tensor) {
      checkSameSize('maskDisk', src, out);
      const { H, W } = planeDims(src.shape);
      maskDiskStack(data(src), data(out), planesOf('maskDisk', out, H, W), H, W);
    },

    correlate(input: Tensor, weights: Tensor, bias: Tensor | null, out: Tensor) {
      checkDistinct('correlate', input, out);
      const shape = correlationShape(input, weights, bias, out);
      const biasData = bias ? data(bias) : null;
      correlatePlanes(data(input), data(weights), biasData, data(out), shape, scratch(shape.H * shape.W));
    },

    add(a: Tensor, b: Tensor, out: Tensor) {
      checkSameSize('add', a, b);
      checkSameSize('add', a, out);
      addInto(data(a), data(b), data(out));
    },
    subtract(a: Tensor, b: Tensor, out: Tensor) {
      checkSameSize('subtract', a, b);
      checkSameSize('subtract', a, out);
      subtractInto(data(a), data(b), data(out));
    },
    relu(a: Tensor, out: Tensor) {
      checkSameSize('relu', a, out);
      reluInto(data(a), data(out));
    },
    magnitudeRelu(a: Tensor, bias: Tensor, out: Tensor) {
      checkSameSize('magnitudeRelu', a, out);
      const { C, hw } = complexChannels('magnitudeRelu', a);
      if (bias.size !== C) throw new Error(`magnitudeRelu: bias needs ${C} entries, has ${bias.size}`);
      magnitudeReluInto(data(a), data(bias), data(out), C, hw);
    },
    magnitude(a: Tensor, out: Tensor) {
      checkDistinct('magnitude', a, out);
      const { C, hw } = complexChannels('magnitude', a);
      if (out.size !== C * hw) throw new Error(`magnitude: out needs ${C * hw} entries, has ${out.size}`);
      magnitudeInto(data(a), data(out), C, hw);
    },

    poolOrientations(a: Tensor, out: Tensor, mode: PoolMode) {
      checkDistinct('poolOrientations', a, out);
      const { C, P, hw } = orientationPoolShape(a, out);
      poolOrientationsInto(data(a), data(out), C, P, hw, mode);
    },
    globalPool(a: Tensor, out: Tensor, mode: PoolMode) {
      checkDistinct('globalPool', a, out);
      const C = a.shape[0];
      if (out.size !== C) throw new Error(`globalPool: out needs ${C} entries, has ${out.size}`);
      globalPoolInto(data(a), data(out), C, a.size / C, mode);
    },

    errorNorms: async (a: Tensor, b: Tensor) => errorNormsOf(data(a), data(b)),

    destroy() {
      plan.release();
      acc = new Float64Array(0);
    },
  };
}

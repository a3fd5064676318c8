// The WASM Backend: float32, the correlations on XNNPACK (WebAssembly SIMD) through
// tfjs-backend-wasm, everything else on the CPU reference's own plane loops (../cpu/), which take
// the Float32Arrays these tensors hold. The correlations are nearly all of a frame's work (lifting,
// group and planar layers all reduce to one `correlate` with a filter bank); the rest is a few
// passes over the maps. Every op first checks its arguments with ../contract/validate.ts, as the
// other backends do, so a bad call fails with the same message everywhere.

import type { BackendInfo, Tensor } from '../backend';
import { correlationShape } from '../contract/shapes';
import * as check from '../contract/validate';
import { SamplingPlan } from '../cpu/interpolation';
import { hostOps, type HostBackend } from '../cpu/hostOps';
import { XnnCorrelation } from './conv';
import { HeapCopies } from './heapCopies';
import { weightsToHwio } from './layout';
import { startWasmRuntime, type WasmBinary, type WasmRuntime } from './runtime';
import { dataOf, outputOf, WasmTensor } from './tensor';

export interface WasmBackendOptions {
  /** Run the plain (non-SIMD) build where SIMD is missing instead of rejecting. Default false. */
  allowPlain?: boolean;
}

export type WasmBackend = HostBackend & {
  /** The tfjs-backend-wasm binary that runs. */
  readonly binary: WasmBinary;
  /** Size of the WebAssembly heap and live tfjs data ids: for leak checks. */
  memory(): { heapBytes: number; dataIds: number };
};

/**
 * A backend on WebAssembly SIMD. Async because the WebAssembly module must be fetched and compiled
 * (once per page). Rejects with an Error when SIMD is missing or the module cannot be loaded, so
 * the caller can use the CPU reference instead.
 */
export async function createWasmBackend(options: WasmBackendOptions = {}): Promise<WasmBackend> {
  return assemble(await startWasmRuntime(options.allowPlain ?? false));
}

function describe(rt: WasmRuntime): BackendInfo {
  const threads = `${rt.threads} thread${rt.threads === 1 ? '' : 's'}`;
  return Object.freeze({
    kind: 'wasm',
    description: `XNNPACK, tfjs-backend-wasm ${rt.version}, ${rt.binary} binary, ${threads}`,
    isFallbackAdapter: false,
  });
}

function assemble(rt: WasmRuntime): WasmBackend {
  const owner = {};
  let nextId = 1;
  const plan = new SamplingPlan();
  const conv = new XnnCorrelation(rt);
  const filters = new HeapCopies(rt);
  const biases = new HeapCopies(rt);
  const data = (t: Tensor): Float32Array => dataOf(owner, t);
  const output = (t: Tensor): Float32Array => outputOf(owner, t);

  return {
    info: describe(rt),
    binary: rt.binary,
    memory: () => ({ heapBytes: rt.module.HEAPF32.byteLength, dataIds: rt.backend.numDataIds() }),

    tensor(shape: readonly number[], init?: Float32Array) {
      check.validateTensor(shape, init);
      return new WasmTensor(owner, nextId++, shape, init);
    },
    write(t: Tensor, values: Float32Array) {
      check.validateWrite(t, values);
      output(t).set(values);
    },
    dispose(t: Tensor) {
      data(t);
      filters.forget(t as WasmTensor);
      biases.forget(t as WasmTensor);
      (t as WasmTensor).data = null;
    },
    flush() {},

    correlate(input: Tensor, weights: Tensor, bias: Tensor | null, out: Tensor) {
      check.validateCorrelate(input, weights, bias, out);
      const shape = correlationShape(input, weights, out);
      const { Cin, Cout, K } = shape;
      const w = data(weights);
      const filterId = filters.idOf(weights as WasmTensor, Cin, (heap, at) =>
        weightsToHwio(w, heap, at, Cout, Cin, K),
      );
      const b = bias ? data(bias) : null;
      const biasId = b ? biases.idOf(bias as WasmTensor, 0, (heap, at) => heap.set(b, at)) : 0;
      conv.run(data(input), filterId, biasId, output(out), shape);
    },

    ...hostOps(data, output, plan),

    destroy() {
      plan.release();
      conv.release();
      filters.clear();
      biases.clear();
    },
  };
}

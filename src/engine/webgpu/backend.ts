// The WebGPU Backend: ops record compute dispatches in order (recorder.ts) and flush() submits
// them; tensors live in pooled GPU buffers (pool.ts) and only read() and errorNorms() map memory
// back to the host. After the device is lost, ops do nothing and reads reject with an Error, so
// a frame loop keeps running until the bootstrap swaps in a backend on a new device. Every op
// first checks its arguments with ../contract/validate.ts, as the CPU backend does.

import type { Backend, BackendInfo, Tensor } from '../backend';
import * as check from '../contract/validate';
import { createContext, GpuTensor } from './context';
import { correlate } from './correlate';
import { errorNorms, errorSums } from './errorNorms';
import { filterBank, maskDisk, transform } from './geometry';
import { Memory } from './memory';
import { combine, magnitude, magnitudeRelu, relu } from './pointwise';
import { globalPool, poolOrientations } from './pooling';
import { Recorder } from './recorder';

export type WebGpuBackend = Backend & { readonly device: GPUDevice };

let backendCount = 0;

export function createWebGpuBackend(
  device: GPUDevice,
  adapter: { description: string; isFallbackAdapter: boolean },
): WebGpuBackend {
  const label = `engine${backendCount++}`;
  const owner = {};
  const recorder = new Recorder(device, label);
  const memory = new Memory(device, recorder, label);
  const ctx = createContext(device, recorder, owner, memory.storage);
  const info: BackendInfo = Object.freeze({ kind: 'webgpu', ...adapter });
  let nextId = 1;

  function write(t: Tensor, data: Float32Array): void {
    check.validateWrite(t, data);
    const buffer = ctx.buffer(t);
    // queue.writeBuffer lands before the next submit: submit recorded work first to keep order.
    recorder.flush();
    if (!recorder.lost) device.queue.writeBuffer(buffer, 0, data.buffer, data.byteOffset, data.byteLength);
  }

  return {
    info,
    device,

    tensor(shape: readonly number[], data?: Float32Array): Tensor {
      const size = check.validateTensor(shape, data);
      const { buffer, fresh } = memory.storage.acquire(4 * size);
      const t = new GpuTensor(owner, nextId++, shape, size, buffer);
      if (data) write(t, data);
      else if (!fresh && !recorder.lost) recorder.commands().clearBuffer(buffer, 0, 4 * size);
      return t;
    },
    write,
    read: async (t: Tensor) => memory.readBack(ctx.buffer(t), 4 * t.size),
    async readMany(ts: readonly Tensor[]) {
      check.validateReadMany(ts);
      return memory.readBackMany(ts.map((t) => ({ src: ctx.buffer(t), bytes: 4 * t.size })));
    },
    dispose(t: Tensor) {
      memory.storage.release(ctx.buffer(t));
      (t as GpuTensor).buffer = null;
    },
    flush: () => recorder.flush(),

    transform(src, out, opts) {
      check.validateTransform(src, out, opts);
      transform(ctx, src, out, opts);
    },
    filterBank(filter, out, elements, interpolation, mask) {
      check.validateFilterBank(filter, out, elements, interpolation);
      filterBank(ctx, filter, out, elements, interpolation, mask);
    },
    maskDisk(src, out) {
      check.validateMaskDisk(src, out);
      maskDisk(ctx, src, out);
    },
    correlate(input, weights, bias, out) {
      check.validateCorrelate(input, weights, bias, out);
      correlate(ctx, input, weights, bias, out);
    },
    add(a, b, out) {
      check.validateCombine('add', a, b, out);
      combine(ctx, a, b, out, 1);
    },
    subtract(a, b, out) {
      check.validateCombine('subtract', a, b, out);
      combine(ctx, a, b, out, -1);
    },
    relu(a, out) {
      check.validateRelu(a, out);
      relu(ctx, a, out);
    },
    magnitudeRelu(a, bias, out) {
      check.validateMagnitudeRelu(a, bias, out);
      magnitudeRelu(ctx, a, bias, out);
    },
    magnitude(a, out) {
      check.validateMagnitude(a, out);
      magnitude(ctx, a, out);
    },
    poolOrientations(a, out, mode) {
      check.validatePoolOrientations(a, out, mode);
      poolOrientations(ctx, a, out, mode);
    },
    globalPool(a, out, mode) {
      check.validateGlobalPool(a, out, mode);
      globalPool(ctx, a, out, mode);
    },
    async errorNorms(a, b) {
      check.validateErrorNorms(a, b);
      return errorNorms(ctx, memory, a, b);
    },
    errorSums(a, b, out) {
      check.validateErrorSums(a, b, out);
      errorSums(ctx, memory, a, b, ctx.buffer(out));
    },

    destroy() {
      recorder.flush();
      recorder.destroy();
      memory.destroy();
    },
  };
}

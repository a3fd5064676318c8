// The WebGPU Backend: ops record compute dispatches in order (recorder.ts) and flush() submits
// them; tensors live in pooled GPU buffers (pool.ts) and only read() and errorNorms() map memory
// back to the host. After the device is lost, ops do nothing and reads reject with an Error, so
// a frame loop keeps running until the bootstrap swaps in a backend on a new device.

import type { Backend, BackendInfo, Tensor } from '../backend';
import { sizeOf } from '../contract/tensorShape';
import { createContext, GpuTensor } from './context';
import { correlate } from './correlate';
import { errorNorms } from './errorNorms';
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
    const buffer = ctx.buffer(t);
    if (data.length !== t.size) throw new Error(`write: ${data.length} values for ${t.size} entries`);
    // queue.writeBuffer lands before the next submit: submit recorded work first to keep order.
    recorder.flush();
    if (!recorder.lost) device.queue.writeBuffer(buffer, 0, data.buffer, data.byteOffset, data.byteLength);
  }

  return {
    info,
    device,

    tensor(shape: readonly number[], data?: Float32Array): Tensor {
      const size = sizeOf(shape);
      if (data && data.length !== size)
        throw new Error(`tensor: data has ${data.length} entries, shape [${shape.join(', ')}] needs ${size}`);
      const { buffer, fresh } = memory.storage.acquire(4 * size);
      const t = new GpuTensor(owner, nextId++, shape, size, buffer);
      if (data) write(t, data);
      else if (!fresh && !recorder.lost) recorder.commands().clearBuffer(buffer, 0, 4 * size);
      return t;
    },
    write,
    read: async (t: Tensor) => memory.readBack(ctx.buffer(t), 4 * t.size),
    dispose(t: Tensor) {
      memory.storage.release(ctx.buffer(t));
      (t as GpuTensor).buffer = null;
    },
    flush: () => recorder.flush(),

    transform: (src, out, opts) => transform(ctx, src, out, opts),
    filterBank: (filter, out, elements, interpolation, mask) =>
      filterBank(ctx, filter, out, elements, interpolation, mask),
    maskDisk: (src, out) => maskDisk(ctx, src, out),
    correlate: (input, weights, bias, out) => correlate(ctx, input, weights, bias, out),
    add: (a, b, out) => combine(ctx, 'add', a, b, out, 1),
    subtract: (a, b, out) => combine(ctx, 'subtract', a, b, out, -1),
    relu: (a, out) => relu(ctx, a, out),
    magnitudeRelu: (a, bias, out) => magnitudeRelu(ctx, a, bias, out),
    magnitude: (a, out) => magnitude(ctx, a, out),
    poolOrientations: (a, out, mode) => poolOrientations(ctx, a, out, mode),
    globalPool: (a, out, mode) => globalPool(ctx, a, out, mode),
    errorNorms: (a, b) => errorNorms(ctx, memory, a, b),

    destroy() {
      recorder.flush();
      recorder.destroy();
      memory.destroy();
    },
  };
}

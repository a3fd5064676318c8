// What every op module needs: the device, the recorder, and the GPU buffer behind a tensor.

import type { Tensor } from '../backend';
import { getKernel, type Kernel, type KernelSpec } from './kernels';
import type { BufferPool } from './pool';
import type { Groups, Recorder } from './recorder';

/** A tensor of the WebGPU backend: a shape over a pooled GPU buffer (null once disposed). */
export class GpuTensor implements Tensor {
  readonly shape: readonly number[];

  constructor(
    readonly owner: object,
    readonly id: number,
    shape: readonly number[],
    readonly size: number,
    public buffer: GPUBuffer | null,
  ) {
    this.shape = Object.freeze([...shape]);
  }
}

/** The GPU buffer behind a live WebGPU tensor: the renderer draws straight from it. */
export function gpuBufferOf(t: Tensor): GPUBuffer {
  if (!(t instanceof GpuTensor)) throw new Error(`tensor ${t.id} is not a WebGPU tensor`);
  if (!t.buffer) throw new Error(`tensor ${t.id}: used after dispose`);
  return t.buffer;
}

export interface GpuContext {
  readonly device: GPUDevice;
  readonly recorder: Recorder;
  /** The buffer of a live tensor of this backend; throws for disposed or foreign tensors. */
  buffer(t: Tensor): GPUBuffer;
  kernel(spec: KernelSpec, constants?: Record<string, number>): Kernel;
  /**
   * Calls record with the buffer an entrywise op should write for `out`. WebGPU forbids binding
   * one buffer both writable and readable in a dispatch, so when out is also an input the op
   * writes a pooled temporary that is then copied into out, in order with the other work.
   */
  output(out: Tensor, inputs: readonly Tensor[], record: (buffer: GPUBuffer) => void): void;
}

export function createContext(
  device: GPUDevice,
  recorder: Recorder,
  owner: object,
  pool: BufferPool,
): GpuContext {
  const buffer = (t: Tensor): GPUBuffer => {
    if (!(t instanceof GpuTensor) || t.owner !== owner)
      throw new Error(`tensor ${t.id} belongs to another backend`);
    if (!t.buffer) throw new Error(`tensor ${t.id}: used after dispose`);
    return t.buffer;
  };
  return {
    device,
    recorder,
    buffer,
    kernel: (spec, constants) => getKernel(device, spec, constants),
    output(out, inputs, record) {
      if (!inputs.includes(out)) return record(buffer(out));
      const bytes = 4 * out.size;
      // Back to the pool at once: any later user of it is recorded after the copy below.
      const temp = pool.acquire(bytes).buffer;
      record(temp);
      if (!recorder.lost) recorder.commands().copyBufferToBuffer(temp, 0, buffer(out), 0, bytes);
      pool.release(temp);
    },
  };
}

/** Workgroups for one invocation per entry with 64-wide workgroups: x up to 65535, then rows in y. */
export function grid(entries: number, width = 64): Groups {
  const groups = Math.max(1, Math.ceil(entries / width));
  const x = Math.min(groups, 65535);
  return [x, Math.ceil(groups / x), 1];
}

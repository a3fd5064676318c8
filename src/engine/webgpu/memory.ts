// GPU memory of one backend: pooled storage buffers for tensors, pooled staging buffers for
// readback, and a few named scratch buffers (the partial sums of errorNorms).

import { BufferPool } from './pool';
import type { Recorder } from './recorder';

export class Memory {
  readonly storage: BufferPool;
  private readonly staging: BufferPool;
  private readonly scratchBuffers = new Map<string, GPUBuffer>();

  constructor(
    device: GPUDevice,
    private readonly recorder: Recorder,
    label: string,
  ) {
    const storageUsage = GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_SRC | GPUBufferUsage.COPY_DST;
    this.storage = new BufferPool(device, storageUsage, `${label}:t`);
    this.staging = new BufferPool(device, GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST, `${label}:read`);
  }

  /** A storage buffer kept for the backend's lifetime, created on first use. */
  scratch(name: string, bytes: number): GPUBuffer {
    let buffer = this.scratchBuffers.get(name);
    if (!buffer) {
      buffer = this.storage.acquire(bytes).buffer;
      this.scratchBuffers.set(name, buffer);
    }
    return buffer;
  }

  /** Copies the first `bytes` of src to the host: records the copy, submits, maps a staging buffer. */
  async readBack(src: GPUBuffer, bytes: number): Promise<Float32Array> {
    if (this.recorder.lost) throw lostError(this.recorder.lost);
    const { buffer } = this.staging.acquire(bytes);
    this.recorder.commands().copyBufferToBuffer(src, 0, buffer, 0, bytes);
    this.recorder.flush();
    try {
      await buffer.mapAsync(GPUMapMode.READ, 0, bytes);
    } catch (e) {
      // The only way a mapping fails here: the device went away before device.lost resolved.
      throw lostError(this.recorder.lost ?? `device lost (${String(e)})`);
    }
    const data = new Float32Array(buffer.getMappedRange(0, bytes).slice(0));
    buffer.unmap();
    this.staging.release(buffer);
    return data;
  }

  destroy(): void {
    this.scratchBuffers.clear();
    this.storage.destroy();
    this.staging.destroy();
  }
}

function lostError(why: string): Error {
  return new Error(`WebGPU backend unavailable: ${why}`);
}

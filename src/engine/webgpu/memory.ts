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
    return (await this.readBackMany([{ src, bytes }]))[0];
  }

  /** Copies several buffers' heads into one staging buffer: one submit, one mapAsync for all. */
  async readBackMany(parts: readonly { src: GPUBuffer; bytes: number }[]): Promise<Float32Array[]> {
    if (this.recorder.lost) throw lostError(this.recorder.lost);
    const total = parts.reduce((sum, p) => sum + p.bytes, 0);
    if (total === 0) return parts.map(() => new Float32Array(0));
    const { buffer } = this.staging.acquire(total);
    const commands = this.recorder.commands();
    let at = 0;
    for (const { src, bytes } of parts) {
      if (bytes > 0) commands.copyBufferToBuffer(src, 0, buffer, at, bytes); // float32: 4-byte aligned
      at += bytes;
    }
    this.recorder.flush();
    try {
      await buffer.mapAsync(GPUMapMode.READ, 0, total);
    } catch (e) {
      // The only way a mapping fails here: the device went away before device.lost resolved.
      throw lostError(this.recorder.lost ?? `device lost (${String(e)})`);
    }
    const all = new Float32Array(buffer.getMappedRange(0, total).slice(0));
    buffer.unmap();
    this.staging.release(buffer);
    at = 0;
    return parts.map(({ bytes }) => all.subarray(at / 4, (at += bytes) / 4));
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

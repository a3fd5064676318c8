// Buffer pool: GPU buffers are created in power-of-two size classes and handed back on dispose,
// so a frame loop that creates and disposes the same shapes allocates nothing after warm-up.
// Kernels never use arrayLength(): a pooled buffer can be larger than its tensor.

const MIN_BYTES = 256;

function sizeClass(bytes: number): number {
  let size = MIN_BYTES;
  while (size < bytes) size *= 2;
  return size;
}

export class BufferPool {
  private readonly free = new Map<number, GPUBuffer[]>();
  private readonly all = new Set<GPUBuffer>();
  private count = 0;

  constructor(
    private readonly device: GPUDevice,
    private readonly usage: GPUBufferUsageFlags,
    private readonly label: string,
  ) {}

  /** A buffer of at least `bytes`; `fresh` says it was just created (so it is all zeros). */
  acquire(bytes: number): { buffer: GPUBuffer; fresh: boolean } {
    const size = sizeClass(bytes);
    const reused = this.free.get(size)?.pop();
    if (reused) return { buffer: reused, fresh: false };
    // Labels are unique per pool: they name the buffer in WebGPU errors and key bind-group caches.
    const buffer = this.device.createBuffer({
      label: `${this.label}${this.count++}`,
      size,
      usage: this.usage,
    });
    this.all.add(buffer);
    return { buffer, fresh: true };
  }

  release(buffer: GPUBuffer): void {
    const list = this.free.get(buffer.size);
    if (list) list.push(buffer);
    else this.free.set(buffer.size, [buffer]);
  }

  destroy(): void {
    for (const b of this.all) b.destroy();
    this.all.clear();
    this.free.clear();
  }
}

// GPU time of a frame from timestamp queries: an empty compute pass that writes a timestamp is
// submitted before the frame's work and another after it; queue order brackets the frame.

export class TimestampProbe {
  private readonly set: GPUQuerySet;
  private readonly resolveBuf: GPUBuffer;
  private readonly readBuf: GPUBuffer;
  private used = 0;

  constructor(
    private readonly device: GPUDevice,
    private readonly capacity: number,
  ) {
    this.set = device.createQuerySet({ type: 'timestamp', count: 2 * capacity });
    this.resolveBuf = device.createBuffer({
      size: 16 * capacity,
      usage: GPUBufferUsage.QUERY_RESOLVE | GPUBufferUsage.COPY_SRC,
    });
    this.readBuf = device.createBuffer({
      size: 16 * capacity,
      usage: GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST,
    });
  }

  static supported(device: GPUDevice): boolean {
    return device.features.has('timestamp-query');
  }

  private mark(index: number): void {
    const enc = this.device.createCommandEncoder();
    enc.beginComputePass({ timestampWrites: { querySet: this.set, beginningOfPassWriteIndex: index } }).end();
    this.device.queue.submit([enc.finish()]);
  }

  begin(): void {
    if (this.used >= this.capacity) throw new Error('TimestampProbe: capacity exceeded');
    this.mark(2 * this.used);
  }

  end(): void {
    this.mark(2 * this.used + 1);
    this.used++;
  }

  /** Milliseconds between each begin/end pair. */
  async durations(): Promise<number[]> {
    const enc = this.device.createCommandEncoder();
    enc.resolveQuerySet(this.set, 0, 2 * this.used, this.resolveBuf, 0);
    enc.copyBufferToBuffer(this.resolveBuf, 0, this.readBuf, 0, 16 * this.used);
    this.device.queue.submit([enc.finish()]);
    await this.readBuf.mapAsync(GPUMapMode.READ);
    const t = new BigUint64Array(this.readBuf.getMappedRange().slice(0));
    this.readBuf.unmap();
    return Array.from({ length: this.used }, (_, i) => Number(t[2 * i + 1] - t[2 * i]) / 1e6);
  }

  destroy(): void {
    this.set.destroy();
    this.resolveBuf.destroy();
    this.readBuf.destroy();
  }
}

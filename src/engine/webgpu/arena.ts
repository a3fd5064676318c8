// The parameter arena: one GPU buffer that holds the Params struct of every dispatch recorded
// since the last submit, plus small lookup tables (group elements, permutations).
// Why: queue.writeBuffer lands before the whole next submit, so two dispatches in one command
// buffer cannot share a uniform buffer rewritten in between. Each dispatch gets its own slice,
// addressed by a dynamic offset; the CPU mirror is uploaded in one write just before submit.

import { writeParams, type ParamsLayout, type ParamValues } from './uniforms';

const INITIAL_BYTES = 64 * 1024;

export class ParamArena {
  buffer: GPUBuffer;
  /** Changes whenever `buffer` is replaced, so bind groups that name it are rebuilt. */
  generation = 0;
  private mirror: ArrayBuffer;
  private view: DataView;
  private used = 0;
  private readonly align: number;

  constructor(
    private readonly device: GPUDevice,
    private readonly label: string,
  ) {
    this.align = device.limits.minUniformBufferOffsetAlignment;
    this.mirror = new ArrayBuffer(INITIAL_BYTES);
    this.view = new DataView(this.mirror);
    this.buffer = this.createBuffer(INITIAL_BYTES);
  }

  /** Whether `bytes` more (each piece aligned) fit before the next submit. */
  fits(bytes: number): boolean {
    return this.used + bytes <= this.mirror.byteLength;
  }

  /** Bytes a piece of `size` bytes takes up, alignment included. */
  slot(size: number): number {
    return Math.ceil(size / this.align) * this.align;
  }

  /** Replaces the (empty) arena by one of at least `bytes`; call only right after reset(). */
  grow(bytes: number): void {
    let size = this.mirror.byteLength;
    while (size < bytes) size *= 2;
    this.buffer.destroy();
    this.mirror = new ArrayBuffer(size);
    this.view = new DataView(this.mirror);
    this.buffer = this.createBuffer(size);
    this.generation++;
  }

  /** Appends a Params struct; returns its byte offset (the dynamic offset of binding 0). */
  pushParams(layout: ParamsLayout, values: ParamValues): number {
    const at = this.used;
    writeParams(layout, this.view, at, values);
    this.used += this.slot(layout.size);
    return at;
  }

  /** Appends a table of 32-bit words; returns its offset in words (kernels index array<u32>). */
  pushTable(words: Uint32Array): number {
    const at = this.used;
    new Uint32Array(this.mirror, at, words.length).set(words);
    this.used += this.slot(words.byteLength);
    return at / 4;
  }

  /** Copies what was appended to the GPU buffer; must come right before the submit. */
  upload(queue: GPUQueue): void {
    if (this.used > 0) queue.writeBuffer(this.buffer, 0, this.mirror, 0, this.used);
  }

  reset(): void {
    this.used = 0;
  }

  destroy(): void {
    this.buffer.destroy();
  }

  private createBuffer(size: number): GPUBuffer {
    return this.device.createBuffer({
      label: `${this.label}:arena${this.generation}`,
      size,
      usage: GPUBufferUsage.UNIFORM | GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_DST,
    });
  }
}

// Copies of engine tensors on the WebAssembly heap, in the layout a kernel wants (HWIO filters,
// biases), kept until the tensor changes. XNNPACK packs a filter once per operator, and
// tfjs-backend-wasm caches that operator against the filter's data id, so a changed tensor gets a
// NEW buffer (new id) rather than being overwritten in place, and the old one is freed with its
// operator.

import { allocate, release, type HeapBuffer } from './heap';
import type { WasmRuntime } from './runtime';
import type { WasmTensor } from './tensor';

interface Copy {
  version: number;
  /** Which arrangement of the tensor this is (e.g. Cin for a filter, whose HWIO order depends on it). */
  layout: number;
  buffer: HeapBuffer;
}

export class HeapCopies {
  private readonly copies = new Map<WasmTensor, Copy>();

  constructor(private readonly rt: WasmRuntime) {}

  /** The heap id of t's copy in `layout`; `fill` writes it (heap, offset) when t or the layout changed. */
  idOf(t: WasmTensor, layout: number, fill: (heap: Float32Array, offset: number) => void): number {
    const copy = this.copies.get(t);
    if (copy && copy.version === t.version && copy.layout === layout) return copy.buffer.id;
    if (copy) release(this.rt, copy.buffer);
    const buffer = allocate(this.rt, t.size);
    fill(this.rt.module.HEAPF32, buffer.offset);
    this.copies.set(t, { version: t.version, layout, buffer });
    return buffer.id;
  }

  /** Frees t's copy (t was disposed). */
  forget(t: WasmTensor): void {
    const copy = this.copies.get(t);
    if (!copy) return;
    release(this.rt, copy.buffer);
    this.copies.delete(t);
  }

  clear(): void {
    for (const copy of this.copies.values()) release(this.rt, copy.buffer);
    this.copies.clear();
  }
}

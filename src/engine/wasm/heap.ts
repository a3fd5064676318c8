// Float32 buffers on the WebAssembly heap, each a tfjs data id (the C++ side finds tensors by
// that id). Emscripten replaces HEAPF32 when the heap grows (any malloc may grow it, XNNPACK's
// included), so callers read module.HEAPF32 afresh after every allocation or kernel call and
// address a buffer by its float offset, never through a view kept across calls.

import type { WasmRuntime } from './runtime';

export interface HeapBuffer {
  readonly dataId: object;
  /** The id the C++ kernels take. */
  readonly id: number;
  /** Index of the first float in module.HEAPF32. */
  readonly offset: number;
  readonly size: number;
}

/** A new uninitialised buffer of `size` floats. */
export function allocate(rt: WasmRuntime, size: number): HeapBuffer {
  const dataId = rt.backend.write(null, [size], 'float32');
  const { id, memoryOffset } = rt.backend.dataIdMap.get(dataId)!;
  return { dataId, id, offset: memoryOffset / 4, size };
}

/** Frees the buffer and, in C++, whatever was cached against its id (XNNPACK operators). */
export function release(rt: WasmRuntime, buffer: HeapBuffer): void {
  rt.backend.disposeData(buffer.dataId, true);
}

/** A grow-only scratch buffer: inputs and outputs of the correlation change shape between layers. */
export class Scratch {
  private buffer: HeapBuffer | null = null;

  constructor(private readonly rt: WasmRuntime) {}

  /** A buffer of at least `size` floats (its id and offset change when it grows). */
  reserve(size: number): HeapBuffer {
    if (this.buffer && this.buffer.size >= size) return this.buffer;
    this.release();
    this.buffer = allocate(this.rt, size);
    return this.buffer;
  }

  release(): void {
    if (this.buffer) release(this.rt, this.buffer);
    this.buffer = null;
  }
}

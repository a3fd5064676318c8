// Tensors of the WASM backend: the CPU reference's tensor (a shape over a Float32Array, so the
// reference's plane loops run on it directly) plus a version that every write bumps. The
// correlation caches each weight tensor's HWIO copy on the WebAssembly heap and rebuilds it when
// the version moved: weights change rarely (a new bank), inputs every frame.

import type { Tensor } from '../backend';
import { CpuTensor } from '../cpu/tensor';

export class WasmTensor extends CpuTensor {
  version = 0;
}

/** The data of a live tensor of this backend; throws for foreign or disposed tensors. */
export function dataOf(owner: object, t: Tensor): Float32Array {
  if (!(t instanceof WasmTensor) || t.owner !== owner)
    throw new Error(`tensor ${t.id}: not from this WASM backend`);
  if (!t.data) throw new Error(`tensor ${t.id}: used after dispose`);
  return t.data;
}

/** The data an op is about to overwrite: marks the tensor changed. */
export function outputOf(owner: object, t: Tensor): Float32Array {
  const data = dataOf(owner, t);
  (t as WasmTensor).version++;
  return data;
}

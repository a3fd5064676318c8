// Public API of the WASM backend: float32 on WebAssembly SIMD, correlations on XNNPACK.
export { createWasmBackend, type WasmBackend, type WasmBackendOptions } from './backend';
export type { WasmBinary } from './runtime';

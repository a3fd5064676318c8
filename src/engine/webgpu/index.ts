// Public API of the WebGPU backend.
export { createWebGpuBackend, type WebGpuBackend } from './backend';
export { gpuBufferOf } from './context';

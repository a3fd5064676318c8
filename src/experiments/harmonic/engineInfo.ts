// What the harmonic widgets say about the engine that computed their numbers, and the map sizes
// they pick for it (without a hardware GPU they get small maps).
import { backendText as describe, type BackendInfo } from '../../engine/backend';

/** WebAssembly, the CPU reference or a software adapter (SwiftShader): keep sweeps and maps small. */
export function isSlowBackend(info: BackendInfo | undefined): boolean {
  // The engine marks software adapters (SwiftShader and its kind) as fallback adapters.
  return !info || info.kind !== 'webgpu' || info.isFallbackAdapter;
}

export function backendText(info: BackendInfo | undefined): string {
  return info ? describe(info) : '…';
}

/** `fast` on a hardware GPU, `slow` elsewhere. */
export function sizeFor(info: BackendInfo | undefined, fast: number, slow: number): number {
  return isSlowBackend(info) ? slow : fast;
}

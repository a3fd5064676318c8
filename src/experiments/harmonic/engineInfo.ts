// What the harmonic widgets say about the engine that computed their numbers, and the map sizes
// they pick for it (software adapters and the CPU reference get small maps).
import type { BackendInfo } from '../../engine/backend';

/** SwiftShader or another software adapter, or the CPU reference: keep sweeps and maps small. */
export function isSlowBackend(info: BackendInfo | undefined): boolean {
  return !info || info.kind === 'cpu' || info.isFallbackAdapter || /swiftshader/i.test(info.description);
}

export function backendText(info: BackendInfo | undefined): string {
  if (!info) return '…';
  return `${info.kind === 'webgpu' ? 'WebGPU' : 'CPU'} (${info.description})`;
}

/** `fast` on a hardware GPU, `slow` elsewhere. */
export function sizeFor(info: BackendInfo | undefined, fast: number, slow: number): number {
  return isSlowBackend(info) ? slow : fast;
}

// The page's filter ψ in a "Copy link": a preset by name, or the painted values (row-major, in
// full, so the link gives back the very same bank) with their size. A link with any
// malformed part leaves ψ as it was.
import type { StoreApi } from 'zustand';
import { among, numbers } from '../../state/link';
import { KERNEL_PRESETS, KERNEL_SIZES } from '../../experiments/filters/kernels';
import { KERNEL_VALUE_LIMIT, type KernelState } from '../../state/filter';

export function kernelLinkParams(s: Pick<KernelState, 'size' | 'source' | 'values'>): Record<string, string> {
  const base = { kernel: s.source, k: String(s.size) };
  if (s.source !== 'custom') return base;
  return { ...base, psi: s.values.join(',') };
}

/** Applies ψ from a link, all or nothing: a link with any malformed part changes nothing. */
export function applyKernelParams(store: StoreApi<KernelState>, params: URLSearchParams): void {
  const K = among(KERNEL_SIZES).parse(params.get('k') ?? '');
  if (K === null) return;
  const kernel = params.get('kernel');
  const preset = KERNEL_PRESETS.find((p) => p.id === kernel);
  if (preset) {
    store.getState().setSize(K);
    store.getState().setPreset(preset.id);
    return;
  }
  if (kernel !== 'custom') return;
  const lim = KERNEL_VALUE_LIMIT;
  const values = numbers(K * K, -lim, lim).parse(params.get('psi') ?? '');
  if (!values) return;
  store.getState().setSize(K);
  store.getState().setValues(values);
}

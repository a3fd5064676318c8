// The page's lifting filter psi, shared by the filter-bank view (where it is chosen or painted)
// and the orientation ring (which lifts the drawing with it). Plain serialisable data.
import { createStore, useStore } from 'zustand';
import { kernelPreset, type KernelPresetId } from '../experiments/filters/kernels';

export const KERNEL_VALUE_LIMIT = 1;

export interface KernelState {
  /** Odd kernel size K. */
  size: number;
  /** The preset the values came from, or 'custom' once a cell was painted. */
  source: KernelPresetId | 'custom';
  /** K x K values, row-major, row 0 at the top, each in [-1, 1]. */
  values: readonly number[];
  setPreset(id: KernelPresetId): void;
  setSize(size: number): void;
  setCell(index: number, value: number): void;
  /** Replaces all values at once (e.g. zero or negate). */
  setValues(values: readonly number[]): void;
}

const clampValue = (v: number) => Math.max(-KERNEL_VALUE_LIMIT, Math.min(KERNEL_VALUE_LIMIT, v));

/** The centred K' x K' part of a K x K kernel (cropped, or padded with zeros). */
export function recentre(values: readonly number[], K: number, next: number): number[] {
  const out = new Array<number>(next * next).fill(0);
  const shift = (K - next) / 2;
  for (let a = 0; a < next; a++)
    for (let b = 0; b < next; b++) {
      const [i, j] = [a + shift, b + shift];
      if (i >= 0 && i < K && j >= 0 && j < K) out[a * next + b] = values[i * K + j];
    }
  return out;
}

export function createKernelStore(preset: KernelPresetId = 'edge', size = 5) {
  return createStore<KernelState>()((set, get) => ({
    size,
    source: preset,
    values: Array.from(kernelPreset(preset).make(size)),
    setPreset: (id) => set({ source: id, values: Array.from(kernelPreset(id).make(get().size)) }),
    setSize: (next) => {
      const { source, values, size: K } = get();
      const resized =
        source === 'custom' ? recentre(values, K, next) : Array.from(kernelPreset(source).make(next));
      set({ size: next, values: resized });
    },
    setCell: (index, value) => {
      const values = [...get().values];
      values[index] = clampValue(value);
      set({ source: 'custom', values });
    },
    setValues: (values) => set({ source: 'custom', values: values.map(clampValue) }),
  }));
}

export const kernelStore = createKernelStore();

export function useKernel<T>(select: (s: KernelState) => T): T {
  return useStore(kernelStore, select);
}

// The circular harmonic W_m = R(r) e^{i(m phi + beta)} the page is looking at, shared by the filter
// explorer and the response widget: design it in one, see its response in the other. Plain data;
// the radial profile is derived from it.
import { createStore, useStore } from 'zustand';
import { defaultRadialProfile, type RadialProfile } from '../../src/layers';

export const KERNEL_SIZES = [9, 13, 17] as const;

export interface HarmonicFilterState {
  order: number;
  /** Odd kernel size K. */
  kernel: number;
  /** 'ring': a Gaussian ring (radius, width); 'drawn': values at r = 0, 1, 2, ... set by hand. */
  profile: 'ring' | 'drawn';
  radius: number;
  width: number;
  /** R at r = 0 .. floor(K / 2) (the 'drawn' profile). */
  samples: number[];
  /** The phase offset beta (radians). */
  phase: number;
  setOrder(m: number): void;
  setKernel(K: number): void;
  setProfile(p: 'ring' | 'drawn'): void;
  setRing(radius: number, width: number): void;
  setSample(r: number, value: number): void;
  setPhase(beta: number): void;
  reset(): void;
}

/** A Gaussian ring profile's values at r = 0, 1, ..., floor(K / 2): where a hand-drawn profile starts. */
export function ringSamples(K: number, radius: number, width: number): number[] {
  return Array.from({ length: Math.floor(K / 2) + 1 }, (_, r) =>
    Number(Math.exp(-0.5 * ((r - radius) / width) ** 2).toFixed(3)),
  );
}

function defaults(K = 13) {
  const ring = defaultRadialProfile(K) as { radius: number; width: number };
  return {
    order: 1,
    kernel: K,
    profile: 'ring' as const,
    radius: ring.radius,
    width: ring.width,
    samples: ringSamples(K, ring.radius, ring.width),
    phase: 0,
  };
}

export function radialProfileOf(
  s: Pick<HarmonicFilterState, 'profile' | 'radius' | 'width' | 'samples'>,
): RadialProfile {
  return s.profile === 'ring'
    ? { kind: 'gaussianRing', radius: s.radius, width: s.width }
    : { kind: 'sampled', values: s.samples };
}

export function createHarmonicFilterStore() {
  return createStore<HarmonicFilterState>()((set) => ({
    ...defaults(),
    setOrder: (order) => set({ order }),
    // A new size gets the default ring for that size; the order, phase offset and a hand-drawn
    // profile stay (cut or padded with zeros to the new radius).
    setKernel: (K) =>
      set((s) => ({
        ...defaults(K),
        order: s.order,
        phase: s.phase,
        profile: s.profile,
        samples:
          s.profile === 'drawn'
            ? Array.from({ length: Math.floor(K / 2) + 1 }, (_, r) => s.samples[r] ?? 0)
            : defaults(K).samples,
      })),
    setProfile: (profile) =>
      set((s) => ({
        profile,
        samples: profile === 'drawn' ? ringSamples(s.kernel, s.radius, s.width) : s.samples,
      })),
    setRing: (radius, width) => set({ radius, width }),
    setSample: (r, value) =>
      set((s) => ({ samples: s.samples.map((v, k) => (k === r ? Math.min(1, Math.max(-1, value)) : v)) })),
    setPhase: (phase) => set({ phase }),
    reset: () => set(defaults()),
  }));
}

export const harmonicFilterStore = createHarmonicFilterStore();

export function useHarmonicFilter<T>(select: (s: HarmonicFilterState) => T): T {
  return useStore(harmonicFilterStore, select);
}

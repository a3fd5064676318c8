// Deterministic random numbers, so a seed in the URL reproduces the same weights everywhere.

/** mulberry32 (Tommy Ettinger's 32-bit generator): uniform floats in [0, 1) from a 32-bit seed. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A standard normal sampler from a uniform one (Box-Muller transform). */
export function normalSampler(uniform: () => number): () => number {
  return () => {
    const u = 1 - uniform(); // in (0, 1], so the log is finite
    const v = uniform();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
}

/** `count` independent normal samples with standard deviation `std`. */
export function randomNormal(seed: number, count: number, std = 1): Float32Array {
  const normal = normalSampler(mulberry32(seed));
  const out = new Float32Array(count);
  for (let i = 0; i < count; i++) out[i] = std * normal();
  return out;
}

/** `count` independent uniform samples in [lo, hi). */
export function randomUniform(seed: number, count: number, lo = 0, hi = 1): Float32Array {
  const uniform = mulberry32(seed);
  const out = new Float32Array(count);
  for (let i = 0; i < count; i++) out[i] = lo + (hi - lo) * uniform();
  return out;
}

/** He initialisation: normal with variance 2 / fanIn, which keeps ReLU activations at scale. */
export function heNormal(seed: number, count: number, fanIn: number): Float32Array {
  return randomNormal(seed, count, Math.sqrt(2 / fanIn));
}

// Numbers about a lifting filter bank [1, G, 1, 1, K, K] (Cohen & Welling 2016, efficient route: "compute all
// transformed filter versions"), read back once per change of the filter or the group.

/** ‖L_g ψ‖ / ‖L_e ψ‖ for every copy g: 1 where the copy only permutes entries (quarter turns, mirrors). */
export function copyNormRatios(bank: Float32Array, order: number): number[] {
  const n = bank.length / order;
  const norms = Array.from({ length: order }, (_, g) => {
    let s = 0;
    for (let i = g * n; i < (g + 1) * n; i++) s += bank[i] * bank[i];
    return Math.sqrt(s);
  });
  return norms.map((v) => (norms[0] > 0 ? v / norms[0] : v === 0 ? 1 : Infinity));
}

/** Largest |ratio - 1| over the copies: 0 for a grid-exact group, the interpolation loss otherwise. */
export function largestNormChange(ratios: readonly number[]): number {
  return ratios.reduce((m, r) => Math.max(m, Math.abs(r - 1)), 0);
}

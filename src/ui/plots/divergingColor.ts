// Diverging blue-white-red scale symmetric about zero (UI.md: signed maps and differences), built
// from ColorBrewer's RdBu end points, which stay distinguishable for red-green colour blindness.
const NEGATIVE = [33, 102, 172];
const ZERO = [247, 247, 247];
const POSITIVE = [178, 24, 43];

/** Colour of v on the scale [-range, range] (values beyond clip). */
export function divergingColor(v: number, range: number): string {
  const t = Math.max(-1, Math.min(1, range > 0 ? v / range : 0));
  const end = t < 0 ? NEGATIVE : POSITIVE;
  const a = Math.abs(t);
  const rgb = ZERO.map((z, i) => Math.round(z + (end[i] - z) * a));
  return `rgb(${rgb.join(',')})`;
}

/** Dark text on the pale middle of the scale, white on the saturated ends. */
export function divergingInk(v: number, range: number): string {
  return Math.abs(range > 0 ? v / range : 0) > 0.6 ? '#ffffff' : '#111111';
}

/** A matrix entry for display: integers as they are, other values with two decimals, no "-0". */
export function formatEntry(v: number): string {
  if (Math.abs(v - Math.round(v)) < 1e-12) return String(Math.round(v) + 0).replace('-', '−');
  const s = v.toFixed(2);
  return (s === '-0.00' ? '0.00' : s).replace('-', '−');
}

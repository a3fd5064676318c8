// The diverging colour scale for signed values (UI.md): blue for negative, white at zero, red for
// positive, symmetric about zero so that equal magnitudes get equal strength of colour.
import { interpolateRdBu } from 'd3';

/** max |v| over all values, or `floor` if that is larger (keeps an all-zero map white rather than dividing by 0). */
export function symmetricRange(values: Iterable<number>, floor = 1e-12): number {
  let m = floor;
  for (const v of values) if (Math.abs(v) > m) m = Math.abs(v);
  return m;
}

/** The colour of v on the scale [-maxAbs, maxAbs] (values outside are clamped). */
export function divergingColor(v: number, maxAbs: number): string {
  const t = Math.max(-1, Math.min(1, v / maxAbs));
  return interpolateRdBu(0.5 - t / 2);
}

/** Short number labels for legends and axes: 3 significant digits, exponent form when tiny or huge. */
export function formatValue(v: number): string {
  if (v === 0) return '0';
  const a = Math.abs(v);
  return a < 1e-3 || a >= 1e4 ? v.toExponential(1) : Number(v.toPrecision(3)).toString();
}

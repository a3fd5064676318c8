// How readouts print numbers, defined once so that one quantity reads the same in every widget.

/** A measured error: '0', exponent form below 1e-3 ('3.20e-7'), else four decimals ('0.1234');
 *  '∞' for an infinite ratio (a zero reference), '—' for no number yet. */
export function formatError(x: number): string {
  if (Number.isNaN(x)) return '—';
  if (!Number.isFinite(x)) return '∞';
  return x === 0 ? '0' : Math.abs(x) < 1e-3 ? x.toExponential(2) : x.toFixed(4);
}

/** An error inside a sentence (exercise feedback): '0' when exact, else two significant digits. */
export const formatErrorBrief = (e: number) => (e === 0 ? '0' : e.toPrecision(2));

/** A value as the exercises print it: a true minus sign, no trailing zeros, at most three decimals. */
export function formatValue(v: number): string {
  const rounded = Math.round(v * 1000) / 1000;
  const text = String(Math.abs(rounded) < 5e-4 ? 0 : rounded);
  return text.replace('-', '−');
}

/** A function on a group (indexed by element) as "(2, 1, 0, −1)". */
export const formatTuple = (values: readonly number[]) => `(${values.map(formatValue).join(', ')})`;

/** Legend and axis labels: 3 significant digits, exponent form when tiny or huge, a true minus. */
export function formatTick(v: number): string {
  if (v === 0) return '0';
  const a = Math.abs(v);
  const text = a < 1e-3 || a >= 1e4 ? v.toExponential(1) : Number(v.toPrecision(3)).toString();
  return text.replace(/-/g, '−');
}

/** A matrix entry: integers as they are, other values with two decimals, no "−0". */
export function formatEntry(v: number): string {
  if (Math.abs(v - Math.round(v)) < 1e-12) return String(Math.round(v) + 0).replace('-', '−');
  const s = v.toFixed(2);
  return (s === '-0.00' ? '0.00' : s).replace('-', '−');
}

/** An angle in radians as degrees with one decimal, '12.5°'. */
export const formatDegrees = (rad: number) => `${((rad * 180) / Math.PI).toFixed(1)}°`;

// Numbers as the exercises print them: a true minus sign, no trailing zeros, at most three decimals.

export function formatValue(v: number): string {
  const rounded = Math.round(v * 1000) / 1000;
  const text = String(Math.abs(rounded) < 5e-4 ? 0 : rounded);
  return text.replace('-', '−');
}

/** A function on a group (indexed by element) as "(2, 1, 0, −1)". */
export const formatTuple = (values: readonly number[]) => `(${values.map(formatValue).join(', ')})`;

/** A relative error for a prose sentence: "0" when exact, otherwise two significant digits. */
export const formatError = (e: number) => (e === 0 ? '0' : e.toPrecision(2));

// Numbers as the steerable exercises print them: a true minus sign in text, KaTeX-ready in math.
export const num = (x: number, digits = 3) => (Number(x.toFixed(digits)) || 0).toString().replace('-', '−');
export const texNum = (x: number, digits = 3) => num(x, digits).replace('−', '-');
export const texList = (xs: readonly number[]) => xs.map((x) => texNum(x)).join(', ');

/** A small error in KaTeX: two decimals, or m × 10^e below 1e-3. */
export function texSmall(x: number): string {
  if (x === 0 || x >= 1e-3) return texNum(x, 2);
  const [mantissa, exponent] = x.toExponential(0).split('e');
  return `${mantissa} \\times 10^{${Number(exponent)}}`;
}

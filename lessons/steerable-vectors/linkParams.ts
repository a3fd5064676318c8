// Parsing helpers for the state a "Copy link" wrote into the URL hash (src/state/permalink.ts).
import type { Matrix } from '../../src/math/linalg';
import { so3FromEulerZYZ, so3ToEulerZYZ } from '../../src/math/so3';

export { readLinkParams } from '../../src/state/permalink';

/** A list of numbers written as "a,b,c", or null when missing or malformed. */
export function parseNumbers(text: string | null, length?: number): number[] | null {
  if (!text) return null;
  const parts = text.split(',');
  if (parts.some((x) => x.trim() === '')) return null; // Number('') would read an empty entry as 0
  const xs = parts.map(Number);
  if (xs.some((x) => !Number.isFinite(x)) || (length !== undefined && xs.length !== length)) return null;
  return xs;
}

export const formatNumbers = (xs: readonly number[], digits = 4) =>
  xs.map((x) => Number(x.toFixed(digits))).join(',');

/** A rotation in a link: its ZYZ Euler angles in radians. */
export function formatRotation(r: Matrix): string {
  const e = so3ToEulerZYZ(r);
  return formatNumbers([e.alpha, e.beta, e.gamma], 6);
}

export function parseRotation(text: string | null): Matrix | null {
  const e = parseNumbers(text, 3);
  return e && so3FromEulerZYZ(e[0], e[1], e[2]);
}

/** An integer parameter within [lo, hi], or the fallback. */
export function parseInteger(
  text: string | null | undefined,
  lo: number,
  hi: number,
  fallback: number,
): number {
  const n = Number(text);
  return text != null && text.trim() !== '' && Number.isInteger(n) && n >= lo && n <= hi ? n : fallback;
}

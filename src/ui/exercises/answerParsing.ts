// Reading students' typed answers: numbers (decimals, fractions, Unicode minus) and elements of
// C_N or D_N written in the normal form e, r^k, s or r^k s (as the lessons write them).
import type { PlanarGroup } from '../../math';

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** '−1', '-0.5', '1/2', ' 3 ' -> numbers; anything else -> null. */
export function parseNumber(text: string): number | null {
  const t = text.trim().replace(/[−–]/g, '-').replace(',', '.').replace(/^\+/, ''); // "+2" is 2
  if (t === '') return null;
  const frac = /^(-?\d+(?:\.\d+)?)\s*\/\s*(\d+(?:\.\d+)?)$/.exec(t);
  if (frac) {
    const d = Number(frac[2]);
    return d === 0 ? null : Number(frac[1]) / d;
  }
  return /^-?(\d+\.?\d*|\.\d+)(e-?\d+)?$/i.test(t) ? Number(t) : null;
}

/** 'r³s', 'r^{3} s', 'r3s', 'R^3·S' -> the canonical spelling 'r^3s'. */
function normaliseElementText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g, (d) => '^' + [...d].map((c) => SUPERSCRIPT_DIGITS.indexOf(c)).join(''))
    .replace(/[\s·*{}]/g, '');
}

/**
 * An element typed as e (or 1), r, r^k, s or r^k s -> its index (k taken mod N); null when the
 * text is not in that form or names a reflection in C_N.
 */
export function parseElement(group: PlanarGroup, text: string): number | null {
  const t = normaliseElementText(text);
  if (t === 'e' || t === '1') return group.identity;
  const m = /^(?:r(?:\^?(\d+))?)?(s)?$/.exec(t);
  if (!m || t === '') return null;
  const hasR = t.startsWith('r');
  const k = hasR ? (m[1] === undefined ? 1 : Number(m[1])) % group.rotations : 0;
  if (!m[2]) return k;
  return group.hasReflections ? group.rotations + k : null;
}

/** |a - b| <= tol. */
export const close = (a: number, b: number, tol: number) => Math.abs(a - b) <= tol;

// Typed lists of whole numbers ("1, 2, 3", "{−4 0 4}", "1; 2"), for answers that are sets of orders or degrees.
/** The integers of the list in the order typed; null when a token is not an integer or the list is empty. */
export function parseIntegerList(text: string): number[] | null {
  const tokens = text
    .replace(/[−–]/g, '-')
    .replace(/[{}()[\]]/g, ' ')
    .split(/[\s,;]+/)
    .filter((t) => t !== '');
  if (tokens.length === 0 || tokens.some((t) => !/^[+-]?\d+$/.test(t))) return null;
  return tokens.map(Number);
}

/** The sorted distinct values. */
export const asSet = (xs: readonly number[]): number[] => [...new Set(xs)].sort((a, b) => a - b);

/** Same elements, ignoring order and repetition. */
export const sameSet = (a: readonly number[], b: readonly number[]): boolean =>
  asSet(a).join(',') === asSet(b).join(',');

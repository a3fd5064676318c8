// How one value of a widget's state is written in a link and read back. Every `parse` answers
// null for a malformed or out-of-range value, so a widget keeps its default instead of showing a
// state the link never described.

export interface Codec<T> {
  parse(raw: string): T | null;
  format(value: T): string;
}

/** A finite number written as JS prints it; an empty entry is malformed (Number('') is 0). */
function finite(raw: string): number | null {
  if (raw.trim() === '') return null;
  const x = Number(raw);
  return Number.isFinite(x) ? x : null;
}

/** An integer within [lo, hi]. */
export const integer = (lo: number, hi: number): Codec<number> => ({
  parse: (raw) => {
    const x = finite(raw);
    return x !== null && Number.isInteger(x) && x >= lo && x <= hi ? x : null;
  },
  format: String,
});

/** A finite number within [lo, hi] (and passing `valid`, e.g. "an integer order"). */
export const number = (
  lo = -Infinity,
  hi = Infinity,
  valid: (x: number) => boolean = () => true,
): Codec<number> => ({
  parse: (raw) => {
    const x = finite(raw);
    return x !== null && x >= lo && x <= hi && valid(x) ? x : null;
  },
  format: String,
});

/** One of a fixed set of names. */
export const choice = <T extends string>(allowed: readonly T[]): Codec<T> => ({
  parse: (raw) => (allowed.includes(raw as T) ? (raw as T) : null),
  format: (value) => value,
});

/** '1' or '0'. */
export const flag: Codec<boolean> = {
  parse: (raw) => (raw === '1' ? true : raw === '0' ? false : null),
  format: (value) => (value ? '1' : '0'),
};

/** Exactly `length` finite numbers 'a,b,c' (any length when omitted), each within [lo, hi]; written
 *  with at most `digits` decimals. */
export const numbers = (length?: number, lo = -Infinity, hi = Infinity, digits = 6): Codec<number[]> => ({
  parse: (raw) => {
    const xs = raw.split(',').map(finite);
    if (length !== undefined && xs.length !== length) return null;
    return xs.every((x): x is number => x !== null && x >= lo && x <= hi) ? xs : null;
  },
  format: (xs) => xs.map((x) => Number(x.toFixed(digits))).join(','),
});

/** A codec whose values pass through a map both ways (e.g. degrees in the link, radians inside). */
export const mapped = <A, B>(codec: Codec<A>, to: (a: A) => B | null, from: (b: B) => A): Codec<B> => ({
  parse: (raw) => {
    const a = codec.parse(raw);
    return a === null ? null : to(a);
  },
  format: (b) => codec.format(from(b)),
});

/** One of a fixed set of numbers (e.g. the map sizes a widget offers). */
export const among = (allowed: readonly number[]): Codec<number> => ({
  parse: (raw) => {
    const x = finite(raw);
    return x !== null && allowed.includes(x) ? x : null;
  },
  format: String,
});

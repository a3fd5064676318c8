// "Copy link" for the harmonic widgets: a widget's state travels in the URL hash
// (#widget=<name>&key=value...). State kept in the page stores is restored by registered restorers
// (state/permalink.ts); a widget's own state is read from the hash when it mounts.

import { readLinkParams } from '../../src/state/permalink';

/** The hash parameters when they name this widget, else null. */
export const linkParams = (name: string): URLSearchParams | null => readLinkParams(name);

/** A finite number from the link, else the fallback; `valid` may narrow it further. */
export function numberFrom(
  params: URLSearchParams | null,
  key: string,
  fallback: number,
  valid: (x: number) => boolean = () => true,
): number {
  const raw = params?.get(key);
  const x = raw === null || raw === undefined || raw === '' ? NaN : Number(raw);
  return Number.isFinite(x) && valid(x) ? x : fallback;
}

/** One of the allowed strings from the link, else the fallback. */
export function choiceFrom<T extends string>(
  params: URLSearchParams | null,
  key: string,
  allowed: readonly T[],
  fallback: T,
): T {
  const raw = params?.get(key);
  return allowed.includes(raw as T) ? (raw as T) : fallback;
}

export const isOrder = (m: number) => Number.isInteger(m) && Math.abs(m) <= 4;

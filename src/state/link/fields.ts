// A widget's link state, declared once: each field a key in the URL hash with its codec and its
// default. `useLink` reads the fields when the widget mounts, `linkOf` writes them for "Copy link",
// `defaultsOf` gives Reset its values.
import type { Codec } from './codecs';

export interface LinkField<T> extends Codec<T> {
  /** The widget's own default, used where the link lacks the field or it is malformed. */
  initial: T;
}

/** A field: the codec and the default. A `null` default means "not set" (omitted from links). */
export function field<T>(codec: Codec<T>, initial: T): LinkField<T>;
export function field<T>(codec: Codec<T>, initial: null): LinkField<T | null>;
export function field<T>(codec: Codec<T>, initial: T | null): LinkField<T | null> {
  return {
    parse: (raw) => codec.parse(raw),
    format: (value) => (value === null ? '' : codec.format(value)),
    initial,
  };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a spec mixes fields of any type
export type LinkSpec = Record<string, LinkField<any>>;
export type LinkValues<S extends LinkSpec> = { [K in keyof S]: S[K]['initial'] };

export function defaultsOf<S extends LinkSpec>(spec: S): LinkValues<S> {
  return Object.fromEntries(Object.entries(spec).map(([k, f]) => [k, f.initial])) as LinkValues<S>;
}

/** The spec's values as read from link parameters: each field parsed, its default where absent or malformed. */
export function readFields<S extends LinkSpec>(spec: S, params: URLSearchParams | null): LinkValues<S> {
  return Object.fromEntries(
    Object.entries(spec).map(([k, f]) => {
      const raw = params?.get(k);
      const value = raw === null || raw === undefined ? null : f.parse(raw);
      return [k, value ?? f.initial];
    }),
  ) as LinkValues<S>;
}

/** The hash parameters that write `values` (fields whose value is null are left out). */
export function linkOf<S extends LinkSpec>(spec: S, values: LinkValues<S>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, f] of Object.entries(spec)) {
    const v = values[k];
    if (v !== null && v !== undefined) out[k] = f.format(v);
  }
  return out;
}

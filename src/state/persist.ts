// Versioned localStorage persistence for the stores. Stored data that cannot be read, that
// has another schema version or that fails validation is discarded with a notice, never a crash.
import { pushNotice } from './notices';

interface Envelope {
  schema: number;
  data: unknown;
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // access can throw (privacy modes, sandboxed frames)
  }
}

/** Load `key`, or null when nothing usable is stored (a notice explains a discard). */
export function loadPersisted<T>(
  key: string,
  schema: number,
  validate: (data: unknown) => data is T,
  what: string,
  /** Older schema versions this store can still read, each turned into the current shape. */
  migrations: Readonly<Record<number, (data: unknown) => unknown>> = {},
): T | null {
  const store = storage();
  const raw = store?.getItem(key);
  if (raw == null) return null;
  let problem: string;
  try {
    const parsed = JSON.parse(raw) as Envelope;
    const migrate = isRecord(parsed) ? migrations[parsed.schema] : undefined;
    const data = migrate ? migrate(parsed.data) : parsed?.data;
    if (typeof parsed !== 'object' || parsed === null || !('schema' in parsed)) problem = 'it is not ours';
    else if (parsed.schema !== schema && !migrate)
      problem = `it has schema version ${String(parsed.schema)}, expected ${schema}`;
    else if (!validate(data)) problem = 'its contents are malformed';
    else return data;
  } catch {
    problem = 'it is not valid JSON';
  }
  store?.removeItem(key);
  pushNotice(`Saved ${what} could not be read (${problem}) and was reset.`);
  return null;
}

export function savePersisted(key: string, schema: number, data: unknown): void {
  try {
    storage()?.setItem(key, JSON.stringify({ schema, data } satisfies Envelope));
  } catch {
    pushNotice('Your browser refused to save progress (storage full or disabled).');
  }
}

export const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

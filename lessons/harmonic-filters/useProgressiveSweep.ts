// Runs a sweep over angles a few at a time, handing the results so far to the page after each
// batch (so curves grow while the engine works) and yielding a frame in between. A change of
// `key` or unmounting cancels the run in flight; `restart` runs it again.
import { useCallback, useEffect, useState } from 'react';

export interface SweepState<T> {
  results: T[];
  done: boolean;
  error: string | null;
}

export function useProgressiveSweep<T>(
  run: ((angles: readonly number[]) => Promise<T[]>) | null,
  angles: readonly number[],
  key: string,
  batch = 6,
): SweepState<T> & { restart(): void } {
  const [state, setState] = useState<SweepState<T>>({ results: [], done: false, error: null });
  const [round, setRound] = useState(0);
  useEffect(() => {
    if (!run) return;
    let live = true;
    const go = async () => {
      const results: T[] = [];
      setState({ results: [], done: false, error: null });
      for (let k = 0; k < angles.length && live; k += batch) {
        results.push(...(await run(angles.slice(k, k + batch))));
        if (!live) return;
        setState({ results: [...results], done: false, error: null });
        await new Promise((r) => requestAnimationFrame(r));
      }
      if (live) setState({ results, done: true, error: null });
    };
    go().catch((e) => live && setState((s) => ({ ...s, error: String(e) })));
    return () => {
      live = false;
    };
    // `run` changes with the engine object and input, which `key` names.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, round, run === null]);
  const restart = useCallback(() => setRound((r) => r + 1), []);
  return { ...state, restart };
}

const ids = new WeakMap<object, number>();
let nextId = 1;

/** A number that changes exactly when the object does (for sweep keys); 0 for null. */
export function identity(x: object | null): number {
  if (!x) return 0;
  let id = ids.get(x);
  if (id === undefined) ids.set(x, (id = nextId++));
  return id;
}

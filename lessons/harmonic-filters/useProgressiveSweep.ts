// Runs a sweep over angles a few at a time, handing the results so far to the page after each
// batch (so curves grow while the engine works) and yielding a frame in between. A change of
// `key` or unmounting cancels the run in flight; `restart` runs it again. Results belong to the
// key (and round) they were computed for: after a change, none are handed out until the new run's.
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
  const [round, setRound] = useState(0);
  const runKey = `${key}#${round}`;
  const [state, setState] = useState<SweepState<T> & { key: string }>({
    results: [],
    done: false,
    error: null,
    key: '',
  });
  useEffect(() => {
    if (!run) return;
    let live = true;
    const go = async () => {
      const results: T[] = [];
      setState({ results: [], done: false, error: null, key: runKey });
      for (let k = 0; k < angles.length && live; k += batch) {
        results.push(...(await run(angles.slice(k, k + batch))));
        if (!live) return;
        if (k + batch >= angles.length) break; // the last batch: done at once
        setState({ results: [...results], done: false, error: null, key: runKey });
        await new Promise((r) => requestAnimationFrame(r));
      }
      if (live) setState({ results, done: true, error: null, key: runKey });
    };
    go().catch((e) => live && setState((s) => ({ ...s, error: String(e) })));
    return () => {
      live = false;
    };
    // `run` changes with the engine object and input, which `key` names.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, round, run === null]);
  const restart = useCallback(() => setRound((r) => r + 1), []);
  if (state.key !== runKey) return { results: [], done: false, error: null, restart };
  return { results: state.results, done: state.done, error: state.error, restart };
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

// Remembers what a frame loop last handed to an engine experiment, so inputs and filters are
// written only when they change (or when the experiment was rebuilt), not on every frame.
import { useCallback, useRef } from 'react';

/** fresh(owner, key, value): true when value differs from what owner last received under key. */
export function useFeeds(): (owner: object, key: string, value: unknown) => boolean {
  const state = useRef<{ owner: object | null; seen: Map<string, unknown> }>({
    owner: null,
    seen: new Map(),
  });
  return useCallback((owner, key, value) => {
    const s = state.current;
    if (s.owner !== owner) {
      s.owner = owner;
      s.seen.clear();
    }
    if (s.seen.has(key) && s.seen.get(key) === value) return false;
    s.seen.set(key, value);
    return true;
  }, []);
}

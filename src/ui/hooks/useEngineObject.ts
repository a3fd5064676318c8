// The one hook that owns an engine resource (an experiment, a layer, a network) built for the
// current backend and configuration: built in an effect, disposed in its cleanup, rebuilt when any
// of `deps` or the backend changes (a lost device brings a new backend). Until the rebuild has
// happened, the previous resource (already disposed) is not handed out, so a frame can never run
// on freed tensors.
import { useEffect, useState } from 'react';
import type { Backend } from '../../engine/backend';

export interface Disposable {
  dispose(): void;
}

export interface Owned<T> {
  value: T | null;
  error: string | null;
}

export function useEngineObject<T extends Disposable>(
  backend: Backend | null,
  build: (backend: Backend) => T,
  deps: readonly unknown[],
): Owned<T> {
  const [state, setState] = useState<Owned<T> & { key: readonly unknown[] }>({
    value: null,
    error: null,
    key: [],
  });
  useEffect(() => {
    if (!backend) return;
    const key = [backend, ...deps];
    let value: T | null = null;
    try {
      value = build(backend);
      // GPU resources are an external system: created here, released in the cleanup, and handed to render through state.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setState({ value, error: null, key });
    } catch (e) {
      setState({ value: null, error: String(e), key });
    }
    return () => value?.dispose();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [backend, ...deps]);
  const key = [backend, ...deps];
  const current = state.key.length === key.length && key.every((d, i) => d === state.key[i]);
  return current ? { value: state.value, error: state.error } : { value: null, error: null };
}

// Owns one engine-side object (an experiment) for the current backend and configuration: built
// when either changes (a lost device brings a new backend), disposed when replaced or unmounted.
import { useEffect, useState } from 'react';
import type { Backend } from '../../engine/backend';

export interface Disposable {
  dispose(): void;
}

export function useEngineObject<T extends Disposable>(
  backend: Backend | null,
  build: (backend: Backend) => T,
  deps: readonly unknown[],
): { value: T | null; error: string | null } {
  const [state, setState] = useState<{ value: T | null; error: string | null }>({ value: null, error: null });
  useEffect(() => {
    if (!backend) return;
    let made: T | null = null;
    try {
      made = build(backend);
      // GPU resources are an external system: created here, released in the cleanup, handed to render through state.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setState({ value: made, error: null });
    } catch (e) {
      setState({ value: null, error: String(e) });
    }
    return () => made?.dispose();
    // `build` closes over the values listed in deps.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [backend, ...deps]);
  return state;
}

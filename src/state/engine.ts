// The page's one compute engine, started once and shared by every widget. Widgets read the
// snapshot (backend, adapter info, generation) and rebuild their resources when it changes.
import { createStore, useStore } from 'zustand';
import { startEngine, type Engine, type EnginePreference, type EngineSnapshot } from '../engine/bootstrap';
import { settingsStore } from './settings';

interface EngineState {
  status: 'starting' | 'ready' | 'failed';
  snapshot: EngineSnapshot | null;
  error: string | null;
}

export const engineStore = createStore<EngineState>()(() => ({
  status: 'starting',
  snapshot: null,
  error: null,
}));

let engine: { engine: Engine; unsubscribe: () => void } | null = null;
let starting: Promise<void> | null = null;
let boots = 0;
/** Widgets release what they built on the old backend in their effect cleanups: give them time. */
const RETIRE_AFTER_MS = 2_000;

/**
 * Starts an engine for `preference` and only then replaces the running one, so widgets never hold
 * a backend that is already destroyed; the old one is destroyed once they have moved on. A choice
 * made while another engine was starting wins over it.
 */
async function boot(preference: EnginePreference): Promise<void> {
  const turn = ++boots;
  engineStore.setState({ status: 'starting' });
  let started: Engine;
  try {
    started = await startEngine({ preference });
  } catch (err) {
    if (turn === boots) engineStore.setState({ status: 'failed', error: String(err) });
    return;
  }
  if (turn !== boots) return started.destroy();
  const old = engine;
  old?.unsubscribe();
  engine = {
    engine: started,
    unsubscribe: started.subscribe((snapshot) => engineStore.setState({ snapshot })),
  };
  engineStore.setState({ status: 'ready', snapshot: started.current(), error: null });
  if (old) setTimeout(() => old.engine.destroy(), RETIRE_AFTER_MS);
}

/** Start the engine once; restart it when the engine setting changes. */
export function ensureEngine(): Promise<void> {
  if (!starting) {
    starting = boot(settingsStore.getState().engine);
    settingsStore.subscribe((s, prev) => {
      if (s.engine !== prev.engine) starting = boot(s.engine);
    });
  }
  return starting;
}

/** Asks for WebGPU again after a fallback the settings did not choose (no answer, repeated loss). */
export function retryWebGpu(): Promise<void> {
  const preference = settingsStore.getState().engine;
  if (preference === 'cpu' || preference === 'wasm') return starting ?? Promise.resolve();
  starting = boot(preference);
  return starting;
}

export function useEngine<T>(select: (s: EngineState) => T): T {
  return useStore(engineStore, select);
}

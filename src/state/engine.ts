// The page's one compute engine, started once and shared by every widget. Widgets read the
// snapshot (backend, adapter info, generation) and rebuild their resources when it changes.
import { createStore, useStore } from 'zustand';
import { startEngine, type Engine, type EngineSnapshot } from '../engine/bootstrap';
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

let engine: Engine | null = null;
let starting: Promise<void> | null = null;

async function boot(forceCpu: boolean): Promise<void> {
  engine?.destroy();
  engine = null;
  engineStore.setState({ status: 'starting' });
  try {
    const e = await startEngine({ forceCpu });
    engine = e;
    e.subscribe((snapshot) => engineStore.setState({ snapshot }));
    engineStore.setState({ status: 'ready', snapshot: e.current(), error: null });
  } catch (err) {
    engineStore.setState({ status: 'failed', error: String(err) });
  }
}

/** Start the engine once; restart it when the CPU/WebGPU setting changes. */
export function ensureEngine(): Promise<void> {
  if (!starting) {
    starting = boot(settingsStore.getState().forceCpu);
    settingsStore.subscribe((s, prev) => {
      if (s.forceCpu !== prev.forceCpu) starting = boot(s.forceCpu);
    });
  }
  return starting;
}

/** Asks for WebGPU again after a fallback the settings did not choose (no answer, repeated loss). */
export function retryWebGpu(): Promise<void> {
  if (settingsStore.getState().forceCpu) return starting ?? Promise.resolve();
  starting = boot(false);
  return starting;
}

export function useEngine<T>(select: (s: EngineState) => T): T {
  return useStore(engineStore, select);
}

// User settings: theme and engine preferences, persisted with a schema version.
import { createStore, useStore } from 'zustand';
import type { EnginePreference } from '../engine/bootstrap';
import { isRecord, loadPersisted, savePersisted } from './persist';

export type ThemeChoice = 'system' | 'light' | 'dark';

export interface Settings {
  theme: ThemeChoice;
  /** Which compute backend runs: `auto` picks the fastest; the others force one (to compare). */
  engine: EnginePreference;
  /** Show the frame-time readout on live widgets. */
  showFrameTime: boolean;
}

interface SettingsState extends Settings {
  setTheme(theme: ThemeChoice): void;
  setEngine(engine: EnginePreference): void;
  setShowFrameTime(show: boolean): void;
}

export const SETTINGS_KEY = 'eqp.settings';
const SCHEMA = 2;
const DEFAULTS: Settings = { theme: 'system', engine: 'auto', showFrameTime: false };
export const ENGINE_PREFERENCES: readonly EnginePreference[] = ['auto', 'webgpu', 'wasm', 'cpu'];

/** Schema 1 had a forceCpu flag where schema 2 has the engine preference. */
const MIGRATIONS = {
  1: (data: unknown) => {
    if (!isRecord(data)) return data;
    const { forceCpu, ...rest } = data;
    return { ...rest, engine: forceCpu === true ? 'cpu' : 'auto' };
  },
};

function isSettings(x: unknown): x is Settings {
  return (
    isRecord(x) &&
    ['system', 'light', 'dark'].includes(x.theme as string) &&
    ENGINE_PREFERENCES.includes(x.engine as EnginePreference) &&
    typeof x.showFrameTime === 'boolean'
  );
}

export function createSettingsStore() {
  const saved = loadPersisted(SETTINGS_KEY, SCHEMA, isSettings, 'settings', MIGRATIONS);
  const store = createStore<SettingsState>()((set) => ({
    ...DEFAULTS,
    ...saved,
    setTheme: (theme) => set({ theme }),
    setEngine: (engine) => set({ engine }),
    setShowFrameTime: (showFrameTime) => set({ showFrameTime }),
  }));
  store.subscribe((s) =>
    savePersisted(SETTINGS_KEY, SCHEMA, {
      theme: s.theme,
      engine: s.engine,
      showFrameTime: s.showFrameTime,
    }),
  );
  return store;
}

export const settingsStore = createSettingsStore();

export function useSettings<T>(select: (s: SettingsState) => T): T {
  return useStore(settingsStore, select);
}

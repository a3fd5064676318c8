// User settings: theme and engine preferences, persisted with a schema version.
import { createStore, useStore } from 'zustand';
import { isRecord, loadPersisted, savePersisted } from './persist';

export type ThemeChoice = 'system' | 'light' | 'dark';

export interface Settings {
  theme: ThemeChoice;
  /** Force the CPU reference even where WebGPU works (for comparison and debugging). */
  forceCpu: boolean;
  /** Show the frame-time readout on live widgets. */
  showFrameTime: boolean;
}

interface SettingsState extends Settings {
  setTheme(theme: ThemeChoice): void;
  setForceCpu(forceCpu: boolean): void;
  setShowFrameTime(show: boolean): void;
}

export const SETTINGS_KEY = 'eqp.settings';
const SCHEMA = 1;
const DEFAULTS: Settings = { theme: 'system', forceCpu: false, showFrameTime: false };

function isSettings(x: unknown): x is Settings {
  return (
    isRecord(x) &&
    ['system', 'light', 'dark'].includes(x.theme as string) &&
    typeof x.forceCpu === 'boolean' &&
    typeof x.showFrameTime === 'boolean'
  );
}

export function createSettingsStore() {
  const saved = loadPersisted(SETTINGS_KEY, SCHEMA, isSettings, 'settings');
  const store = createStore<SettingsState>()((set) => ({
    ...DEFAULTS,
    ...saved,
    setTheme: (theme) => set({ theme }),
    setForceCpu: (forceCpu) => set({ forceCpu }),
    setShowFrameTime: (showFrameTime) => set({ showFrameTime }),
  }));
  store.subscribe((s) =>
    savePersisted(SETTINGS_KEY, SCHEMA, {
      theme: s.theme,
      forceCpu: s.forceCpu,
      showFrameTime: s.showFrameTime,
    }),
  );
  return store;
}

export const settingsStore = createSettingsStore();

export function useSettings<T>(select: (s: SettingsState) => T): T {
  return useStore(settingsStore, select);
}

// Theme and engine choices, in the sidebar.
import type { EnginePreference } from '../engine/bootstrap';
import { ENGINE_PREFERENCES, settingsStore, useSettings, type ThemeChoice } from '../state/settings';

/** What each engine choice runs; `auto` is what the status badge explains. */
const ENGINE_LABELS: Record<EnginePreference, string> = {
  auto: 'automatic',
  webgpu: 'WebGPU (any adapter)',
  wasm: 'WebAssembly',
  cpu: 'CPU reference (float64)',
};

export function SettingsPanel() {
  const theme = useSettings((s) => s.theme);
  const engine = useSettings((s) => s.engine);
  const showFrameTime = useSettings((s) => s.showFrameTime);
  const set = settingsStore.getState();
  return (
    <section className="settings" aria-label="Settings">
      <label>
        Theme{' '}
        <select value={theme} onChange={(e) => set.setTheme(e.target.value as ThemeChoice)}>
          <option value="system">system</option>
          <option value="light">light</option>
          <option value="dark">dark</option>
        </select>
      </label>
      <label>
        Engine{' '}
        <select
          className="engine-choice"
          title="automatic: WebGPU on a hardware GPU, else WebAssembly (the badge says why)"
          value={engine}
          onChange={(e) => set.setEngine(e.target.value as EnginePreference)}
        >
          {ENGINE_PREFERENCES.map((k) => (
            <option key={k} value={k}>
              {ENGINE_LABELS[k]}
            </option>
          ))}
        </select>
      </label>
      <label>
        <input
          type="checkbox"
          checked={showFrameTime}
          onChange={(e) => set.setShowFrameTime(e.target.checked)}
        />{' '}
        Show frame times
      </label>
    </section>
  );
}

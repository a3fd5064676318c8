// Theme and engine choices, in the sidebar.
import { settingsStore, useSettings, type ThemeChoice } from '../state/settings';

export function SettingsPanel() {
  const theme = useSettings((s) => s.theme);
  const forceCpu = useSettings((s) => s.forceCpu);
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
        <input type="checkbox" checked={forceCpu} onChange={(e) => set.setForceCpu(e.target.checked)} /> Use
        the CPU reference
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

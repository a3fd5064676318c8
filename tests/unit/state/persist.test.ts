// Stores persist with a schema version; anything unreadable is discarded with a notice.
import { beforeEach, expect, test } from 'vitest';

class MemoryStorage {
  private items = new Map<string, string>();
  getItem = (k: string) => this.items.get(k) ?? null;
  setItem = (k: string, v: string) => void this.items.set(k, v);
  removeItem = (k: string) => void this.items.delete(k);
}

beforeEach(() => {
  (globalThis as { localStorage?: unknown }).localStorage = new MemoryStorage();
});

test('progress round-trips through storage', async () => {
  const { createProgressStore, PROGRESS_KEY } = await import('../../../src/state/progress');
  const a = createProgressStore();
  a.getState().markVisited('groups');
  a.getState().markSolved('groups', 'cayley-row');
  a.getState().markSolved('groups', 'cayley-row');
  a.getState().setCompleted('lifting', true);
  expect(JSON.parse(localStorage.getItem(PROGRESS_KEY)!).schema).toBe(1);
  const b = createProgressStore();
  expect(b.getState().lessons).toEqual({
    groups: { visited: true, completed: false, solved: ['cayley-row'] },
    lifting: { visited: true, completed: true, solved: [] },
  });
});

test.each([
  ['not JSON', '{oops', 'it is not valid JSON'],
  ['another schema', JSON.stringify({ schema: 7, data: {} }), 'schema version 7, expected 1'],
  ['foreign data', JSON.stringify([1, 2, 3]), 'it is not ours'],
  [
    'malformed',
    JSON.stringify({ schema: 1, data: { groups: { visited: 'yes' } } }),
    'contents are malformed',
  ],
])('%s in storage is discarded with a notice', async (_name, raw, reason) => {
  const { createProgressStore, PROGRESS_KEY } = await import('../../../src/state/progress');
  const { noticesStore } = await import('../../../src/state/notices');
  noticesStore.setState({ notices: [] });
  localStorage.setItem(PROGRESS_KEY, raw);
  const store = createProgressStore();
  expect(store.getState().lessons).toEqual({});
  expect(localStorage.getItem(PROGRESS_KEY)).toBeNull();
  const texts = noticesStore.getState().notices.map((n) => n.text);
  expect(texts).toHaveLength(1);
  expect(texts[0]).toContain(reason);
});

test('settings keep their defaults when storage holds something else', async () => {
  const { createSettingsStore, SETTINGS_KEY } = await import('../../../src/state/settings');
  localStorage.setItem(SETTINGS_KEY, JSON.stringify({ schema: 1, data: { theme: 'purple' } }));
  const s = createSettingsStore();
  expect(s.getState().theme).toBe('system');
  s.getState().setTheme('dark');
  expect(createSettingsStore().getState().theme).toBe('dark');
});

test('settings of schema 1 keep their choices: forceCpu becomes the CPU reference preference', async () => {
  const { createSettingsStore, SETTINGS_KEY } = await import('../../../src/state/settings');
  const v1 = (forceCpu: boolean) =>
    JSON.stringify({ schema: 1, data: { theme: 'dark', forceCpu, showFrameTime: true } });
  localStorage.setItem(SETTINGS_KEY, v1(true));
  expect(createSettingsStore().getState()).toMatchObject({
    theme: 'dark',
    engine: 'cpu',
    showFrameTime: true,
  });
  localStorage.setItem(SETTINGS_KEY, v1(false));
  const s = createSettingsStore();
  expect(s.getState().engine).toBe('auto');
  s.getState().setEngine('wasm');
  expect(JSON.parse(localStorage.getItem(SETTINGS_KEY)!)).toEqual({
    schema: 2,
    data: { theme: 'dark', engine: 'wasm', showFrameTime: true },
  });
  localStorage.setItem(
    SETTINGS_KEY,
    JSON.stringify({ schema: 2, data: { theme: 'dark', engine: 'gpu', showFrameTime: true } }),
  );
  expect(createSettingsStore().getState().engine).toBe('auto'); // an unknown engine is discarded
});

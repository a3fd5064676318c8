// Switching groups while the diagrams play, and switching engines under them, as a lecturer does:
// no frame may fail or warn (the old engine's tensors freed under a frame in flight gave
// "tensor N used after dispose" and "backend destroyed"), and every diagram ends with a verdict
// for the state shown, on the engine the badge names.
import type { Locator, Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { baseUrl, browserPerFile, chooseEngine, openPage } from './browser';

const POLL = { timeout: 60_000, interval: 100 };
const browser = browserPerFile();
const attr = async (l: Locator, name: string) => (await l.getAttribute(name)) ?? '';

async function selectGroup(page: Page, group: string): Promise<void> {
  await page
    .locator('[data-widget="rotation-control"]')
    .first()
    .getByRole('combobox', { name: /^Group/ })
    .selectOption(group);
}

async function setPlaying(page: Page, playing: boolean): Promise<void> {
  const button = page
    .locator('[data-widget="rotation-control"]')
    .first()
    .getByRole('button', { name: playing ? 'Play' : 'Pause' });
  await button.click();
}

/** Every commuting diagram on the page shows a measured error for the rotation now chosen. */
async function expectSettled(page: Page, kind: string): Promise<void> {
  const angle = await attr(
    page.locator('[data-widget="rotation-control"] .rotation-readout').first(),
    'data-angle-deg',
  );
  const readouts = page.locator('.diagram-readout');
  const n = await readouts.count();
  expect(n).toBeGreaterThan(0);
  for (let i = 0; i < n; i++) {
    const r = readouts.nth(i);
    await expect.poll(() => attr(r, 'data-backend'), POLL).toBe(kind);
    await expect.poll(() => attr(r, 'data-angle-deg'), POLL).toBe(angle);
    await expect.poll(() => attr(r, 'data-rel-error'), POLL).not.toBe('');
    // Settled: no "computing …" note, the verdict on show is this angle's.
    await expect.poll(() => attr(r, 'data-busy'), POLL).toBe('false');
  }
}

async function switchEngine(page: Page, choice: string, kind: string): Promise<void> {
  await page.locator('select.engine-choice').selectOption(choice);
  const status = page.locator('.topbar .engine-status');
  await expect.poll(() => attr(status, 'data-engine'), POLL).toBe(kind);
}

test('lifting: groups switched while playing, then every engine, with no warning or error', async () => {
  const { page, errors, warnings } = await openPage(browser(), 1280, 1000);
  await chooseEngine(page, 'webgpu');
  await page.goto(`${baseUrl()}/lessons/lifting`);
  await page.locator('article.lesson h1').waitFor();
  await expectSettled(page, 'webgpu');
  for (const [from, to] of [
    ['D4', 'C8'],
    ['D16', 'C4'],
  ]) {
    await selectGroup(page, from);
    await setPlaying(page, true);
    await page.waitForTimeout(700);
    await selectGroup(page, to);
    await page.waitForTimeout(700);
    await setPlaying(page, false);
    await expectSettled(page, 'webgpu');
  }
  await setPlaying(page, true);
  for (const [choice, kind] of [
    ['cpu', 'cpu'],
    ['wasm', 'wasm'],
    ['webgpu', 'webgpu'],
    ['auto', 'wasm'],
  ]) {
    await switchEngine(page, choice, kind);
    await page.waitForTimeout(500);
  }
  await setPlaying(page, false);
  await expectSettled(page, 'wasm');
  expect(warnings).toEqual([]);
  expect(errors).toEqual([]);
  await page.context().close();
});

test('group convolution: C4 to C8 while playing, on WebGPU and on WebAssembly, with no warning', async () => {
  const { page, errors, warnings } = await openPage(browser(), 1280, 1000);
  await chooseEngine(page, 'webgpu');
  await page.goto(`${baseUrl()}/lessons/group-convolution`);
  await page.locator('article.lesson h1').waitFor();
  for (const [choice, kind] of [
    ['webgpu', 'webgpu'],
    ['auto', 'wasm'],
  ]) {
    await switchEngine(page, choice, kind);
    await selectGroup(page, 'C4');
    await setPlaying(page, true);
    await page.waitForTimeout(700);
    await selectGroup(page, 'C8');
    await page.waitForTimeout(700);
    await setPlaying(page, false);
    await expectSettled(page, kind);
  }
  expect(warnings).toEqual([]);
  expect(errors).toEqual([]);
  await page.context().close();
});

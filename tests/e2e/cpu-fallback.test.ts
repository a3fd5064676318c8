// The engine-driven lessons on the CPU reference (chosen in the settings, as where WebAssembly SIMD
// is missing too): the widgets show the same verdicts as on the other engines (quarter turns exact to round-off,
// the plain CNN layer far off, the harmonic phase law at an off-grid angle).
import type { Locator, Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { baseUrl, chooseEngine, openPage, screenshot, browserPerFile } from './browser';

const ROUND_OFF = 1e-5;
const POLL = { timeout: 60_000, interval: 250 };

const browser = browserPerFile();

async function openOnCpu(slug: string): Promise<{ page: Page; errors: string[] }> {
  const watched = await openPage(browser(), 1280, 1000);
  await chooseEngine(watched.page, 'cpu');
  await watched.page.goto(`${baseUrl()}/lessons/${slug}`);
  await watched.page.locator('article.lesson h1').waitFor();
  await expect
    .poll(() => watched.page.locator('.topbar .engine-status').getAttribute('data-engine'))
    .toBe('cpu');
  return watched;
}

const attr = async (l: Locator, name: string) => (await l.getAttribute(name)) ?? '';

test('lifting: the diagrams run on the CPU reference with the same verdicts', async () => {
  const { page, errors } = await openOnCpu('lifting');
  const rotation = page.locator('[data-widget="rotation-control"]');
  await rotation.getByRole('combobox', { name: /^Group/ }).selectOption('C4');
  await rotation.getByRole('button', { name: 'Next group element' }).click();
  const readout = (i: number) =>
    page.locator('[data-widget="commuting-diagram"]').nth(i).locator('.diagram-readout');
  for (const i of [0, 1]) {
    await expect.poll(() => attr(readout(i), 'data-element'), POLL).toBe('1');
    expect(await attr(readout(i), 'data-backend')).toBe('cpu');
  }
  const plain = Number(await attr(readout(0), 'data-rel-error'));
  const lift = Number(await attr(readout(1), 'data-rel-error'));
  console.log(`CPU fallback, quarter turn: plain CNN ${plain}, lifting ${lift}`);
  expect(plain).toBeGreaterThan(0.1);
  expect(lift).toBeLessThan(ROUND_OFF);
  await readout(1).scrollIntoViewIfNeeded();
  await screenshot(page, 'cpu-fallback-lifting');
  expect(errors).toEqual([]);
  await page.context().close();
});

test('harmonic filters: the phase law holds at 37 degrees on the CPU reference', async () => {
  const { page, errors } = await openOnCpu('harmonic-filters');
  const w = page.locator('[data-widget="harmonic-response"]');
  await w.scrollIntoViewIfNeeded();
  await w.getByLabel('Order m').selectOption('1');
  await w.getByLabel(/rotation angle in degrees/).fill('37');
  const r = w.locator('.harmonic-readout');
  await expect.poll(() => attr(r, 'data-angle-deg'), POLL).toMatch(/^37(\.0+\d*)?$|^36\.99/);
  await expect.poll(() => attr(r, 'data-order'), POLL).toBe('1');
  expect(Number(await attr(r, 'data-expected-deg'))).toBeCloseTo(37, 6);
  const centre = Number(await attr(r, 'data-centre-error-deg'));
  console.log(`CPU fallback, m = 1 at 37 degrees: centre phase off by ${centre} degrees`);
  expect(Math.abs(centre)).toBeLessThan(1);
  expect(Number(await attr(r, 'data-equivariance-error'))).toBeLessThan(0.05);
  expect(errors).toEqual([]);
  await page.context().close();
});

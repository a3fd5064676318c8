// The steerable-vectors lesson's widgets, driven as a student would on the built site: drag, slide,
// click, then read the error readouts (exact results must sit at float64 round-off).
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { baseUrl, launch, openPage, screenshot } from './browser';

const ROUND_OFF = 1e-9;

let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  browser = await launch();
  ({ page, errors } = await openPage(browser, 1400, 1000));
  await page.goto(`${baseUrl()}/lessons/steerable-vectors`);
  await page.locator('article.lesson h1').waitFor();
});
afterAll(async () => {
  await browser?.close();
});

const widget = (name: string) => page.locator(`[data-widget="${name}"]`);

/** The raw number behind an error readout. */
async function readError(w: Locator, name: string): Promise<number> {
  return Number(await w.locator(`[data-error-name="${name}"]`).getAttribute('data-error'));
}

/** Press the pointer at (fx, fy) of the element's box and drag by (dx, dy) pixels in steps. */
async function drag(target: Locator, dx: number, dy: number, fx = 0.5, fy = 0.5): Promise<void> {
  const box = (await target.boundingBox())!;
  const x = box.x + box.width * fx;
  const y = box.y + box.height * fy;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 8; i++) await page.mouse.move(x + (dx * i) / 8, y + (dy * i) / 8);
  await page.mouse.up();
}

async function shoot(w: Locator, name: string): Promise<void> {
  await w.scrollIntoViewIfNeeded();
  await screenshot(page, name);
}

describe('sphere view of spherical harmonics', () => {
  test('dragging the sphere turns the coefficients by D^l(R), to round-off', async () => {
    const w = widget('spherical-harmonic-sphere');
    await w.scrollIntoViewIfNeeded();
    expect(await readError(w, 'coefficients')).toBeLessThan(ROUND_OFF);
    const before = await w.locator('.readout-note').textContent();
    await drag(w.locator('canvas.sphere-canvas'), 70, 40);
    await expect.poll(() => w.locator('.readout-note').textContent()).not.toBe(before);
    expect(await readError(w, 'coefficients')).toBeLessThan(ROUND_OFF);
    await w.getByLabel('Degree l').selectOption('5');
    await w.getByLabel('coefficient c_-3').fill('0.6');
    await drag(w.locator('canvas.sphere-canvas'), -50, 90);
    expect(await readError(w, 'coefficients')).toBeLessThan(ROUND_OFF);
    await shoot(w, 'steerable-sphere');
  });
});

test('no console errors on the page', () => {
  expect(errors).toEqual([]);
});

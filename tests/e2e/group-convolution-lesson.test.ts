// The group-convolution lesson driven as a student would, on the built site (SwiftShader WebGPU,
// 64 px maps): switch the frame-time readouts on, turn the input by quarter turns, and read the
// orientation ring after a group correlation, the commuting diagram and the CNN / G-CNN comparison.
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { baseUrl, launch, openPage, screenshot } from './browser';

const ROUND_OFF = 1e-5; // float32 round-off tolerance of the readouts
const POLL = { timeout: 90_000, interval: 250 };

let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  browser = await launch();
  ({ page, errors } = await openPage(browser, 1280, 1000));
  await page.goto(`${baseUrl()}/lessons/group-convolution`);
  await page.locator('article.lesson h1').waitFor();
  await page.getByLabel('Show frame times').check();
});
afterAll(async () => {
  await browser?.close();
});

const widget = (name: string) => page.locator(`[data-widget="${name}"]`);
const attr = async (l: Locator, name: string) => (await l.getAttribute(name)) ?? '';
const numberAttr = async (l: Locator, name: string) => Number(await attr(l, name));

async function ringState(element: number) {
  const ring = widget('orientation-ring');
  const readout = ring.locator('.ring-readout');
  await expect.poll(() => attr(readout, 'data-element'), POLL).toBe(String(element));
  const means = await ring
    .locator('td[data-slot-mean]')
    .evaluateAll((tds) => tds.map((td) => Number(td.getAttribute('data-mean'))));
  const sources = await ring
    .locator('figure[data-slot]')
    .evaluateAll((fs) => fs.map((f) => Number(f.getAttribute('data-source'))));
  return { means, sources, error: await numberAttr(readout, 'data-rel-error') };
}

/** Steps the rotation control to the next element of C4 and waits for its readout. */
async function quarterTurn(degrees: number): Promise<void> {
  const rotation = widget('rotation-control');
  await rotation.getByRole('button', { name: 'Next group element' }).click();
  await expect
    .poll(() => attr(rotation.locator('.rotation-readout'), 'data-angle-deg'))
    .toBe(degrees.toFixed(3));
}

/** Frame time in ms printed by a widget's readout (shown because the setting is on). */
async function frameMs(name: string): Promise<number> {
  const readout = widget(name).locator('.widget-readout');
  await expect.poll(() => readout.textContent(), POLL).toMatch(/frame [\d.]+ ms/);
  const text = (await readout.textContent()) ?? '';
  console.log(`${name}: ${/frame [^·]*/.exec(text)?.[0]}`);
  return Number(/frame ([\d.]+) ms/.exec(text)?.[1]);
}

describe('quarter turns in C4', () => {
  test('the ring after a group correlation cycles, and the diagram commutes to round-off', async () => {
    await expect
      .poll(() =>
        widget('rotation-control')
          .getByRole('combobox', { name: /^Group/ })
          .inputValue(),
      )
      .toBe('C4');
    const before = await ringState(0);
    expect(before.means).toHaveLength(4);
    expect(new Set(before.means.map((m) => m.toFixed(5))).size).toBe(4);
    await quarterTurn(90);
    const after = await ringState(1);
    expect(after.sources).toEqual([3, 0, 1, 2]);
    after.means.forEach((m, j) =>
      expect(Math.abs(m - before.means[(j + 3) % 4])).toBeLessThan(ROUND_OFF * m),
    );
    expect(after.error).toBeLessThan(ROUND_OFF);

    const diagram = widget('commuting-diagram').locator('.diagram-readout');
    await expect.poll(() => attr(diagram, 'data-element'), POLL).toBe('1');
    expect(await numberAttr(diagram, 'data-rel-error')).toBeLessThan(ROUND_OFF);
    await widget('orientation-ring').scrollIntoViewIfNeeded();
    await screenshot(page, 'group-conv-ring-quarter-turn');
  });

  test('the G-CNN outputs are invariant to round-off at 90, 180 and 270 degrees; the plain CNN outputs move', async () => {
    const readout = widget('cnn-vs-gcnn').locator('.comparison-readout');
    for (const degrees of [90, 180, 270]) {
      if (degrees > 90) await quarterTurn(degrees);
      await expect.poll(() => attr(readout, 'data-angle-deg'), POLL).toBe(degrees.toFixed(3));
      const gcnn = await numberAttr(readout, 'data-gcnn-error');
      const plain = await numberAttr(readout, 'data-plain-error');
      console.log(`comparison at ${degrees}°: G-CNN ${gcnn}, plain CNN ${plain}`);
      expect(gcnn).toBeLessThan(ROUND_OFF);
      expect(plain).toBeGreaterThan(1e-3);
    }
    // Both columns state the same weight count.
    const counts = await widget('cnn-vs-gcnn')
      .locator('[data-weights]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-weights')));
    expect(counts).toEqual(['2475', '2475']);
    await widget('cnn-vs-gcnn').scrollIntoViewIfNeeded();
    await screenshot(page, 'group-conv-cnn-vs-gcnn');
  });

  test('frame times are shown in ms with the backend', async () => {
    for (const name of ['orientation-ring', 'cnn-vs-gcnn', 'commuting-diagram']) {
      const ms = await frameMs(name);
      expect(ms).toBeGreaterThan(0);
      expect(ms).toBeLessThan(60_000);
    }
    expect(await attr(widget('orientation-ring').locator('.ring-readout'), 'data-backend')).toBe('wasm');
  });
});

test('no console errors on the page', () => {
  expect(errors).toEqual([]);
});

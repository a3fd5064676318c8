// The harmonic widgets that compute on the page's drawing carry it in their links: a student draws,
// sets a widget's controls and presses Copy link; the link, opened in a fresh browser, brings back
// the strokes (on the drawing canvas) and the widget's own choices. The four order widgets are told
// apart by name (order-chain, order-sum, ...): a link to one leaves the others at their defaults.
import type { Locator } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { browserPerFile } from './browser';
import { mouseStroke } from './exportHelpers';
import { lesson, blocks, maxDiff, permalinkKit } from './permalinkHelpers';

const browser = browserPerFile();
const { open, copiedLink } = permalinkKit(browser);
const POLL = { timeout: 60_000, interval: 250 };

/** A select whose label starts with `label` (its accessible name also holds the chosen option). */
const select = (w: Locator, label: string) => w.getByRole('combobox', { name: new RegExp(`^${label}`) });
const slider = (w: Locator, label: string) => w.getByRole('slider', { name: new RegExp(`^${label}`) });
const inputImage = (w: Locator) => w.getByRole('combobox', { name: 'input image' });
const bandlimit = (w: Locator) => w.getByRole('checkbox', { name: /band-limit/ });

interface Case {
  name: string;
  /** Sets non-default values in the widget's controls. */
  set(w: Locator): Promise<void>;
  /** What the widget shows of them (must come back from the link). */
  shown(w: Locator): Promise<unknown>;
  /** Part of the link's hash it must carry, in the format links have always had. */
  hash: RegExp;
}

const orderShown = async (w: Locator) => ({
  first: await w.getByLabel('first order', { exact: true }).inputValue(),
  second: (await w.getByLabel('second order', { exact: true }).count())
    ? await w.getByLabel('second order', { exact: true }).inputValue()
    : null,
  test: await slider(w, 'test rotation').inputValue(),
  input: await inputImage(w).inputValue(),
  bandlimit: await bandlimit(w).isChecked(),
});

/** In the order they stand on the page. */
const CASES: Case[] = [
  {
    name: 'rotation-response-curves',
    async set(w) {
      // The other step than the device's default (5 degrees on a software adapter).
      const step = await select(w, 'steps').inputValue();
      await select(w, 'steps').selectOption(step === '1' ? '5' : '1');
      await select(w, 'G-CNN channel').selectOption('3');
      await select(w, 'harmonic order m').selectOption('-2');
    },
    shown: async (w) => ({
      step: await select(w, 'steps').inputValue(),
      channel: await select(w, 'G-CNN channel').inputValue(),
      m: await select(w, 'harmonic order m').inputValue(),
      input: await inputImage(w).inputValue(),
    }),
    hash: /widget=rotation-response-curves&step=[15]&m=-2&channel=3&input=drawing/,
  },
  {
    name: 'harmonic-response',
    async set(w) {
      await select(w, 'Order m').selectOption('3');
      await w.getByLabel(/rotation angle in degrees/).fill('37');
      await bandlimit(w).uncheck();
    },
    shown: async (w) => ({
      m: await select(w, 'Order m').inputValue(),
      angle: await w.getByLabel(/rotation angle in degrees/).inputValue(),
      bandlimit: await bandlimit(w).isChecked(),
      input: await inputImage(w).inputValue(),
    }),
    hash: /widget=harmonic-response&m=3&angle=37.00&input=drawing&bandlimit=false/,
  },
  {
    name: 'order-chain',
    async set(w) {
      await w.getByLabel('first order', { exact: true }).selectOption('3');
      await w.getByLabel('second order', { exact: true }).selectOption('-1');
      await slider(w, 'test rotation').fill('20');
    },
    shown: orderShown,
    hash: /widget=order-chain&mode=chain&m=3&n=-1&bias=-0.05&test=20&input=drawing&bandlimit=true/,
  },
  {
    name: 'order-sum',
    async set(w) {
      await w.getByLabel('first order', { exact: true }).selectOption('1');
      await w.getByLabel('second order', { exact: true }).selectOption('3');
      await bandlimit(w).uncheck();
    },
    shown: orderShown,
    hash: /widget=order-sum&mode=sum&m=1&n=3&.*bandlimit=false/,
  },
  {
    name: 'order-nonlinearity',
    async set(w) {
      await w.getByLabel('first order', { exact: true }).selectOption('-3');
      await slider(w, 'ℂ-ReLU bias').fill('-0.2');
    },
    shown: async (w) => ({ ...(await orderShown(w)), bias: await slider(w, 'ℂ-ReLU bias').inputValue() }),
    hash: /widget=order-nonlinearity&mode=nonlinearity&m=-3&.*bias=-0.2&/,
  },
  {
    name: 'order-stream',
    async set(w) {
      await slider(w, 'ℂ-ReLU bias').fill('-0.15');
      await slider(w, 'test rotation').fill('12');
    },
    shown: async (w) => ({
      bias: await slider(w, 'ℂ-ReLU bias').inputValue(),
      test: await slider(w, 'test rotation').inputValue(),
      mode: await w.locator('.harmonic-readout').getAttribute('data-mode'),
    }),
    hash: /widget=order-stream&mode=stream&.*bias=-0.15&test=12&/,
  },
  {
    name: 'error-vs-angle',
    async set(w) {
      await inputImage(w).selectOption('blobs');
    },
    shown: async (w) => ({ input: await inputImage(w).inputValue() }),
    hash: /widget=error-vs-angle&input=blobs/,
  },
];

const links = new Map<string, { link: string; expected: unknown }>();
let drawn: number[] = [];

describe('harmonic widget links carry the drawing', () => {
  test('draw, set each widget and copy its link', async () => {
    const before = await open(lesson('harmonic-filters'), 'drawing-canvas');
    await before.page.getByRole('button', { name: 'Clear' }).click();
    await mouseStroke(before.page, [
      [0.2, 0.2],
      [0.8, 0.3],
      [0.5, 0.8],
    ]);
    drawn = await blocks(before.page);
    expect(Math.max(...drawn)).toBeGreaterThan(40); // ink is there
    for (const c of CASES) {
      const w = before.page.locator(`[data-widget="${c.name}"]`);
      // Down the page in order; no wait for a still layout while the maps above keep computing.
      await w.evaluate((e) => e.scrollIntoView({ block: 'start' }));
      await c.set(w);
      const expected = await c.shown(w);
      const link = await copiedLink({ ...before, widget: w });
      const hash = decodeURIComponent(new URL(link).hash);
      expect(hash).toMatch(c.hash);
      expect(hash).toMatch(/drawing=z:[A-Za-z0-9_-]+/);
      expect(hash).not.toMatch(/[#&]of=/); // the order widgets differ by name, not instance
      links.set(c.name, { link, expected });
    }
    expect(before.errors).toEqual([]);
    await before.page.context().close();
  }, 300_000);

  for (const c of CASES) {
    test(`${c.name}: a fresh browser gets the strokes and the widget's choices back`, async () => {
      const saved = links.get(c.name);
      expect(saved, 'the link was copied').toBeDefined();
      const after = await open(saved!.link, c.name, false);
      await expect.poll(async () => maxDiff(await blocks(after.page), drawn), POLL).toBeLessThan(4);
      await expect.poll(() => c.shown(after.widget), POLL).toEqual(saved!.expected);
      // The drawing canvas shows it as the reader's own drawing, not a preset.
      const canvas = after.page.locator('[data-widget="drawing-canvas"]');
      expect(await select(canvas, 'Preset').inputValue()).toBe('');
      if (c.name === 'order-sum') {
        // A link to one order widget leaves the other three as the page sets them.
        const chain = after.page.locator('[data-widget="order-chain"]');
        expect(await orderShown(chain)).toMatchObject({ first: '1', second: '2', test: '15' });
      }
      expect(after.errors).toEqual([]);
      await after.page.context().close();
    }, 180_000);
  }
});

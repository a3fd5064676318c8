// The stride-2 and coset-pooling widgets of the group-convolution lesson, driven as a student would
// on the built site: move the shift sliders, pick a quarter turn, switch the map between 49 and 48
// pixels a side, and read the errors the readouts print (data attributes carry the raw numbers).
// Stride 2: exact before subsampling for every g; after it, zero for even shifts and turns about a
// pixel, large for odd shifts and turns about a point between pixels. Coset pooling: zero for the
// cosets of C4 and {e, r²}, large for {e, r}.
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { baseUrl, launch, openPage } from './browser';
import { shootWidget } from './lessonHelpers';

const ROUND_OFF = 1e-5; // the readouts' float32 round-off tolerance
const LARGE = 0.2; // an error that is the subsampling, not round-off
const POLL = { timeout: 90_000, interval: 250 };

let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  browser = await launch();
  ({ page, errors } = await openPage(browser, 1280, 1000));
  await page.goto(`${baseUrl()}/lessons/group-convolution`);
  await page.locator('[data-widget="stride-subsampling"]').waitFor({ timeout: 60_000 });
});
afterAll(async () => {
  await browser?.close();
});

const widget = (name: string) => page.locator(`[data-widget="${name}"]`);
const attr = async (l: Locator, name: string) => (await l.getAttribute(name)) ?? '';

interface StrideState {
  full: number;
  strided: number;
  keepsGrid: string;
  best: string;
  backend: string;
}

/** Waits until the stride readout is fresh for the state just set, then reads its numbers. */
async function strideState(): Promise<StrideState> {
  const readout = widget('stride-subsampling').locator('.stride-readout');
  await expect.poll(() => attr(readout, 'data-busy'), POLL).toBe('false');
  await expect.poll(() => attr(readout, 'data-strided-error'), POLL).not.toBe('');
  return {
    full: Number(await attr(readout, 'data-full-error')),
    strided: Number(await attr(readout, 'data-strided-error')),
    keepsGrid: await attr(readout, 'data-keeps-grid'),
    best: await attr(readout, 'data-best-shift'),
    backend: await attr(readout, 'data-backend'),
  };
}

async function setStride(options: { right?: number; up?: number; r?: string; size?: 'odd' | 'even' }) {
  const w = widget('stride-subsampling');
  if (options.right !== undefined) await w.getByLabel('shift right').fill(String(options.right));
  if (options.up !== undefined) await w.getByLabel('shift up').fill(String(options.up));
  if (options.r !== undefined)
    await w.getByRole('combobox', { name: 'rotation r' }).selectOption({ label: options.r });
  if (options.size !== undefined) await w.getByLabel('map size').selectOption(options.size);
}

describe('stride 2 after a C4 lifting layer', () => {
  test('odd shifts break it, even shifts move the output by half', async () => {
    await widget('stride-subsampling').scrollIntoViewIfNeeded();
    const odd = await strideState(); // the default: t = (1, 0), r = e, 49 x 49
    console.log(`t = (1, 0): before ${odd.full}, after ${odd.strided} on ${odd.backend}`);
    expect(odd.keepsGrid).toBe('false');
    expect(odd.full).toBeLessThan(ROUND_OFF);
    expect(odd.strided).toBeGreaterThan(LARGE);
    await shootWidget(widget('stride-subsampling'), 'group-conv-stride-odd-shift');

    await setStride({ right: 2 });
    await expect.poll(async () => (await strideState()).best, POLL).toBe('1,0');
    const even = await strideState();
    console.log(`t = (2, 0): before ${even.full}, after ${even.strided}`);
    expect(even.keepsGrid).toBe('true');
    expect(even.full).toBeLessThan(ROUND_OFF);
    expect(even.strided).toBeLessThan(ROUND_OFF);

    await setStride({ right: 4, up: -2 });
    await expect.poll(async () => (await strideState()).best, POLL).toBe('2,-1');
    expect((await strideState()).strided).toBeLessThan(ROUND_OFF);

    await setStride({ right: 3, up: -2 });
    await expect.poll(async () => (await strideState()).keepsGrid, POLL).toBe('false');
    const mixed = await strideState();
    expect(mixed.full).toBeLessThan(ROUND_OFF);
    expect(mixed.strided).toBeGreaterThan(LARGE);
  });

  test('a quarter turn about a pixel survives, about a point between pixels it does not', async () => {
    await setStride({ right: 0, up: 0, r: 'r' });
    await expect.poll(async () => (await strideState()).keepsGrid, POLL).toBe('true');
    const onPixel = await strideState();
    expect(onPixel.full).toBeLessThan(ROUND_OFF);
    expect(onPixel.strided).toBeLessThan(ROUND_OFF);

    await setStride({ size: 'even' });
    await expect.poll(async () => (await strideState()).keepsGrid, POLL).toBe('false');
    const between = await strideState();
    console.log(`quarter turn on 48 x 48: before ${between.full}, after ${between.strided}`);
    expect(between.full).toBeLessThan(ROUND_OFF);
    expect(between.strided).toBeGreaterThan(LARGE);
    await shootWidget(widget('stride-subsampling'), 'group-conv-stride-turn-between-pixels');

    // The same turn followed by one pixel up is a quarter turn about a pixel.
    await setStride({ up: 1 });
    await expect.poll(async () => (await strideState()).keepsGrid, POLL).toBe('true');
    expect((await strideState()).strided).toBeLessThan(ROUND_OFF);
  });
});

async function poolState() {
  const readout = widget('coset-pooling').locator('.stride-readout');
  await expect.poll(() => attr(readout, 'data-busy'), POLL).toBe('false');
  return {
    set: await attr(readout, 'data-set'),
    right: Number(await attr(readout, 'data-right-error')),
    equiv: Number(await attr(readout, 'data-equiv-error')),
    vanishes: await attr(readout, 'data-vanishes'),
  };
}

describe('coset pooling', () => {
  test('cosets of C4 and of {e, r²} give invariance and equivariance to round-off; {e, r} breaks both', async () => {
    const w = widget('coset-pooling');
    await w.scrollIntoViewIfNeeded();
    const choose = (set: string) => w.getByLabel('pool over').selectOption(set);
    for (const [set, mode] of [
      ['C4', 'max'],
      ['C4', 'mean'],
      ['C2', 'max'],
    ] as const) {
      await choose(set);
      await w.getByLabel('pooling', { exact: true }).selectOption(mode);
      await expect.poll(async () => (await poolState()).set, POLL).toBe(set);
      const s = await poolState();
      console.log(`${set} ${mode}: right action ${s.right}, quarter turn ${s.equiv}`);
      expect(s.right).toBeLessThan(ROUND_OFF);
      expect(s.equiv).toBeLessThan(ROUND_OFF);
      // The page's filter is an edge, which a half turn negates: its mean over C4 cancels.
      expect(s.vanishes).toBe(mode === 'mean' ? 'true' : 'false');
    }
    await w.getByLabel('pooling', { exact: true }).selectOption('max');
    await choose('C4');
    await expect.poll(async () => (await poolState()).set, POLL).toBe('C4');
    await shootWidget(w, 'group-conv-coset-pooling-c4');
    await choose('pair');
    await expect.poll(async () => (await poolState()).set, POLL).toBe('pair');
    const pair = await poolState();
    console.log(`{e, r}: right action ${pair.right}, quarter turn ${pair.equiv}`);
    expect(pair.right).toBeGreaterThan(LARGE);
    expect(pair.equiv).toBeGreaterThan(LARGE);
    await shootWidget(w, 'group-conv-coset-pooling-pair');
  });
});

test('no console errors on the page', () => {
  expect(errors).toEqual([]);
});

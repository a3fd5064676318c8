// The scale-translation group on the built site: the composer of the groups lesson driven by drags
// and keys, its product and inverse checked against values worked out by hand; the scale-lifting
// widget of the lifting lesson, its error split into the finite scale range and resampling, checked
// for consistency (squares add, the missing plane moves with the zoom) and for not being round-off.
import type { Locator, Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { baseUrl, browserPerFile, openPage } from './browser';
import { drag, shootWidget } from './lessonHelpers';

const browser = browserPerFile();
const POLL = { timeout: 120_000, interval: 250 };

async function open(slug: string, widget: string): Promise<{ page: Page; errors: string[]; w: Locator }> {
  const watched = await openPage(browser(), 1280, 1000);
  await watched.page.goto(`${baseUrl()}/lessons/${slug}`);
  const w = watched.page.locator(`[data-widget="${widget}"]`);
  await w.waitFor({ timeout: 60_000 });
  await w.scrollIntoViewIfNeeded();
  return { ...watched, w };
}

/** Page point of the world point (x, y) on the composer's plane (52 SVG pixels per unit). */
async function planeMapping(w: Locator) {
  const plane = w.locator('.se2-plane');
  const box = (await plane.boundingBox())!;
  const vb = await plane.evaluate((s: SVGSVGElement) => [s.viewBox.baseVal.width, s.viewBox.baseVal.height]);
  const k = box.width / vb[0];
  return (x: number, y: number): [number, number] => [
    box.x + (vb[0] / 2 + x * 52) * k,
    box.y + (vb[1] / 2 - y * 52) * k,
  ];
}

async function element(w: Locator, name: string): Promise<number[]> {
  const g = w.locator(`[data-frame="${name}"]`);
  return Promise.all(['data-x', 'data-y', 'data-scale'].map(async (a) => Number(await g.getAttribute(a))));
}

function expectClose(got: number[], want: number[]): void {
  got.forEach((v, i) => expect(v, `entry ${i}`).toBeCloseTo(want[i], 9));
}

test('scale-translation composer: drag g1 and its size, key g2; product and inverses as worked by hand', async () => {
  const { page, errors, w } = await open('groups', 'scale-translation-composer');
  const toPage = await planeMapping(w);
  await drag(page, w.locator('[data-handle="g1-position"]'), toPage(1, -1));
  expectClose(await element(w, 'g1'), [1, -1, 2]);
  // The size handle sits on the rim, R0 = 0.5 units times λ to the right; drag it to radius 0.75.
  await drag(page, w.locator('[data-handle="g1-scale"]'), toPage(1.75, -1));
  expectClose(await element(w, 'g1'), [1, -1, 1.5]);
  // g2 starts at ((1, 0.5), 0.5); two steps up grow it by 0.05 each.
  const size2 = w.locator('[data-handle="g2-scale"]');
  await size2.focus();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  expectClose(await element(w, 'g2'), [1, 0.5, 0.6]);
  // By hand: g1 g2 = (1.5·(1, 0.5) + (1, -1), 1.5·0.6) = ((2.5, -0.25), 0.9);
  // g1^-1 = (-(1, -1) / 1.5, 1 / 1.5); g2^-1 = (-(1, 0.5) / 0.6, 1 / 0.6).
  expectClose(await element(w, 'g1g2'), [2.5, -0.25, 0.9]);
  expectClose(await element(w, 'g1inv'), [-2 / 3, 2 / 3, 2 / 3]);
  expectClose(await element(w, 'g2inv'), [-5 / 3, -5 / 6, 5 / 3]);
  const tex = (await w.locator('.st-formulas annotation').allTextContents()).join(' ');
  expect(tex).toContain('1.5\\cdot(1,\\ 0.5) + (1,\\ -1),\\ 1.5\\cdot 0.6');
  expect(tex).toContain('\\big((2.5,\\ -0.25),\\ 0.9\\big)');
  expect(tex).toContain('\\big((-0.667,\\ 0.667),\\ 0.667\\big)');
  expect(Number(await w.locator('[data-max-error]').getAttribute('data-max-error'))).toBeLessThan(1e-12);
  await shootWidget(w, 'groups-scale-translation-composer');
  expect(errors).toEqual([]);
  await page.context().close();
});

test('scale lifting: the zoom moves the scale axis; range and resampling errors measured apart', async () => {
  const { page, errors, w } = await open('lifting', 'scale-lifting');
  const readout = w.locator('.scale-readout');
  const measured = async (missing: number) => {
    await expect
      .poll(
        async () =>
          `${await readout.getAttribute('data-busy')}/${await readout.getAttribute('data-missing')}`,
        POLL,
      )
      .toBe(`false/${missing}`);
    const n = async (a: string) => Number(await readout.getAttribute(a));
    const planes = ((await readout.getAttribute('data-plane-errors')) ?? '').split(',').map(Number);
    return {
      total: await n('data-total'),
      range: await n('data-range'),
      resampling: await n('data-resampling'),
      roundTrip: await n('data-round-trip'),
      dropped: await n('data-dropped'),
      planes,
    };
  };
  for (const [zoom, missing, dropped] of [
    ['1', 0, 3],
    ['-1', 3, 0],
  ] as const) {
    if (zoom === '-1') await w.getByRole('combobox', { name: /Zoom the input/ }).selectOption(zoom);
    const m = await measured(missing);
    console.log(`scale lifting, zoom step ${zoom}: ${JSON.stringify(m)}`);
    expect(m.dropped).toBe(dropped);
    expect(m.planes).toHaveLength(4);
    // The missing plane's share is the range error; the squares of the two parts add to the total.
    expect(m.planes[missing]).toBeCloseTo(m.range, 6);
    expect(m.total).toBeCloseTo(Math.hypot(m.range, m.resampling), 5);
    // Neither part is round-off; both stay below the whole.
    expect(m.range).toBeGreaterThan(0.01);
    expect(m.resampling).toBeGreaterThan(1e-4);
    expect(m.roundTrip).toBeGreaterThan(1e-4);
    for (const [j, e] of m.planes.entries()) {
      expect(e, `plane ${j}`).toBeGreaterThan(1e-5);
      expect(e, `plane ${j}`).toBeLessThan(1);
    }
    expect(await w.locator('[data-plane] figcaption').filter({ hasText: 'not in the bank' }).count()).toBe(1);
    expect(await readout.textContent()).toMatch(/Computed on (WebGPU|WebAssembly|CPU reference)/);
    await shootWidget(w, `lifting-scale-lifting-${zoom === '1' ? 'in' : 'out'}`);
  }
  expect(errors).toEqual([]);
  await page.context().close();
});

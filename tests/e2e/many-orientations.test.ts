// The many-orientations widget of the lifting lesson, driven as a student would on the built site:
// at the default 37°, the gaps to the nearest orientation are the ones worked out by hand, the
// nearest-sample error follows the order-1 prediction 2 sin(gap / 2) for the page's edge filter ψ,
// and the error falls with N to the resampling floor; the fast engine the page picked agrees with
// the CPU reference on the same drawing; at 90° every N divisible by 4 is exact to round-off.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { baseUrl, launch, openPage } from './browser';
import { shootWidget } from './lessonHelpers';
import type { Browser } from 'playwright-core';

const POLL = { timeout: 120_000, interval: 250 };
const ROUND_OFF = 1e-5;
const COUNTS = [4, 6, 8, 12, 16, 24, 36];
/** Degrees from 37° to the nearest multiple of 360°/N, by hand: 37 − 0, 60 − 37, 45 − 37, 37 − 30, 45 − 37, 37 − 30, 40 − 37. */
const GAPS_AT_37 = [37, 23, 8, 7, 8, 7, 3];

let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  browser = await launch();
  ({ page, errors } = await openPage(browser, 1280, 1000));
  await page.goto(`${baseUrl()}/lessons/lifting`);
  await page.locator('article.lesson h1').waitFor();
});
afterAll(async () => {
  await browser?.close();
});

const widget = () => page.locator('[data-widget="many-orientations"]');
const readout = () => widget().locator('.orientation-readout');
const attr = async (l: Locator, name: string) => (await l.getAttribute(name)) ?? '';

interface Row {
  N: number;
  gap: number;
  nearest: number;
  linear: number;
  exact: number;
}

/** The table once the sweep at thetaDeg has finished on engine `kind`. */
async function settledRows(thetaDeg: number, kind: string): Promise<Row[]> {
  await expect.poll(() => attr(readout(), 'data-backend'), POLL).toBe(kind);
  await expect
    .poll(
      async () => `${await attr(readout(), 'data-theta-deg')}/${await attr(readout(), 'data-done')}`,
      POLL,
    )
    .toBe(`${thetaDeg}/true`);
  return widget()
    .locator('tr[data-n]')
    .evaluateAll((trs) =>
      trs.map((tr) => {
        const n = (k: string) => Number(tr.getAttribute(k));
        return {
          N: n('data-n'),
          gap: n('data-gap-deg'),
          nearest: n('data-nearest'),
          linear: n('data-linear'),
          exact: n('data-exact'),
        };
      }),
    );
}

let fast: Row[];
let cpu: Row[];

test('37°: the error follows the gap to the nearest orientation and falls with N to the floor', async () => {
  await widget().scrollIntoViewIfNeeded();
  fast = await settledRows(37, 'wasm');
  expect(fast.map((r) => r.N)).toEqual(COUNTS);
  fast.forEach((r, i) => expect(r.gap, `gap N = ${r.N}`).toBeCloseTo(GAPS_AT_37[i], 6));
  for (const r of fast) {
    // ψ is the edge preset (order 1): a gap δ costs 2 sin(δ/2), the floor adds roughly in quadrature.
    const predicted = Math.hypot(2 * Math.sin((r.gap * Math.PI) / 180 / 2), r.exact);
    expect(r.nearest / predicted, `nearest N = ${r.N}`).toBeGreaterThan(0.9);
    expect(r.nearest / predicted, `nearest N = ${r.N}`).toBeLessThan(1.1);
    expect(r.linear).toBeLessThanOrEqual(r.nearest);
    expect(r.exact).toBeGreaterThan(1e-3); // resampling, not round-off
    expect(r.exact).toBeLessThan(0.3);
  }
  const at = (N: number) => fast.find((r) => r.N === N)!;
  expect(at(36).nearest).toBeLessThan(at(8).nearest / 2);
  expect(at(8).nearest).toBeLessThan(at(4).nearest / 3);
  expect(at(36).linear).toBeLessThan(1.25 * at(36).exact);
  const text = (await readout().textContent()) ?? '';
  expect(text).toContain('Computed on WebAssembly');
  expect(text).toContain('at most 180°/N');
  await shootWidget(widget(), 'lifting-many-orientations');
});

test('the CPU reference gives the same numbers on the same drawing', async () => {
  await page.locator('select.engine-choice').selectOption('cpu');
  await expect.poll(() => attr(page.locator('.topbar .engine-status'), 'data-engine'), POLL).toBe('cpu');
  await widget().scrollIntoViewIfNeeded();
  cpu = await settledRows(37, 'cpu');
  expect(await attr(readout(), 'data-size')).toBe('49');
  cpu.forEach((r, i) => {
    for (const k of ['nearest', 'linear', 'exact'] as const)
      expect(Math.abs(r[k] - fast[i][k]), `${k} N = ${r.N}`).toBeLessThan(2e-3 * r[k] + 1e-5);
  });
});

test('90°: exact to round-off for every N divisible by 4, not for N = 6, on both engines', async () => {
  await widget().getByRole('spinbutton', { name: 'test angle θ in degrees' }).fill('90');
  const rows = await settledRows(90, 'cpu');
  for (const r of rows) {
    expect(r.exact, `exact N = ${r.N}`).toBeLessThan(ROUND_OFF);
    if (r.N % 4 === 0) {
      expect(r.gap).toBe(0);
      expect(Math.max(r.nearest, r.linear), `N = ${r.N}`).toBeLessThan(ROUND_OFF);
    }
  }
  const six = rows.find((r) => r.N === 6)!;
  expect(six.gap).toBeCloseTo(30, 6);
  expect(six.nearest).toBeGreaterThan(0.3);
  expect(await readout().textContent()).toContain('exact to float32 round-off');
  await shootWidget(widget(), 'lifting-many-orientations-quarter-turn');
  // The same on the fast engine the page picked at first.
  await page.locator('select.engine-choice').selectOption('auto');
  await expect.poll(() => attr(page.locator('.topbar .engine-status'), 'data-engine'), POLL).toBe('wasm');
  for (const r of await settledRows(90, 'wasm'))
    if (r.N % 4 === 0)
      expect(Math.max(r.nearest, r.linear, r.exact), `wasm N = ${r.N}`).toBeLessThan(ROUND_OFF);
  expect(errors).toEqual([]);
});

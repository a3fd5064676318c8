// The harmonic filters lesson, driven as a student would on the built site: pick orders, drag the
// rotation to an off-grid angle, read the readouts' numbers (data-* attributes) and check them
// against the phase law e^{i m theta}, orders adding, invariant magnitudes, and the error curves.
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { baseUrl, launch, openPage } from './browser';
import { shootWidget } from './lessonHelpers';

// Stated tolerances for the letter F preset, band-limited (sigma 1 px), 65 x 65, K = 13, bicubic.
const PHASE_TOL_DEG = 1;
const ERROR_TOL = 0.05;
const ROUND_OFF = 1e-5;

let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  browser = await launch();
  ({ page, errors } = await openPage(browser, 1400, 1000));
  await page.goto(`${baseUrl()}/lessons/harmonic-filters`);
  await page.locator('article.lesson h1').waitFor();
});
afterAll(async () => {
  await browser?.close();
});

const widget = (name: string) => page.locator(`[data-widget="${name}"]`);
const num = async (l: Locator, attr: string) => Number(await l.getAttribute(attr));

describe('filter explorer', () => {
  test('the sampled filter winds m times: spectrum peak and quarter-turn law, for m = 3 and m = -2', async () => {
    const w = widget('filter-explorer');
    await w.scrollIntoViewIfNeeded();
    const readout = w.locator('.harmonic-readout');
    for (const m of ['3', '-2']) {
      await w.getByLabel('Order m').selectOption(m);
      await expect.poll(() => readout.getAttribute('data-peak-order')).toBe(m);
      expect(await num(readout, 'data-quarter-error')).toBeLessThan(1e-6);
      expect(await num(readout, 'data-peak-share')).toBeGreaterThan(0.9);
      expect(await num(readout, 'data-constant-response')).toBeLessThan(1e-6);
    }
    // The default ring (radius (K - 1)/3 = 4, width K/8 = 1.625 for K = 13) at the edge r = 6.5.
    const edge = Number(await readout.locator('[data-edge-share]').getAttribute('data-edge-share'));
    expect(edge).toBeCloseTo(Math.exp(-((6.5 - 4) ** 2) / (2 * 1.625 ** 2)), 9);
    expect(await readout.textContent()).toContain('about ten times more accurate');
    await shootWidget(w, 'harmonic-filter-explorer');
  });
});

describe('response to a rotated input', () => {
  test('at 37 degrees the phase turns by m theta; at 90 degrees the map is exact to round-off', async () => {
    const w = widget('harmonic-response');
    await w.scrollIntoViewIfNeeded();
    await w.getByLabel('Order m').selectOption('2');
    await w.getByLabel(/rotation angle in degrees/).fill('37');
    const r = w.locator('.harmonic-readout');
    await expect
      .poll(() => r.getAttribute('data-angle-deg'), { timeout: 30_000 })
      .toMatch(/^37(\.0+\d*)?$|^36\.99/);
    await expect.poll(() => r.getAttribute('data-order')).toBe('2');
    expect(await num(r, 'data-expected-deg')).toBeCloseTo(74, 6);
    expect(Math.abs(await num(r, 'data-centre-error-deg'))).toBeLessThan(PHASE_TOL_DEG);
    expect(Math.abs(await num(r, 'data-weighted-error-deg'))).toBeLessThan(PHASE_TOL_DEG);
    expect(await num(r, 'data-equivariance-error')).toBeLessThan(ERROR_TOL);
    expect(await r.getAttribute('data-verdict')).toBe('approximate');
    console.info(
      'harmonic response at 37 degrees, m = 2 (centre error deg, weighted error deg, relative error):',
      await r.getAttribute('data-centre-error-deg'),
      await r.getAttribute('data-weighted-error-deg'),
      await r.getAttribute('data-equivariance-error'),
    );
    // The shared rotation control follows: 37 degrees is no element of C4.
    const rc = widget('rotation-control').locator('.rotation-readout');
    expect(Number(await rc.getAttribute('data-angle-deg'))).toBeCloseTo(37, 3);
    expect(await rc.getAttribute('data-on-grid')).toBe('false');
    await shootWidget(w, 'harmonic-response-37deg');

    await w.getByLabel(/rotation angle in degrees/).fill('90');
    await expect.poll(() => r.getAttribute('data-verdict'), { timeout: 30_000 }).toBe('exact');
    expect(await num(r, 'data-equivariance-error')).toBeLessThan(ROUND_OFF);
    expect(Math.abs(await num(r, 'data-centre-error-deg'))).toBeLessThan(1e-3);
  });
});

describe('order arithmetic', () => {
  const row = (w: Locator, tap: string) => w.locator(`tr[data-tap="${tap}"]`);
  const lawErrors = async (l: Locator) =>
    JSON.parse((await l.getAttribute('data-law-errors')) ?? '{}') as Record<string, number>;

  test('a chain of W_2 and W_1 has order 3', async () => {
    const w = widget('order-chain');
    await w.scrollIntoViewIfNeeded();
    await w.getByLabel('first order').selectOption('2');
    await w.getByLabel('second order').selectOption('1');
    const chain = row(w, 'chain');
    await expect
      .poll(async () => Math.abs(Number(await chain.getAttribute('data-estimated-order')) - 3), {
        timeout: 30_000,
      })
      .toBeLessThan(0.05);
    const errs = await lawErrors(chain);
    expect(errs['3']).toBeLessThan(0.1);
    expect(errs['2']).toBeGreaterThan(0.1);
    await shootWidget(w, 'harmonic-order-chain');
  });

  test('a sum of orders 1 and 3 fits no single order', async () => {
    const w = widget('order-sum');
    await w.scrollIntoViewIfNeeded();
    await w.getByLabel('first order').selectOption('1');
    await w.getByLabel('second order').selectOption('3');
    const sum = row(w, 'sum');
    await expect.poll(async () => Object.keys(await lawErrors(sum)).length, { timeout: 30_000 }).toBe(3);
    for (const e of Object.values(await lawErrors(sum))) expect(e).toBeGreaterThan(0.1);
    await shootWidget(w, 'harmonic-order-sum');
  });

  test('the magnitude ReLU keeps the phase; a ReLU on parts does not keep the order', async () => {
    const w = widget('order-nonlinearity');
    await w.scrollIntoViewIfNeeded();
    const kept = row(w, 'c-relu');
    await expect.poll(() => kept.getAttribute('data-added-phase'), { timeout: 30_000 }).not.toBe('');
    expect(Math.abs(await num(kept, 'data-added-phase'))).toBeLessThan(1e-5);
    expect((await lawErrors(kept))['2']).toBeLessThan(0.1);
    expect((await lawErrors(row(w, 'relu')))['2']).toBeGreaterThan(0.1);
    await shootWidget(w, 'harmonic-order-nonlinearity');
  });

  test('the two-layer stream has an invariant magnitude', async () => {
    const w = widget('order-stream');
    await w.scrollIntoViewIfNeeded();
    const mag = row(w, 'magnitude');
    await expect.poll(() => mag.getAttribute('data-law-errors'), { timeout: 30_000 }).not.toBe('');
    expect((await lawErrors(mag))['0']).toBeLessThan(0.1);
    await shootWidget(w, 'harmonic-order-stream');
  });
});

describe('sweeps over the angle', () => {
  test('error against angle: G-CNNs exact only on quarter turns, harmonic layers low everywhere', async () => {
    const w = widget('error-vs-angle');
    await w.scrollIntoViewIfNeeded();
    const r = w.locator('.harmonic-readout');
    await expect.poll(() => r.getAttribute('data-done'), { timeout: 90_000 }).toBe('true');
    const figures = await r.evaluate((el) =>
      Object.fromEntries(
        [...el.attributes].filter((a) => a.name.startsWith('data-')).map((a) => [a.name, a.value]),
      ),
    );
    console.info('error against angle (letter F preset):', figures);
    expect(await num(r, 'data-c4-raw-quarter-max')).toBeLessThan(ROUND_OFF);
    expect(await num(r, 'data-c8-raw-quarter-max')).toBeLessThan(ROUND_OFF);
    expect(await num(r, 'data-c4-raw-off-min')).toBeGreaterThan(0.05);
    expect(await num(r, 'data-c8-raw-eighth-max')).toBeGreaterThan(1e-3);
    expect(await num(r, 'data-harmonic-raw-off-max')).toBeLessThan(ERROR_TOL);
    expect(await num(r, 'data-harmonic-bandlimited-off-max')).toBeLessThan(
      await num(r, 'data-harmonic-raw-off-max'),
    );
    expect(await w.locator('svg.angle-plot path[data-series="harmonic-raw"]').getAttribute('d')).toMatch(
      /^M/,
    );
    await shootWidget(w, 'harmonic-error-vs-angle');
  });

  test('rotation response curves: a tuned plain neuron, shifted G-CNN channels, a flat harmonic magnitude', async () => {
    const w = widget('rotation-response-curves');
    await w.scrollIntoViewIfNeeded();
    const r = w.locator('.harmonic-readout');
    await expect.poll(() => r.getAttribute('data-done'), { timeout: 90_000 }).toBe('true');
    expect(await num(r, 'data-plain-peak-deg')).toBe(0);
    expect(await num(r, 'data-plain-min-over-peak')).toBeLessThan(0.9);
    expect(await num(r, 'data-quarter-shift-error')).toBeLessThan(ROUND_OFF);
    expect(await num(r, 'data-harmonic-spread')).toBeLessThan(0.01);
    await shootWidget(w, 'harmonic-response-curves');
  });
});

describe('copied links', () => {
  test('a link restores the response widget (order, angle, input) and a chain widget', async () => {
    const { page: linked, errors: linkErrors } = await openPage(browser, 1400, 1000);
    const url = `${baseUrl()}/lessons/harmonic-filters`;
    await linked.goto(`${url}#widget=harmonic-response&m=3&angle=37.00&input=blobs&bandlimit=true`);
    const w = linked.locator('[data-widget="harmonic-response"]');
    await w.scrollIntoViewIfNeeded();
    const r = w.locator('.harmonic-readout');
    await expect.poll(() => r.getAttribute('data-order'), { timeout: 30_000 }).toBe('3');
    expect(await num(r, 'data-angle-deg')).toBeCloseTo(37, 6);
    expect(await w.getByLabel('input image').inputValue()).toBe('blobs');
    expect(Math.abs(await num(r, 'data-weighted-error-deg'))).toBeLessThan(PHASE_TOL_DEG);

    await linked.goto(`${url}#widget=order-chain&m=2&n=2&test=20`);
    await linked.reload();
    const chain = linked.locator('[data-widget="order-chain"] tr[data-tap="chain"]');
    await chain.scrollIntoViewIfNeeded();
    await expect.poll(() => chain.getAttribute('data-predicted'), { timeout: 30_000 }).toBe('4');
    await expect
      .poll(async () => Math.abs(Number(await chain.getAttribute('data-estimated-order')) - 4), {
        timeout: 30_000,
      })
      .toBeLessThan(0.05);
    expect(linkErrors).toEqual([]);
    await linked.context().close();
  });
});

test('no console errors on the page', () => {
  expect(errors).toEqual([]);
});

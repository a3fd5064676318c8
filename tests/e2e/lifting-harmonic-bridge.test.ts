// The lifting-to-harmonics bridge on the built site: the order-m orientation coefficient of a C_N
// lifted map against f * W_m, read from the readout's data-* attributes and checked against facts
// that hold whatever the implementation: convergence as N grows, no even orders for an odd filter,
// and F^_{N-m} = conj(F^_m) for a real lifted map (here m = 3 and m = 1 over C_4).
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { baseUrl, launch, openPage } from './browser';
import { shootWidget } from './lessonHelpers';

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

const num = async (l: Locator, attr: string) => Number(await l.getAttribute(attr));
const COUNTS = [4, 8, 16, 32];

async function settled(r: Locator, order: string, filter: string): Promise<void> {
  await expect.poll(() => r.getAttribute('data-order'), { timeout: 30_000 }).toBe(order);
  await expect.poll(() => r.getAttribute('data-filter'), { timeout: 30_000 }).toBe(filter);
  await expect.poll(() => r.getAttribute('data-busy'), { timeout: 30_000 }).toBe('false');
}

test('the orientation coefficient converges to the harmonic response as N grows', async () => {
  const w = page.locator('[data-widget="lifting-bridge"]');
  await w.scrollIntoViewIfNeeded();
  const r = w.locator('.harmonic-readout');
  await settled(r, '1', 'edge');
  expect(await r.getAttribute('data-pixel')).toBe('32,32');

  // Edge, m = 1: the relative map difference falls with N and is below 1e-2 at N = 32.
  const rel = await Promise.all(COUNTS.map((N) => num(r, `data-rel-${N}`)));
  console.info('edge, m = 1, relative difference for N = 4, 8, 16, 32:', rel);
  expect(rel[3]).toBeLessThan(1e-2);
  expect(rel[3]).toBeLessThan(rel[2]);
  expect(rel[2]).toBeLessThan(rel[1]);
  expect(rel[1]).toBeLessThan(rel[0]);
  expect(await r.getAttribute('data-present')).toBe('true');
  const h = [await num(r, 'data-harmonic-re'), await num(r, 'data-harmonic-im')];
  const c32 = [await num(r, 'data-coef-32-re'), await num(r, 'data-coef-32-im')];
  expect(Math.hypot(c32[0] - h[0], c32[1] - h[1])).toBeLessThanOrEqual(1e-2 * Math.hypot(...h) + 1e-5);
  const c4 = [await num(r, 'data-coef-4-re'), await num(r, 'data-coef-4-im')];
  await shootWidget(w, 'lifting-harmonic-bridge');

  // The edge is odd, psi(-p) = -psi(p): no even orders, at any N.
  await w.getByLabel('Order m').selectOption('2');
  await settled(r, '2', 'edge');
  expect(await r.getAttribute('data-present')).toBe('false');
  for (const N of COUNTS) expect(await num(r, `data-level-${N}`)).toBeLessThan(1e-5);

  // Over C_4 the coefficient of order 3 is that of order -1: the conjugate of order 1's.
  await w.getByLabel('Order m').selectOption('3');
  await settled(r, '3', 'edge');
  const c4m3 = [await num(r, 'data-coef-4-re'), await num(r, 'data-coef-4-im')];
  const scale = Math.hypot(...c4);
  expect(scale).toBeGreaterThan(0);
  expect(Math.hypot(c4m3[0] - c4[0], c4m3[1] + c4[1])).toBeLessThan(1e-5 * scale + 1e-7);
  // ... and far from f * W_3, the edge's small order-3 part.
  expect(await num(r, 'data-rel-4')).toBeGreaterThan(1);

  // Another pixel, another filter: the line (orders 0, +-2, ...) converges at m = 2.
  await w.getByLabel('Filter ψ').selectOption('line');
  await w.getByLabel('Order m').selectOption('2');
  const picker = w.getByRole('button', { name: /input image/ });
  const box = (await picker.boundingBox())!;
  await page.mouse.click(box.x + box.width * 0.3, box.y + box.height * 0.6);
  await settled(r, '2', 'line');
  expect(await r.getAttribute('data-pixel')).not.toBe('32,32');
  const relLine = await Promise.all(COUNTS.map((N) => num(r, `data-rel-${N}`)));
  console.info('line, m = 2, relative difference for N = 4, 8, 16, 32:', relLine);
  expect(relLine[3]).toBeLessThan(1e-2);
  expect(relLine[3]).toBeLessThan(relLine[1]);
  expect(errors).toEqual([]);
});

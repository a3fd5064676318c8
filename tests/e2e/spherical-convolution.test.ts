// The spherical-convolution widget on the built site: its direct (quadrature) convolution checked
// here against the spectral theorem (f * h)^m_l = √(4π/(2l+1)) f^m_l h^0_l computed in the test from
// the coefficients the page shows; equivariance and the per-degree norms at round-off after a drag;
// a nonlinearity on the pooled output pushing energy above the band. One page load.
import type { Locator } from 'playwright-core';
import { expect, test } from 'vitest';
import { baseUrl, browserPerFile, openPage } from './browser';
import { shootWidget } from './lessonHelpers';

const ROUND_OFF = 1e-9;
const browser = browserPerFile();

const readError = async (w: Locator, name: string) =>
  Number(await w.locator(`[data-error-name="${name}"]`).getAttribute('data-error'));

/** max_{l,m} |direct − √(4π/(2l+1)) f^m_l h^0_l| from the data the page shows, and the output's size. */
async function spectralMismatch(w: Locator): Promise<{ error: number; size: number; direct: number[] }> {
  const note = w.locator('[data-spectral-check]');
  const read = async (key: string) => JSON.parse((await note.getAttribute(key))!) as number[];
  const [f, h, direct] = [await read('data-f'), await read('data-h'), await read('data-direct')];
  expect(direct).toHaveLength(f.length);
  const expected = f.map((c, k) => {
    const l = Math.floor(Math.sqrt(k));
    return Math.sqrt((4 * Math.PI) / (2 * l + 1)) * c * (h[l] ?? 0);
  });
  return {
    error: Math.max(...direct.map((x, k) => Math.abs(x - expected[k]))),
    size: Math.max(...expected.map(Math.abs)),
    direct,
  };
}

test('spherical convolution: direct = spectral to 1e-9, equivariant after a drag, σ pushes energy above the band', async () => {
  const { page, errors } = await openPage(browser(), 1400, 1000);
  await page.goto(`${baseUrl()}/lessons/steerable-vectors`);
  const w = page.locator('[data-widget="spherical-convolution"]');
  await w.waitFor({ timeout: 60_000 });
  await w.scrollIntoViewIfNeeded();

  // Defaults: two bumps, heat filter, L = 4.
  let check = await spectralMismatch(w);
  expect(check.error).toBeLessThan(ROUND_OFF);
  expect(check.size).toBeGreaterThan(0.05);
  expect(await readError(w, 'spectral-theorem')).toBeLessThan(ROUND_OFF);
  const constants = JSON.parse((await w.locator('[data-spectral-check]').getAttribute('data-constants'))!);
  expect(constants).toHaveLength(5);
  constants.forEach((c: number, l: number) =>
    expect(Math.abs(c - Math.sqrt((4 * Math.PI) / (2 * l + 1)))).toBeLessThan(1e-9),
  );

  // Drag the input sphere: the readouts move (a new R) but stay at round-off.
  const nonlinearity = () => w.locator('[data-error-name="nonlinearity"]').getAttribute('data-error');
  const before = await nonlinearity();
  const box = (await w.locator('canvas.sphere-canvas').first().boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  for (let i = 1; i <= 6; i++)
    await page.mouse.move(box.x + box.width / 2 + 10 * i, box.y + box.height / 2 + 6 * i);
  await page.mouse.up();
  await expect.poll(nonlinearity).not.toBe(before);
  expect(await readError(w, 'equivariance')).toBeLessThan(ROUND_OFF);
  expect(await readError(w, 'descriptor')).toBeLessThan(ROUND_OFF);

  // The band-pass filter Y^(2)_0 on a random input: only degree 2 comes out, still to 1e-9.
  await w.getByLabel('Input f', { exact: true }).selectOption('random');
  await w.getByLabel('Filter h', { exact: true }).selectOption('degree2');
  await expect
    .poll(async () => (await spectralMismatch(w)).direct.slice(4, 9).some((x) => Math.abs(x) > 0.05))
    .toBe(true);
  check = await spectralMismatch(w);
  expect(check.error).toBeLessThan(ROUND_OFF);
  expect(Math.max(...check.direct.filter((_, k) => k < 4 || k >= 9).map(Math.abs))).toBeLessThan(ROUND_OFF);

  // σ = x² on the pooled output (b = 3, degree 2 only): g² has degree 4, part of its energy lies
  // above the band, and the 6 × 6 grid aliases it: equivariance breaks.
  await w.getByLabel('Nonlinearity', { exact: true }).selectOption('square');
  await expect
    .poll(async () => Number(await w.locator('[data-energy-above]').getAttribute('data-energy-above')))
    .toBeGreaterThan(0);
  const energyAbove = Number(await w.locator('[data-energy-above]').getAttribute('data-energy-above'));
  expect(energyAbove).toBeGreaterThan(0.05);
  expect(await readError(w, 'nonlinearity')).toBeGreaterThan(1e-3);
  await shootWidget(w, 'steerable-spherical-convolution');
  await w.getByLabel('Nonlinearity', { exact: true }).selectOption('identity');
  await expect.poll(() => readError(w, 'nonlinearity')).toBeLessThan(ROUND_OFF);
  expect(errors).toEqual([]);
  await page.context().close();
});

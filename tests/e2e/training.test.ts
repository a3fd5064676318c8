// The training experiments in the page, on tfjs-wasm (the engine runs on WebAssembly here, where
// WebGPU is only SwiftShader; tfjs uses the engine's device where the adapter is hardware). Short
// runs stopped early: the losses fall, the test table fills with what was measured when Stop was
// pressed, the G-CNN answers alike at every quarter turn while the plain CNN's outputs move, and the
// data-efficiency sweep records its first size.
import type { Locator } from 'playwright';
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { baseUrl, browserPerFile, openPage, screenshot } from './browser';

const browser = browserPerFile();

async function trainUntil(w: Locator, experiment: string, step: number): Promise<Locator> {
  await w.getByRole('combobox', { name: /^Experiment/ }).selectOption(experiment);
  const readout = w.locator('.training-readout');
  await w.getByRole('button', { name: 'Train', exact: true }).click();
  await expect
    .poll(async () => Number(await readout.getAttribute('data-step')), { timeout: 240_000, interval: 250 })
    .toBeGreaterThanOrEqual(step);
  await w.getByRole('button', { name: 'Stop' }).click();
  await expect.poll(() => readout.getAttribute('data-status'), { timeout: 120_000 }).toBe('stopped');
  return readout;
}

const cells = (w: Locator, kind: string, attr: string) =>
  w
    .locator(`tr[data-network="${kind}"] td[${attr}]`)
    .evaluateAll((tds, a) => tds.map((td) => Number(td.getAttribute(a as string))), attr);

const lossPoints = (w: Locator, kind: string) =>
  w
    .locator(`g[data-series="${kind}"] path[data-y]`)
    .evaluateAll((ps) => ps.map((p) => Number(p.getAttribute('data-y'))));

test('three experiments, stopped early, keep what they measured', async () => {
  const { page, errors } = await openPage(browser(), 1280, 1000);
  await page.goto(`${baseUrl()}/lessons/group-convolution`);
  const w = page.locator('[data-widget="train-rotated-digits"]');
  await w.scrollIntoViewIfNeeded();
  expect(await w.locator('.training-readout').getAttribute('data-status')).toBe('idle');

  // a. Rotated digits: stopped after the second test, at step 200 (a sixth of the run).
  const readout = await trainUntil(w, 'rotated', 200);
  expect(await readout.textContent()).toContain('computed with tfjs WebAssembly (XNNPACK, SIMD, 1 thread)');
  const step = Number(await readout.getAttribute('data-step'));
  expect(Number(await readout.getAttribute('data-evaluated-at'))).toBe(step); // tested when stopped
  for (const kind of ['plain', 'gcnn']) {
    const [turned, upright] = await cells(w, kind, 'data-accuracy');
    expect(turned).toBeGreaterThan(0.25); // chance is 0.1
    expect(upright).toBeGreaterThan(0.25);
    const losses = await lossPoints(w, kind);
    expect(losses.at(-1)!).toBeLessThan(0.8 * losses[0]); // the loss falls
  }
  await screenshot(page, 'training-rotated-stopped');

  // b. Trained upright: the G-CNN's answers do not change under quarter turns; the plain CNN's outputs move.
  await trainUntil(w, 'upright', 30);
  const change = (kind: string) =>
    w.locator(`tr[data-network="${kind}"] td[data-changed]`).evaluate((td) => ({
      changed: Number(td.getAttribute('data-changed')),
      logits: Number(td.getAttribute('data-max-logit-change')),
    }));
  expect(await change('gcnn')).toEqual({ changed: 0, logits: expect.any(Number) });
  expect((await change('gcnn')).logits).toBeLessThan(1e-3);
  expect((await change('plain')).logits).toBeGreaterThan(1e-3);
  const gcnn = await cells(w, 'gcnn', 'data-accuracy');
  expect(new Set(gcnn).size).toBe(1); // the same at every quarter turn
  await expect.poll(() => w.locator('svg[aria-label^="Test accuracy against the angle"]').count()).toBe(1);
  await screenshot(page, 'training-upright-stopped');

  // c. Data efficiency: the first size (50 digits, 200 steps) is recorded; Stop ends the sweep.
  await w.getByRole('combobox', { name: /^Experiment/ }).selectOption('efficiency');
  await w.getByRole('button', { name: 'Train', exact: true }).click();
  await expect.poll(() => w.locator('tr[data-size]').count(), { timeout: 240_000, interval: 500 }).toBe(1);
  await w.getByRole('button', { name: 'Stop' }).click();
  await expect
    .poll(() => w.locator('.training-readout').getAttribute('data-status'), { timeout: 120_000 })
    .toBe('stopped');
  expect(await w.locator('tr[data-size]').getAttribute('data-size')).toBe('50');
  const errs = await w
    .locator('tr[data-size="50"] td[data-error]')
    .evaluateAll((tds) => tds.map((td) => Number(td.getAttribute('data-error'))));
  expect(errs).toHaveLength(2);
  for (const e of errs) {
    expect(e).toBeGreaterThan(0);
    expect(e).toBeLessThan(0.9);
  }
  await screenshot(page, 'training-efficiency-stopped');

  // The results of a survive switching experiments; Reset clears everything.
  await w.getByRole('combobox', { name: /^Experiment/ }).selectOption('rotated');
  expect((await cells(w, 'gcnn', 'data-accuracy'))[0]).toBeGreaterThan(0.25);
  await w.getByRole('button', { name: /^Reset/ }).click();
  expect(await w.locator('.training-readout').getAttribute('data-status')).toBe('idle');
  expect(errors).toEqual([]);
  await page.context().close();
}, 600_000);

test('the shipped networks reproduce their recorded accuracy in the page, and their response curves', async () => {
  const recorded = (
    JSON.parse(readFileSync('src/training/trained/rotatedMnist.json', 'utf8')) as {
      recorded: Record<string, { randomlyTurned: number; upright: number }>;
    }
  ).recorded;
  const { page, errors } = await openPage(browser(), 1280, 1000);
  await page.goto(`${baseUrl()}/lessons/group-convolution`);
  const w = page.locator('[data-widget="train-rotated-digits"]');
  await w.scrollIntoViewIfNeeded();
  await w.getByRole('button', { name: 'Use trained networks' }).click();
  const readout = w.locator('.training-readout');
  await expect
    .poll(() => readout.getAttribute('data-status'), { timeout: 120_000, interval: 250 })
    .toBe('done');
  expect(await readout.textContent()).toContain('The networks shipped with the page: 3,000 steps');
  for (const kind of ['plain', 'gcnn']) {
    const [turned, upright] = await cells(w, kind, 'data-accuracy');
    // Recorded in Node on the same XNNPACK build: at most one test digit of 1,000 may differ.
    expect(Math.abs(turned - recorded[kind].randomlyTurned)).toBeLessThanOrEqual(0.0011);
    expect(Math.abs(upright - recorded[kind].upright)).toBeLessThanOrEqual(0.0011);
  }
  const curves = w.locator('.response-curves');
  expect(Number(await curves.getAttribute('data-shift-error'))).toBeLessThan(1e-5);
  expect(await curves.locator('svg').count()).toBe(2);
  await curves.scrollIntoViewIfNeeded();
  await screenshot(page, 'training-shipped-curves');
  expect(errors).toEqual([]);
  await page.context().close();
}, 300_000);

// Training in the page with tfjs where the engine runs: tfjs's CPU backend here, where the engine
// runs on WebAssembly because WebGPU is only SwiftShader (tfjs on the engine's WebGPU device where
// the adapter is hardware). Only a few steps: the losses fall, the test table fills, and the G-CNN answers alike at every quarter turn
// while the plain CNN's answers move.
import { expect, test } from 'vitest';
import { baseUrl, browserPerFile, openPage, screenshot } from './browser';

const browser = browserPerFile();

// About 2 s a step on tfjs's CPU backend on two cores, more when CI runs other tests beside it.
test('10 steps on upright digits: the G-CNN is unmoved by quarter turns, the outputs of the plain CNN move', async () => {
  const { page, errors } = await openPage(browser(), 1280, 1000);
  await page.goto(`${baseUrl()}/lessons/group-convolution`);
  const w = page.locator('[data-widget="train-upright-digits"]');
  await w.scrollIntoViewIfNeeded();
  const readout = w.locator('.training-readout');
  expect(await readout.getAttribute('data-status')).toBe('idle');
  await w.getByRole('combobox', { name: /^Steps/ }).selectOption('10');
  const t0 = Date.now();
  await w.getByRole('button', { name: 'Train', exact: true }).click();
  await expect
    .poll(() => readout.getAttribute('data-status'), { timeout: 380_000, interval: 500 })
    .toBe('done');
  console.log(`10 training steps and 1 test pass in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  expect(await readout.textContent()).toContain('computed with tfjs CPU (JavaScript)');
  expect(await readout.getAttribute('data-step')).toBe('10');
  expect(await readout.getAttribute('data-evaluated-at')).toBe('10');
  const row = (kind: string) => w.locator(`tr[data-network="${kind}"]`);
  const accuracies = (kind: string) =>
    row(kind)
      .locator('td[data-accuracy]')
      .evaluateAll((tds) => tds.map((td) => Number(td.getAttribute('data-accuracy'))));
  const gcnn = await accuracies('gcnn');
  const plain = await accuracies('plain');
  console.log('accuracy at 0/90/180/270°: plain', plain, 'G-CNN', gcnn);
  expect(new Set(gcnn).size).toBe(1); // the same at every quarter turn
  expect(await row('gcnn').locator('td[data-changed]').getAttribute('data-changed')).toBe('0');
  expect(
    Number(await row('gcnn').locator('td[data-changed]').getAttribute('data-max-logit-change')),
  ).toBeLessThan(1e-3);
  // The plain CNN's outputs move under a turn (after 10 steps its answers may not differ yet).
  expect(
    Number(await row('plain').locator('td[data-changed]').getAttribute('data-max-logit-change')),
  ).toBeGreaterThan(1e-3);
  expect(await w.locator('svg').count()).toBeGreaterThan(0); // the loss curves
  await screenshot(page, 'training-10-steps');
  expect(errors).toEqual([]);
  await page.context().close();
}, 400_000);

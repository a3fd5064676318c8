// The steerable nonlinearities widget driven through its sliders on the built site, its numbers
// against values worked by hand: h⁽¹⁾ = (−1, 0, 1) in (y, z, x) order is the vector x̂ − ŷ; the
// quarter turn about z sends it to x̂ + ŷ = (1, 0, 1), which ReLU keeps, while ReLU(h⁽¹⁾) = x̂ turns
// into ŷ = (1, 0, 0). The difference (0, 0, 1) has length 1, and so has ŷ: the error is exactly 1.
import { expect, test } from 'vitest';
import { baseUrl, browserPerFile, openPage } from './browser';
import { shootWidget } from './lessonHelpers';

const browser = browserPerFile();
const ROUND_OFF = 1e-12;
const EXACT = ['norm', 'gated', 'tensor-square'];
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

test('ReLU on components fails the commuting check by the hand-worked amount; norm, gated and tensor square pass', async () => {
  const { page, errors } = await openPage(browser(), 1400, 1000);
  await page.goto(`${baseUrl()}/lessons/steerable-vectors`);
  const w = page.locator('[data-widget="steerable-nonlinearities"]');
  await w.waitFor({ timeout: 60_000 });
  await w.scrollIntoViewIfNeeded();
  const error = async (name: string) =>
    Number(await w.locator(`[data-error-name="${name}"]`).getAttribute('data-error'));
  const byDegree = async (name: string): Promise<number[]> =>
    JSON.parse((await w.locator(`tr[data-nonlinearity="${name}"]`).getAttribute('data-errors'))!);
  const set = (label: string, value: string) => w.getByLabel(label, { exact: true }).fill(value);

  // The starting state: a random h and a generic rotation.
  expect(await error('relu')).toBeGreaterThan(0.01);
  for (const name of EXACT) expect(await error(name), name).toBeLessThan(ROUND_OFF);

  // h = 0 ⊕ (−1, 0, 1) ⊕ 0, R = quarter turn about z (axis elevation 90°), bias b = −0.25.
  await set('h⁰_0', '0');
  for (const [m, v] of [
    ['-1', '-1'],
    ['0', '0'],
    ['1', '1'],
  ])
    await set(`h¹_${m}`, v);
  for (const m of ['-2', '-1', '0', '1', '2']) await set(`h²_${m}`, '0');
  await set('Bias b', '-0.25');
  await set('Axis elevation', '90');
  await set('Rotation angle', '90');
  await expect.poll(() => error('relu')).toBeCloseTo(1, 12);
  const relu = await byDegree('relu');
  expect(relu[0]).toBe(0);
  expect(relu[1]).toBeCloseTo(1, 12);
  expect(relu[2]).toBeLessThan(ROUND_OFF);
  for (const name of EXACT) expect(await error(name), name).toBeLessThan(ROUND_OFF);
  // The gates: sigmoid(2·0 + √2 − 0.25) and sigmoid(2·0 + 0 − 0.25).
  const note = await w.locator('.readout-note').textContent();
  expect(note).toContain(`g₁ = ${sigmoid(Math.SQRT2 - 0.25).toFixed(4)}`);
  expect(note).toContain(`g₂ = ${sigmoid(-0.25).toFixed(4)}`);
  expect(await w.locator('[data-error-name="relu"]').textContent()).toContain('broken');

  // With the scalar h⁰ = 1 (which ReLU keeps) the denominator becomes √2: error 1/√2.
  await set('h⁰_0', '1');
  await expect.poll(() => error('relu')).toBeCloseTo(Math.SQRT1_2, 12);
  // The identity: every diagram commutes exactly.
  await set('Rotation angle', '0');
  await expect.poll(() => error('relu')).toBe(0);

  // A drag on the trackball and a random h: ReLU broken in degrees 1 and 2 only, the rest exact.
  await w.getByRole('button', { name: 'Random h' }).click();
  // The seeded "Random h": mixed signs, so ReLU(h) is not zero and the error is not the fallback 1.
  expect(await w.getByLabel('h⁰_0', { exact: true }).inputValue()).toBe('0.4');
  const ball = (await w.locator('svg.trackball-view').boundingBox())!;
  await page.mouse.move(ball.x + ball.width / 2, ball.y + ball.height / 2);
  await page.mouse.down();
  for (let i = 1; i <= 8; i++)
    await page.mouse.move(ball.x + ball.width / 2 + 8 * i, ball.y + ball.height / 2 + 5 * i);
  await page.mouse.up();
  await expect.poll(() => error('relu')).toBeGreaterThan(0.01);
  const afterDrag = await byDegree('relu');
  expect(afterDrag[0]).toBe(0);
  expect(Math.min(afterDrag[1], afterDrag[2])).toBeGreaterThan(1e-3);
  expect(await error('relu')).toBeLessThan(0.99);
  for (const name of EXACT) expect(await error(name), name).toBeLessThan(ROUND_OFF);
  await w.getByLabel('Nonlinearity shown').selectOption('relu');
  await shootWidget(w, 'steerable-nonlinearities');
  expect(errors).toEqual([]);
  await page.context().close();
});

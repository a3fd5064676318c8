// Full screen for a lecture hall: the widget alone on the screen, scaled up, still computing, with
// the arrow keys stepping g (the rotation control is not on the screen then).
import { expect, test } from 'vitest';
import { baseUrl, browserPerFile, openPage, screenshot } from './browser';

const browser = browserPerFile();
const POLL = { timeout: 60_000, interval: 250 };

test('the commuting diagram fills a projector screen; → turns g by a quarter and it still commutes', async () => {
  const { page, errors } = await openPage(browser(), 1920, 1080);
  await page.goto(`${baseUrl()}/lessons/lifting`);
  const diagram = page.locator('[data-widget="commuting-diagram"][data-instance="lift"]');
  const readout = diagram.locator('.diagram-readout');
  await expect.poll(() => readout.getAttribute('data-rel-error'), POLL).not.toBe('');
  const onPage = (await diagram.boundingBox())!;
  await diagram.getByRole('button', { name: 'Full screen' }).click();
  await expect
    .poll(() => page.evaluate(() => document.fullscreenElement?.getAttribute('data-instance') ?? null))
    .toBe('lift');
  const zoom = () => diagram.evaluate((el) => Number(getComputedStyle(el).zoom));
  await expect.poll(zoom, { timeout: 10_000 }).toBeGreaterThan(1.2);
  const shown = (await diagram.boundingBox())!;
  console.log(`full screen: page box ${onPage.width}×${onPage.height}, zoom ${await zoom()}`);
  expect(shown.width).toBeGreaterThan(onPage.width * 1.2); // what the room sees is larger
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => readout.getAttribute('data-angle-deg'), POLL).toBe('90.000');
  await expect
    .poll(async () => Number(await readout.getAttribute('data-rel-error')), POLL)
    .toBeLessThan(1e-5);
  await screenshot(page, 'present-commuting-diagram');
  await diagram.getByRole('button', { name: 'Exit full screen' }).click();
  await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
  expect(await diagram.evaluate((el) => el.style.zoom)).toBe('');
  expect(errors).toEqual([]);
  await page.context().close();
});

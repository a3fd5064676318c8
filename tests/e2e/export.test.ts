// Export of a multi-map widget: the commuting diagram's maps are WebGPU canvases, which can only be
// copied in the task that drew them; the exported PNG must contain them (not blank squares).
import { expect, test } from 'vitest';
import { baseUrl, chooseEngine, openPage, browserPerFile } from './browser';
import { countColours, exportPng } from './exportHelpers';

const browser = browserPerFile();

test('the commuting diagram exports one PNG holding its WebGPU maps', async () => {
  const { page, errors } = await openPage(browser(), 1280, 1000);
  await chooseEngine(page, 'webgpu');
  await page.goto(`${baseUrl()}/lessons/lifting`);
  const diagram = page.locator('[data-widget="commuting-diagram"]').first();
  await expect
    .poll(() => diagram.locator('.diagram-readout').getAttribute('data-backend'), { timeout: 60_000 })
    .toBe('webgpu');
  await expect
    .poll(() => diagram.locator('.diagram-readout').getAttribute('data-rel-error'), { timeout: 60_000 })
    .not.toBe('');
  await diagram.scrollIntoViewIfNeeded();
  const png = await exportPng(page, diagram, 'commuting-diagram');
  // The input's ink colour (viridis at 1: #fde725) and the dark background (viridis at 0: #440154).
  const measured = await countColours(page, png, [
    [0xfd, 0xe7, 0x25],
    [0x44, 0x01, 0x54],
  ]);
  const counts = { ink: measured.counts[0], viridisLow: measured.counts[1], width: measured.width };
  console.log('exported diagram:', counts);
  expect(counts.width).toBeGreaterThan(300);
  expect(counts.ink).toBeGreaterThan(500); // the letter in x and g·x
  expect(counts.viridisLow).toBeGreaterThan(5000); // their dark background
  expect(errors).toEqual([]);
  await page.context().close();
});

// Export of a multi-map widget: the commuting diagram's maps are WebGPU canvases, which can only be
// copied in the task that drew them; the exported PNG must contain them (not blank squares).
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { baseUrl, openPage, browserPerFile } from './browser';

const browser = browserPerFile();

test('the commuting diagram exports one PNG holding its WebGPU maps', async () => {
  const { page, errors } = await openPage(browser(), 1280, 1000);
  await page.goto(`${baseUrl()}/lessons/lifting`);
  const diagram = page.locator('[data-widget="commuting-diagram"]').first();
  await expect
    .poll(() => diagram.locator('.diagram-readout').getAttribute('data-backend'), { timeout: 60_000 })
    .toBe('webgpu');
  await expect
    .poll(() => diagram.locator('.diagram-readout').getAttribute('data-rel-error'), { timeout: 60_000 })
    .not.toBe('');
  await diagram.scrollIntoViewIfNeeded();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    diagram.getByRole('button', { name: 'Export' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('commuting-diagram.png');
  await download.saveAs('artifacts/screenshots/export-commuting-diagram.png');
  const png = readFileSync(await download.path());
  // Decode in the page and count pixels of the input's ink colour (viridis at 1: #fde725).
  const counts = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = Object.assign(document.createElement('canvas'), { width: img.width, height: img.height });
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    let ink = 0;
    let viridisLow = 0;
    for (let i = 0; i < d.length; i += 4) {
      if (Math.abs(d[i] - 0xfd) < 8 && Math.abs(d[i + 1] - 0xe7) < 8 && Math.abs(d[i + 2] - 0x25) < 8) ink++;
      if (Math.abs(d[i] - 0x44) < 8 && Math.abs(d[i + 1] - 0x01) < 8 && Math.abs(d[i + 2] - 0x54) < 8)
        viridisLow++;
    }
    return { ink, viridisLow, width: img.width, height: img.height };
  }, png.toString('base64'));
  console.log('exported diagram:', counts);
  expect(counts.width).toBeGreaterThan(300);
  expect(counts.ink).toBeGreaterThan(500); // the letter in x and g·x
  expect(counts.viridisLow).toBeGreaterThan(5000); // their dark background
  expect(errors).toEqual([]);
  await page.context().close();
});

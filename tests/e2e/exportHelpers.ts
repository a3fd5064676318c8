// Helpers for the tests of Export and of drawing: press Export and keep the PNG it saves, count
// colours in a PNG (decoded in the page), and draw a mouse stroke on the drawing canvas.
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { SCREENSHOT_DIR } from './browser';

/** Presses the widget's Export, checks the file name `<name>.png`, keeps a copy, returns base64. */
export async function exportPng(page: Page, widget: Locator, name: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    widget.getByRole('button', { name: 'Export' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`${name}.png`);
  await download.saveAs(`${SCREENSHOT_DIR}/export-${name}.png`);
  return readFileSync(await download.path()).toString('base64');
}

/** The PNG's size and how many of its pixels lie within `tolerance` per channel of each colour. */
export function countColours(page: Page, png: string, colours: number[][], tolerance = 8) {
  return page.evaluate(
    async ([b64, cs, tol]) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = Object.assign(document.createElement('canvas'), { width: img.width, height: img.height });
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const d = ctx.getImageData(0, 0, c.width, c.height).data;
      const counts = cs.map(() => 0);
      for (let i = 0; i < d.length; i += 4)
        cs.forEach(([r, g, b], k) => {
          if (Math.abs(d[i] - r) < tol && Math.abs(d[i + 1] - g) < tol && Math.abs(d[i + 2] - b) < tol)
            counts[k]++;
        });
      return { width: img.width, height: img.height, counts };
    },
    [png, colours, tolerance] as const,
  );
}

/** A mouse stroke through points given as fractions of the drawing canvas, in small steps. */
export async function mouseStroke(page: Page, points: [number, number][]): Promise<void> {
  const canvas = page.locator('canvas.drawing-surface');
  await canvas.scrollIntoViewIfNeeded();
  const box = (await canvas.boundingBox())!;
  const at = ([fx, fy]: [number, number]) => [box.x + fx * box.width, box.y + fy * box.height] as const;
  await page.mouse.move(...at(points[0]));
  await page.mouse.down();
  for (let k = 1; k < points.length; k++) await page.mouse.move(...at(points[k]), { steps: 6 });
  await page.mouse.up();
}

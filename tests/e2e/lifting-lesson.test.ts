// The lifting lesson driven as a student would, on the built site (SwiftShader WebGPU, 64 px
// maps): draw with the mouse, reload and find the drawing again, turn the input by a quarter turn
// with the rotation control, read the commuting diagrams, watch the orientation ring cycle, build
// the filter bank, and upload a picture (and a file that is not one).
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { baseUrl, launch, openPage, screenshot } from './browser';
import { mouseStroke } from './exportHelpers';

const ROUND_OFF = 1e-5; // float32 round-off tolerance of the readouts
const POLL = { timeout: 60_000, interval: 250 };

let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  browser = await launch();
  ({ page, errors } = await openPage(browser, 1280, 1000));
  await page.goto(`${baseUrl()}/lessons/lifting`);
  await page.locator('article.lesson h1').waitFor();
});
afterAll(async () => {
  await browser?.close();
});

const widget = (name: string) => page.locator(`[data-widget="${name}"]`);
const attr = async (l: Locator, name: string) => (await l.getAttribute(name)) ?? '';
const numberAttr = async (l: Locator, name: string) => Number(await attr(l, name));

/** The drawing canvas as 16 x 16 block sums of its red channel (a 2D canvas: readable). */
async function drawingBlocks(): Promise<number[]> {
  return page.locator('canvas.drawing-surface').evaluate((c: HTMLCanvasElement) => {
    const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    const out = new Array<number>(256).fill(0);
    for (let i = 0; i < c.height; i++)
      for (let j = 0; j < c.width; j++)
        out[Math.floor((i * 16) / c.height) * 16 + Math.floor((j * 16) / c.width)] +=
          d[4 * (i * c.width + j)];
    return out;
  });
}

/** Red value of the drawing canvas at fractions (fx, fy) of its side. */
async function drawingAt(fx: number, fy: number): Promise<number> {
  return page
    .locator('canvas.drawing-surface')
    .evaluate(
      (c: HTMLCanvasElement, [x, y]) =>
        c.getContext('2d')!.getImageData(Math.floor(x * c.width), Math.floor(y * c.height), 1, 1).data[0],
      [fx, fy],
    );
}

/** The ring's per-slot means and sources once it has measured element `element` with filter `filter`. */
async function ringState(element: number, filter: string) {
  const ring = widget('orientation-ring');
  const readout = ring.locator('.ring-readout');
  await expect
    .poll(async () => `${await attr(readout, 'data-element')}/${await attr(readout, 'data-filter')}`, POLL)
    .toBe(`${element}/${filter}`);
  const means = await ring
    .locator('td[data-slot-mean]')
    .evaluateAll((tds) => tds.map((td) => Number(td.getAttribute('data-mean'))));
  const sources = await ring
    .locator('figure[data-slot]')
    .evaluateAll((fs) => fs.map((f) => Number(f.getAttribute('data-source'))));
  return { means, sources, error: await numberAttr(readout, 'data-rel-error') };
}

/** The relative error of commuting diagram `index` once it has measured element `element`. */
async function diagramError(index: number, element: number): Promise<number> {
  const readout = widget('commuting-diagram').nth(index).locator('.diagram-readout');
  await expect.poll(() => attr(readout, 'data-element'), POLL).toBe(String(element));
  return numberAttr(readout, 'data-rel-error');
}

describe('drawing', () => {
  test('strokes drawn with the mouse land on the canvas and survive a reload', async () => {
    const w = widget('drawing-canvas');
    await w.getByRole('button', { name: 'Clear' }).click();
    await expect.poll(async () => (await drawingBlocks()).reduce((a, b) => a + b, 0), POLL).toBe(0);
    await mouseStroke(page, [
      [0.35, 0.2],
      [0.35, 0.8],
    ]);
    await mouseStroke(page, [
      [0.35, 0.22],
      [0.7, 0.22],
    ]);
    await mouseStroke(page, [
      [0.35, 0.5],
      [0.6, 0.5],
    ]);
    expect(await drawingAt(0.35, 0.65)).toBeGreaterThan(200); // on the stem
    expect(await drawingAt(0.65, 0.22)).toBeGreaterThan(200); // on the top bar
    expect(await drawingAt(0.7, 0.75)).toBe(0); // off the letter
    const before = await drawingBlocks();
    await w.scrollIntoViewIfNeeded();
    await screenshot(page, 'lifting-drawn');

    await page.reload();
    await page.locator('article.lesson h1').waitFor();
    await expect.poll(drawingBlocks, POLL).toEqual(before);
  });
});

describe('a quarter turn in C4', () => {
  test('the lifting layer commutes to round-off, the plain layer does not, and the ring cycles', async () => {
    await widget('filter-bank').getByLabel('Filter ψ').selectOption('corner');
    const before = await ringState(0, 'corner');
    // The corner filter has no symmetry in C4: its four planes respond differently.
    expect(new Set(before.means.map((m) => m.toFixed(4))).size).toBe(4);
    expect(before.sources).toEqual([0, 1, 2, 3]);

    const rotation = widget('rotation-control');
    await rotation.getByRole('combobox', { name: /^Group/ }).selectOption('C4');
    await rotation.getByRole('button', { name: 'Next group element' }).click();
    await expect.poll(() => attr(rotation.locator('.rotation-readout'), 'data-angle-deg')).toBe('90.000');

    const [plain, lift] = [await diagramError(0, 1), await diagramError(1, 1)];
    console.log(`quarter turn: plain CNN layer ${plain}, lifting correlation ${lift}`);
    expect(plain).toBeGreaterThan(0.1);
    expect(lift).toBeLessThan(ROUND_OFF);

    const after = await ringState(1, 'corner');
    // Slot r^j now holds plane r^-1 r^j = r^(j-1), turned by 90 degrees.
    expect(after.sources).toEqual([3, 0, 1, 2]);
    after.means.forEach((m, j) =>
      expect(Math.abs(m - before.means[(j + 3) % 4])).toBeLessThan(ROUND_OFF * m),
    );
    expect(after.error).toBeLessThan(ROUND_OFF);
    console.log(`ring after a quarter turn: error ${after.error}, means ${after.means.join(', ')}`);
    await widget('orientation-ring').scrollIntoViewIfNeeded();
    await screenshot(page, 'lifting-ring-quarter-turn');
  });
});

describe('shifts, the Z² part of p4', () => {
  /** Sets the shift of diagram `index` and reads its error once it has measured (element, shift). */
  async function shiftedError(index: number, element: number, shift: [number, number]): Promise<number> {
    const d = widget('commuting-diagram').nth(index);
    await d.getByLabel(/^Shift t, x/).fill(String(shift[0]));
    await d.getByLabel(/^Shift t, y/).fill(String(shift[1]));
    const readout = d.locator('.diagram-readout');
    await expect
      .poll(async () => `${await attr(readout, 'data-element')}/${await attr(readout, 'data-shift')}`, POLL)
      .toBe(`${element}/${shift.join(',')}`);
    return numberAttr(readout, 'data-rel-error');
  }

  test('every layer commutes with whole-pixel shifts; a shift does not rescue the plain layer from a turn', async () => {
    const rotation = widget('rotation-control');
    await expect.poll(() => attr(rotation.locator('.rotation-readout'), 'data-angle-deg')).toBe('90.000');
    const plainTurned = await shiftedError(0, 1, [3, -2]);
    const liftTurned = await shiftedError(1, 1, [3, -2]);
    await rotation.getByRole('button', { name: 'Previous group element' }).click();
    await expect.poll(() => attr(rotation.locator('.rotation-readout'), 'data-angle-deg')).toBe('0.000');
    const plainShifted = await shiftedError(0, 0, [3, -2]);
    console.log(
      `shift (3, -2): plain ${plainShifted}; with a quarter turn: plain ${plainTurned}, lift ${liftTurned}`,
    );
    expect(plainShifted).toBeLessThan(ROUND_OFF);
    expect(liftTurned).toBeLessThan(ROUND_OFF);
    expect(plainTurned).toBeGreaterThan(0.1);
    expect(await attr(widget('commuting-diagram').nth(0).locator('.diagram-readout'), 'data-verdict')).toBe(
      'exact',
    );
    await widget('commuting-diagram').nth(0).scrollIntoViewIfNeeded();
    await screenshot(page, 'lifting-plain-layer-shifted');
    await shiftedError(0, 0, [0, 0]);
    await shiftedError(1, 0, [0, 0]);
  });
});

describe('filter bank', () => {
  test('C4 copies permute entries exactly; painting a cell makes a custom filter; C8 copies drift', async () => {
    const bank = widget('filter-bank');
    const readout = bank.locator('.bank-readout');
    await expect.poll(() => attr(readout, 'data-copies'), POLL).toBe('4');
    await expect.poll(() => numberAttr(readout, 'data-norm-change'), POLL).toBeLessThan(1e-6);

    const cell = bank.getByRole('gridcell', { name: /^row 2, column 2:/ });
    await cell.click();
    await expect.poll(() => attr(cell, 'data-value')).toBe('1');
    expect(await bank.getByLabel('Filter ψ').inputValue()).toBe('custom');

    await widget('rotation-control')
      .getByRole('combobox', { name: /^Group/ })
      .selectOption('C8');
    await expect.poll(() => attr(readout, 'data-copies'), POLL).toBe('8');
    await expect.poll(() => numberAttr(readout, 'data-norm-change'), POLL).toBeGreaterThan(1e-3);
    await bank.scrollIntoViewIfNeeded();
    await screenshot(page, 'lifting-filter-bank-c8');
    await widget('rotation-control')
      .getByRole('combobox', { name: /^Group/ })
      .selectOption('C4');
  });
});

describe('upload', () => {
  const input = () => widget('drawing-canvas').locator('input[type="file"]');
  const message = () => widget('drawing-canvas').locator('.drawing-message');

  test('a PNG made in the page becomes the drawing', async () => {
    // A white square on the left half of a black picture, encoded by the browser's own canvas.
    const base64 = await page.evaluate(() => {
      const c = document.createElement('canvas');
      c.width = c.height = 32;
      const ctx = c.getContext('2d')!;
      ctx.fillStyle = '#000';
      ctx.fillRect(0, 0, 32, 32);
      ctx.fillStyle = '#fff';
      ctx.fillRect(4, 8, 10, 16);
      return c.toDataURL('image/png').split(',')[1];
    });
    await input().setInputFiles({
      name: 'square.png',
      mimeType: 'image/png',
      buffer: Buffer.from(base64, 'base64'),
    });
    await expect.poll(() => message().textContent(), POLL).toContain('Loaded square.png');
    await expect.poll(() => drawingAt(0.28, 0.5), POLL).toBeGreaterThan(200);
    expect(await drawingAt(0.75, 0.5)).toBeLessThan(30);
  });

  test('a text file is refused with a message that says why', async () => {
    await input().setInputFiles({
      name: 'notes.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('not a picture'),
    });
    await expect.poll(() => message().textContent(), POLL).toContain('"notes.txt" is not an image');
  });
});

test('no console errors on the page', () => {
  expect(errors).toEqual([]);
});

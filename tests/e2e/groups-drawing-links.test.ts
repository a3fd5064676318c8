// The drawing travels in the links of the groups and representations widgets that act on it (the
// group action on the drawing, p4 on the drawing): opened in a fresh browser, a copied link brings
// back the student's strokes and a hand-written link the preset it names, together with the
// widget's own state, and the widget computes on that drawing.
import type { Locator, Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { browserPerFile } from './browser';
import { mouseStroke } from './exportHelpers';
import { canvasPixels } from './lessonHelpers';
import { chosen, lesson, permalinkKit, topInView } from './permalinkHelpers';

const browser = browserPerFile();
const { open, copiedLink } = permalinkKit(browser);
const POLL = { timeout: 60_000, interval: 250 };

interface Case {
  slug: string;
  widget: string;
  /** The data-image names of the widget's picture of the drawing and of one it computes from it. */
  input: string;
  output: string;
  /** Puts the widget in a state other than its start. */
  setUp(w: Locator, page: Page): Promise<void>;
  /** The widget's own state as shown, and what `setUp` and `hash` leave it showing. */
  state(w: Locator): Promise<string[]>;
  expected: string[];
  /** The widget's fields in a hand-written link, describing `expected`. */
  hash: string;
}

const CASES: Case[] = [
  {
    slug: 'groups',
    widget: 'group-action',
    input: 'x',
    output: 'ghx',
    setUp: async (w) => {
      await w.getByLabel('g', { exact: true }).selectOption({ label: 'r^3' });
      await w.getByLabel('h (acts first)').selectOption({ label: 'r s' });
    },
    state: async (w) => [await chosen(w, 'g'), await chosen(w, 'h (acts first)')],
    expected: ['r^3', 'r s'],
    hash: 'group=D4&g=r%5E3&h=r+s',
  },
  {
    slug: 'representations',
    widget: 'p4-action',
    input: 'f',
    output: 'Lf',
    setUp: async (w, page) => {
      await w.getByLabel('rotation r').selectOption({ label: 'r^2' });
      await w.getByLabel('shift right').focus();
      for (let i = 0; i < 9; i++) await page.keyboard.press('ArrowLeft'); // 5 -> -4
      await w.getByLabel('shift up').focus();
      for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight'); // 3 -> 7
    },
    state: async (w) => [
      await chosen(w, 'rotation r'),
      await w.getByLabel('shift right').inputValue(),
      await w.getByLabel('shift up').inputValue(),
    ],
    expected: ['r^2', '-4', '7'],
    hash: 'r=r%5E2&u=-4&v=7',
  },
];

const maxDiff = (a: number[], b: number[]) =>
  a.length === b.length ? Math.max(...a.map((v, i) => Math.abs(v - b[i]))) : Infinity;
const image = (w: Locator, name: string) => canvasPixels(w.locator(`canvas[data-image="${name}"]`));

/** A square image as 8 x 8 block means (0..255). A stroke read back from a link lies on a grid of
 *  1/4096 of the side, which moves a few edge pixels by up to about 40 of 255: a block mean by a
 *  few units, where another drawing moves it by a hundred. */
function blocks(pixels: number[]): number[] {
  const side = Math.sqrt(pixels.length);
  const sums = new Array<number>(64).fill(0);
  const counts = new Array<number>(64).fill(0);
  pixels.forEach((v, i) => {
    const b = Math.floor((Math.floor(i / side) * 8) / side) * 8 + Math.floor(((i % side) * 8) / side);
    sums[b] += v;
    counts[b]++;
  });
  return sums.map((s, b) => s / counts[b]);
}
const blockDiff = async (w: Locator, name: string, reference: number[]) =>
  maxDiff(blocks(await image(w, name)), blocks(reference));
const canvasOf = (page: Page) => page.locator('[data-widget="drawing-canvas"]');

for (const c of CASES) {
  test(`${c.widget}: strokes drawn by the student come back from its link in a fresh browser`, async () => {
    const before = await open(lesson(c.slug), c.widget);
    const w = before.widget;
    await expect.poll(async () => Math.max(...(await image(w, c.input))), POLL).toBeGreaterThan(100);
    const letterF = await image(w, c.input); // the start drawing
    await canvasOf(before.page).getByRole('button', { name: 'Clear' }).click();
    await mouseStroke(before.page, [
      [0.2, 0.25],
      [0.75, 0.3],
      [0.45, 0.8],
    ]);
    await c.setUp(w, before.page);
    await w.scrollIntoViewIfNeeded();
    // The stroke is in (ink in a block), not just the cleared page, and it is not the letter F.
    await expect.poll(async () => Math.max(...blocks(await image(w, c.input))), POLL).toBeGreaterThan(40);
    expect(await blockDiff(w, c.input, letterF)).toBeGreaterThan(40);
    const drawn = await image(w, c.input);
    const computed = await image(w, c.output);
    expect(await c.state(w)).toEqual(c.expected);
    const link = await copiedLink(before);
    expect(new URL(link).hash).toMatch(/drawing=z%3A[A-Za-z0-9_-]+/);
    await before.page.context().close();

    const after = await open(link, c.widget, false);
    await expect.poll(() => topInView(after.widget), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => blockDiff(after.widget, c.input, drawn), POLL).toBeLessThan(10);
    expect(await blockDiff(after.widget, c.input, letterF)).toBeGreaterThan(40);
    await expect.poll(() => blockDiff(after.widget, c.output, computed), POLL).toBeLessThan(10);
    expect(await c.state(after.widget)).toEqual(c.expected);
    expect(after.errors).toEqual([]);
    await after.page.context().close();
  });

  test(`${c.widget}: a hand-written link with a preset drawing opens that preset and the widget's state`, async () => {
    // What the widget shows for the letter G when the student picks it.
    const picked = await open(lesson(c.slug), c.widget);
    await expect
      .poll(async () => Math.max(...(await image(picked.widget, c.input))), POLL)
      .toBeGreaterThan(100);
    const letterF = await image(picked.widget, c.input);
    await canvasOf(picked.page)
      .getByRole('combobox', { name: /^Preset/ })
      .selectOption('letter-G');
    await expect
      .poll(async () => maxDiff(await image(picked.widget, c.input), letterF), POLL)
      .toBeGreaterThan(100);
    const letterG = await image(picked.widget, c.input);
    await picked.page.context().close();

    const url = `${lesson(c.slug)}#widget=${c.widget}&${c.hash}&drawing=preset%3Aletter-G`;
    const after = await open(url, c.widget, false);
    await expect.poll(async () => maxDiff(await image(after.widget, c.input), letterG), POLL).toBe(0);
    expect(
      await canvasOf(after.page)
        .getByRole('combobox', { name: /^Preset/ })
        .inputValue(),
    ).toBe('letter-G');
    expect(await c.state(after.widget)).toEqual(c.expected);
    expect(after.errors).toEqual([]);
    await after.page.context().close();
  });
}

// "Copy link" as a student uses it: open a lesson in a fresh context with clipboard access, press
// Copy link, and open what it copied in another fresh context (own storage, so nothing carries
// over but the link).
import type { Browser, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { baseUrl } from './browser';

export interface Opened {
  page: Page;
  widget: Locator;
  errors: string[];
}

/** A widget by name, or one instance of it where a page holds several (data-instance). */
export type WidgetRef = string | { name: string; instance: string };

const nameOf = (w: WidgetRef) => (typeof w === 'string' ? w : w.name);
const selectorOf = (w: WidgetRef) =>
  typeof w === 'string' ? `[data-widget="${w}"]` : `[data-widget="${w.name}"][data-instance="${w.instance}"]`;

export const lesson = (slug: string) => `${baseUrl()}/lessons/${slug}`;

/** The label of the chosen option of the select labelled `label` in the widget. */
export const chosen = (w: Locator, label: string) =>
  w
    .getByLabel(label, { exact: true })
    .evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent ?? '');

/** Whether the top of `el` lies inside the viewport (a link should land there). */
export const topInView = (el: Locator) =>
  el.evaluate((e) => {
    const top = e.getBoundingClientRect().top;
    return top >= -1 && top < window.innerHeight;
  });

export function permalinkKit(browser: () => Browser) {
  /** A fresh context at `url`, once `widget` is shown; scrolled to it unless `scroll` is false. */
  async function open(url: string, widget: WidgetRef, scroll = true): Promise<Opened> {
    const context = await browser().newContext({
      viewport: { width: 1280, height: 900 },
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url);
    const w = page.locator(selectorOf(widget));
    await w.waitFor({ timeout: 60_000 });
    if (scroll) await w.scrollIntoViewIfNeeded();
    return { page, widget: w, errors };
  }

  /** Presses "Copy link" and returns the link it copied (or offered in the fallback prompt). */
  async function copiedLink({ page, widget }: Opened): Promise<string> {
    let prompted: string | null = null;
    const onDialog = (d: { defaultValue(): string; dismiss(): Promise<void> }) => {
      prompted = d.defaultValue();
      void d.dismiss();
    };
    page.on('dialog', onDialog);
    await widget.getByRole('button', { name: 'Copy link' }).click();
    await expect
      .poll(
        async () =>
          prompted !== null || (await widget.getByRole('button', { name: 'Link copied' }).count()) > 0,
      )
      .toBe(true);
    page.off('dialog', onDialog);
    return prompted ?? (await page.evaluate(() => navigator.clipboard.readText()));
  }

  /**
   * Opens the link of `before` in a fresh context; checks that the page lands on its widget and
   * that the widget shows `shown(before)`, with no errors.
   */
  async function reopen<T>(
    before: Opened,
    widget: WidgetRef,
    shown: (w: Locator) => Promise<T>,
  ): Promise<Opened> {
    const link = await copiedLink(before);
    expect(link.startsWith(before.page.url().split('#')[0])).toBe(true);
    expect(new URL(link).hash).toContain(`widget=${nameOf(widget)}`);
    const expected = await shown(before.widget);
    await before.page.context().close();
    const after = await open(link, widget, false);
    await expect.poll(() => topInView(after.widget), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => shown(after.widget), { timeout: 60_000 }).toEqual(expected);
    expect(after.errors).toEqual([]);
    return after;
  }

  return { open, copiedLink, reopen };
}

/** The drawing canvas as 8 x 8 block means of its red channel (0..255). */
export const blocks = (page: Page) =>
  page.locator('canvas.drawing-surface').evaluate((c: HTMLCanvasElement) => {
    const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    const out = new Array<number>(64).fill(0);
    for (let i = 0; i < c.height; i++)
      for (let j = 0; j < c.width; j++)
        out[Math.floor((i * 8) / c.height) * 8 + Math.floor((j * 8) / c.width)] += d[4 * (i * c.width + j)];
    return out.map((v) => v / ((c.width * c.height) / 64));
  });
export const maxDiff = (a: number[], b: number[]) => Math.max(...a.map((v, i) => Math.abs(v - b[i])));

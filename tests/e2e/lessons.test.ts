// Every lesson route renders from a deep link on the built site: title, KaTeX, navigation,
// no console error; reloading keeps the page (static-hosting fallback).
import { describe, expect, test } from 'vitest';
import { LESSONS } from '../../src/app/lessons';
import { baseUrl, openPage, screenshot, browserPerFile } from './browser';

const browser = browserPerFile();

describe.each(LESSONS.map((l, i) => ({ ...l, i })))('lesson $slug', ({ slug, title, i }) => {
  test('renders its title, KaTeX math and prev/next links from a deep link, and survives a reload', async () => {
    const { page, errors } = await openPage(browser());
    await page.goto(`${baseUrl()}/lessons/${slug}`);
    await expect.poll(() => page.locator('article.lesson h1').textContent()).toBe(title);
    await page.locator('.katex').first().waitFor();
    const katexCount = await page.locator('.katex').count();
    expect(katexCount).toBeGreaterThan(10);
    expect(await page.locator('.katex-error').count()).toBe(0);
    expect(await page.locator('article.lesson h2').count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator('a[rel="next"]').count()).toBe(i < LESSONS.length - 1 ? 1 : 0);
    expect(await page.locator('a[rel="prev"]').count()).toBe(i > 0 ? 1 : 0);
    await expect.poll(() => page.title()).toContain(title);
    // Exercise cards and the "worked through" box sit in the prose column, not to its left.
    const left = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => Math.round(el.getBoundingClientRect().left));
    const prose = await left('article.lesson > p:not(.lesson-kicker)');
    expect(await left('.exercise')).toBe(prose);
    expect(await left('.complete-toggle')).toBe(prose);
    await screenshot(page, `lesson-${slug}`);
    await page.reload();
    await expect.poll(() => page.locator('article.lesson h1').textContent()).toBe(title);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

test('next links walk the course in order', async () => {
  const { page, errors } = await openPage(browser());
  await page.goto(`${baseUrl()}/lessons/${LESSONS[0].slug}`);
  for (const lesson of LESSONS.slice(1)) {
    await page.locator('a[rel="next"]').click();
    await expect.poll(() => page.locator('article.lesson h1').textContent()).toBe(lesson.title);
    expect(new URL(page.url()).pathname).toBe(`/lessons/${lesson.slug}`);
  }
  expect(errors).toEqual([]);
  await page.context().close();
});

test('an unknown address shows a not-found page with a way back', async () => {
  const { page } = await openPage(browser());
  await page.goto(`${baseUrl()}/lessons/no-such-lesson`);
  await expect.poll(() => page.locator('h1').textContent()).toBe('Page not found');
  await page.context().close();
});

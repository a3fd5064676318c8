// Helpers shared by the lesson tests: widget screenshots, pixel
// reads from canvases, pointer drags, and answering an exercise as a student would.
import { mkdirSync } from 'node:fs';
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { baseUrl, SCREENSHOT_DIR } from './browser';

export async function shootWidget(widget: Locator, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  // The sticky top bar would cover the top of a widget scrolled to the top of the viewport.
  await widget.page().addStyleTag({ content: '.topbar { position: static !important; }' });
  await widget.scrollIntoViewIfNeeded();
  await widget.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png` });
}

/** The red channel (0..255) of every pixel of a canvas, row-major. */
export async function canvasPixels(canvas: Locator): Promise<number[]> {
  return canvas.evaluate((c: HTMLCanvasElement) => {
    const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    return Array.from({ length: c.width * c.height }, (_, i) => d[4 * i]);
  });
}

/** Press on an element's centre and drag to a page point. */
export async function drag(page: Page, handle: Locator, to: [number, number]): Promise<void> {
  const box = (await handle.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move((box.x + box.width / 2 + to[0]) / 2, (box.y + box.height / 2 + to[1]) / 2, {
    steps: 3,
  });
  await page.mouse.move(to[0], to[1], { steps: 3 });
  await page.mouse.up();
}

/** Type values into an exercise's fields (or pick the option with this value) and press Check. */
export async function answer(exercise: Locator, values: readonly string[] | { pick: string }): Promise<void> {
  if ('pick' in values) await exercise.locator(`input[type="radio"][value="${values.pick}"]`).check();
  else {
    const inputs = exercise.locator('.exercise-field input');
    expect(await inputs.count()).toBe(values.length);
    for (let i = 0; i < values.length; i++) await inputs.nth(i).fill(values[i]);
  }
  await exercise.getByRole('button', { name: 'Check' }).click();
}

/** The solved exercise ids stored for a lesson. */
export async function storedSolved(page: Page, slug: string): Promise<string[]> {
  return page.evaluate((s) => {
    const raw = localStorage.getItem('eqp.progress');
    return raw ? ((JSON.parse(raw).data[s]?.solved as string[]) ?? []) : [];
  }, slug);
}

/**
 * Wrong answer: hint shown, not solved, nothing stored. Right answer: explanation shown, solved
 * and stored under the lesson.
 */
export async function checkExercise(
  page: Page,
  slug: string,
  id: string,
  wrong: readonly string[] | { pick: string },
  right: readonly string[] | { pick: string },
): Promise<void> {
  const ex = page.locator(`[data-exercise="${id}"]`);
  await ex.scrollIntoViewIfNeeded();
  await answer(ex, wrong);
  expect(await ex.getAttribute('data-outcome'), `${id} wrong`).toBe('wrong');
  expect(await ex.locator('.exercise-hint').isVisible()).toBe(true);
  expect(await ex.locator('.exercise-explanation').count()).toBe(0);
  expect(await ex.getAttribute('data-solved')).toBe('false');
  expect(await storedSolved(page, slug)).not.toContain(id);
  await answer(ex, right);
  expect(await ex.getAttribute('data-outcome'), `${id} right`).toBe('correct');
  expect(await ex.locator('.exercise-explanation').isVisible()).toBe(true);
  expect(await ex.getAttribute('data-solved')).toBe('true');
  expect(await storedSolved(page, slug)).toContain(id);
}

export interface ExerciseCase {
  id: string;
  wrong: readonly string[] | { pick: string };
  right: readonly string[] | { pick: string };
}

/**
 * Opens a lesson, answers each exercise wrong then right (checkExercise), optionally shoots each
 * solved one, reloads and expects every exercise still solved.
 */
export async function solveLessonExercises(
  page: Page,
  slug: string,
  cases: readonly ExerciseCase[],
  shoot = false,
): Promise<void> {
  const last = page.locator(`[data-exercise="${cases[cases.length - 1].id}"]`);
  await page.goto(`${baseUrl()}/lessons/${slug}`);
  await last.waitFor({ timeout: 60_000 }); // the machine may be busy
  for (const c of cases) {
    await checkExercise(page, slug, c.id, c.wrong, c.right);
    if (shoot)
      await shootWidget(page.locator(`[data-exercise="${c.id}"]`), `${slug}-exercise-solved-${c.id}`);
  }
  await page.reload();
  await last.waitFor({ timeout: 60_000 });
  const solved = await page
    .locator('[data-exercise]')
    .evaluateAll((xs) => xs.map((x) => x.getAttribute('data-solved')));
  expect(solved, slug).toEqual(Array(cases.length).fill('true'));
}

/** The home page shows "N exercises solved" for each lesson. */
export async function expectSolvedCounts(
  page: Page,
  lessons: readonly (readonly [string, readonly ExerciseCase[]])[],
): Promise<void> {
  await page.goto(`${baseUrl()}/`);
  for (const [slug, cases] of lessons)
    await expect
      .poll(() => page.locator(`[data-slug="${slug}"] .lesson-progress`).getAttribute('data-progress'))
      .toBe(`${cases.length} exercises solved`);
}

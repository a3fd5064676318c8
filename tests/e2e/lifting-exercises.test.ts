// The exercises of the lifting and group-convolution lessons, answered as a student would on the
// built site: every exercise answered wrong (hint, nothing stored) then right (explanation, stored);
// the solved state survives a reload, and the home page counts the solved exercises per lesson.
// The right answers are worked out by hand (see tests/unit/widgets/liftingExercises).
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { baseUrl, openPage, browserPerFile } from './browser';
import {
  answer,
  expectSolvedCounts,
  shootWidget,
  solveLessonExercises,
  type ExerciseCase,
} from './lessonHelpers';

interface Case extends ExerciseCase {
  /** A phrase the feedback to the wrong answer must contain. */
  says: string;
}

const LIFTING: Case[] = [
  {
    id: 'equal-planes',
    wrong: ['0', '0', '0', '1', '1', '1', '0', '0', '0'],
    right: ['0', '1', '0', '1', '3', '1', '0', '1', '0'],
    says: 'survives a half turn',
  },
  { id: 'rotated-slot', wrong: ['r^4', 'r^3'], right: ['r^6', 'r^3 s'], says: 'other ring' },
  { id: 'find-element', wrong: ['r', 'r s'], right: ['r^3', 'r s'], says: 'g⁻¹' },
  { id: 'lifting-weights', wrong: ['9600', '9600'], right: ['1200', '9600'], says: 'not learned' },
  {
    id: 'quarter-turn',
    wrong: { pick: 'exact/exact' },
    right: { pick: 'broken/exact' },
    says: 'counter-rotated',
  },
  { id: 'orientation-grid', wrong: ['10', '12'], right: ['5', '24'], says: 'whole step' },
];

const GROUP_CONV: Case[] = [
  {
    id: 'correlation-on-c4',
    wrong: ['1', '-1', '5', '-1'],
    right: ['3', '-3', '3', '1'],
    says: 'convolution',
  },
  {
    id: 'pinwheel-kernel',
    wrong: ['1', '-1', '-1', '-1', '1', '1'],
    right: ['-1', '1', '1', '-1', '-1', '1'],
    says: 'mirror image of itself',
  },
  { id: 'isotropic-parameters', wrong: ['25', '6'], right: ['7', '6'], says: 'dense kernel' },
  {
    id: 'stack-shapes',
    wrong: ['[6, 32, 32]', '[12, 8, 32, 32]', '[12, 32, 32]'],
    right: ['[6, 8, 32, 32]', '[12, 8, 32, 32]', '[12, 32, 32]'],
    says: 'one plane per group element',
  },
  { id: 'weight-sharing', wrong: ['648', '41472'], right: ['5184', '41472'], says: 'per input orientation' },
  { id: 'coset-pooling', wrong: { pick: 'same/same' }, right: { pick: 'turns/same' }, says: 'not the map' },
  { id: 'stride-shifts', wrong: ['(4, -2)', 'none'], right: ['(2, -1)', 'none'], says: 'half as far' },
];

const browser = browserPerFile();

async function openLesson(page: Page, slug: string, lastId: string): Promise<void> {
  await page.goto(`${baseUrl()}/lessons/${slug}`);
  await page.locator(`[data-exercise="${lastId}"]`).waitFor({ timeout: 60_000 }); // the machine may be busy
}

test('lifting and group convolution: wrong answers give hints, right ones explanations; progress survives a reload and reaches the home page', async () => {
  const { page, errors } = await openPage(browser(), 1280, 1000);
  await solveLessonExercises(page, 'lifting', LIFTING, true);
  await solveLessonExercises(page, 'group-convolution', GROUP_CONV, true);
  await expectSolvedCounts(page, [
    ['lifting', LIFTING],
    ['group-convolution', GROUP_CONV],
  ]);
  expect(errors).toEqual([]);
  await page.context().close();
});

test('each wrong answer gets the feedback that names its mistake (screenshots of every hint)', async () => {
  const { page, errors } = await openPage(browser(), 1280, 1000);
  for (const [slug, cases] of [
    ['lifting', LIFTING],
    ['group-convolution', GROUP_CONV],
  ] as const) {
    await openLesson(page, slug, cases[cases.length - 1].id);
    for (const c of cases) {
      const ex = page.locator(`[data-exercise="${c.id}"]`);
      await ex.scrollIntoViewIfNeeded();
      await answer(ex, c.wrong);
      expect(await ex.locator('.exercise-hint').textContent(), c.id).toContain(c.says);
      await shootWidget(ex, `${slug}-exercise-hint-${c.id}`);
    }
  }
  expect(errors).toEqual([]);
  await page.context().close();
});

test('dark theme: the drawings and the kernel grid stay readable (screenshots)', async () => {
  const { page, errors } = await openPage(browser(), 1280, 1000);
  await page.emulateMedia({ colorScheme: 'dark' });
  await openLesson(page, 'lifting', 'find-element');
  await shootWidget(page.locator('[data-exercise="find-element"]'), 'lifting-dark-exercise');
  await openLesson(page, 'group-convolution', 'pinwheel-kernel');
  await shootWidget(page.locator('[data-exercise="pinwheel-kernel"]'), 'group-convolution-dark-exercise');
  expect(errors).toEqual([]);
  await page.context().close();
});

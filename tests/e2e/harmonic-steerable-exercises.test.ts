// The exercises of the harmonic filters and steerable vectors lessons, answered as a student would
// on the built site: every exercise wrong (hint shown, nothing stored) then right (explanation
// shown, solved and stored), progress kept across a reload and shown on the home page. The typed
// answers are worked by hand, independently of the checkers.
import { expect, test } from 'vitest';
import { baseUrl, openPage, browserPerFile } from './browser';
import {
  checkExercise,
  expectSolvedCounts,
  shootWidget,
  solveLessonExercises,
  type ExerciseCase as Case,
} from './lessonHelpers';

const HARMONIC: readonly Case[] = [
  // m = −2, θ = 50°: the phase turns by −100° (100° would be order +2).
  { id: 'phase-turn', wrong: ['100'], right: ['-100'] },
  // 2 e^{i 3·40°} = 2 (cos 120°, sin 120°) = (−1, 1.732); the conjugate is the wrong one.
  { id: 'turned-response', wrong: ['-1', '-1.732'], right: ['-1', '1.732'] },
  // 2 + (−3) = −1; −2 + 1 = −1 as well; ℂ-ReLU keeps −1; |z| has order 0.
  { id: 'order-arithmetic', wrong: ['-6', '-1', '0', '-1'], right: ['-1', '-1', '-1', '0'] },
  // ΣW_m = e^{−imπ/2} ΣW_m on the square grid: only m = 0 and m = 4 survive.
  { id: 'constant-image', wrong: ['0'], right: ['0, 4'] },
  // n = 3 (mod 8) in [−20, 20]; −3 (mod 8) would be the conjugate order.
  { id: 'aliased-orders', wrong: ['3, 5'], right: ['-13, -5, 3, 11, 19'] },
];

const STEERABLE: readonly Case[] = [
  { id: 'cg-degrees', wrong: ['0, 1, 2, 3'], right: ['1, 2, 3'] },
  { id: 'dimensions', wrong: ['7', '12'], right: ['7', '35'] },
  // sqrt(3/(4π)) (y, z, x) at (2, −1, 2)/3; the wrong one is in (x, y, z) order.
  { id: 'harmonics-l1', wrong: ['0.326', '-0.163', '0.326'], right: ['-0.163', '0.326', '0.326'] },
  // In (y, z, x) the quarter turn reads y' = x, z' = z, x' = −y; the wrong one is the transpose.
  {
    id: 'wigner-z90',
    wrong: ['0', '0', '-1', '0', '1', '0', '1', '0', '0'],
    right: ['0', '0', '1', '0', '1', '0', '-1', '0', '0'],
  },
  // The right-handed quarter turn about x̂ takes z to −y; (0, 1, 0) is the turn the other way.
  { id: 'sphere-stabilizer', wrong: ['0', '1', '0'], right: ['0', '-1', '0'] },
  { id: 'invariant-norm', wrong: { pick: 'sum' }, right: { pick: 'norm' } },
  // <1 0 1 0 | 0 0> = −1/√3.
  { id: 'cg-coefficient', wrong: ['0.5774'], right: ['-0.5774'] },
  // Only the norm ReLU reads the length alone and keeps the direction; a ReLU per component clips along the axes.
  { id: 'commuting-map', wrong: { pick: 'relu' }, right: { pick: 'norm' } },
  // √(4π/5) · 0.5 · 0.3 = 1.5853 · 0.15 = 0.2378, and 0 for degree 3 (h⁰₃ = 0); 0.15 forgets the constant.
  { id: 'convolution-coefficient', wrong: ['0.15', '0'], right: ['0.2378', '0'] },
];

const browser = browserPerFile();

test('every exercise of both lessons: hint when wrong, explanation when right, kept across a reload and counted on the home page', async () => {
  const { page, errors } = await openPage(browser());
  await solveLessonExercises(page, 'harmonic-filters', HARMONIC);
  await solveLessonExercises(page, 'steerable-vectors', STEERABLE);
  await expectSolvedCounts(page, [
    ['harmonic-filters', HARMONIC],
    ['steerable-vectors', STEERABLE],
  ]);
  expect(errors).toEqual([]);
  await page.context().close();
});

test('feedback names the mistake; the measured orders and the rotation test appear in the explanations (screenshots)', async () => {
  const { page, errors } = await openPage(browser());
  await page.goto(`${baseUrl()}/lessons/steerable-vectors`);
  const wigner = page.locator('[data-exercise="wigner-z90"]');
  await wigner.waitFor({ timeout: 60_000 });
  await checkExercise(page, 'steerable-vectors', 'wigner-z90', STEERABLE[3].wrong, STEERABLE[3].right);
  const invariant = page.locator('[data-exercise="invariant-norm"]');
  await checkExercise(page, 'steerable-vectors', 'invariant-norm', { pick: 'first' }, { pick: 'norm' });
  expect(await invariant.locator('.exercise-explanation').textContent()).toContain('largest change');
  await shootWidget(invariant, 'steerable-exercise-solved');
  await wigner.locator('.exercise-field input').last().fill('1');
  await wigner.getByRole('button', { name: 'Check' }).click();
  await shootWidget(wigner, 'steerable-exercise-hint');

  await page.goto(`${baseUrl()}/lessons/harmonic-filters`);
  const orders = page.locator('[data-exercise="order-arithmetic"]');
  await orders.waitFor({ timeout: 60_000 });
  await checkExercise(page, 'harmonic-filters', 'order-arithmetic', HARMONIC[2].wrong, HARMONIC[2].right);
  // The explanation reports the orders the CPU engine measured: −1, −1, −1, 0.
  expect(await orders.locator('.exercise-explanation').textContent()).toContain('orders −1, −1, −1, 0');
  await shootWidget(orders, 'harmonic-exercise-solved');
  const turn = page.locator('[data-exercise="turned-response"]');
  await turn.locator('.exercise-field input').nth(0).fill('-1');
  await turn.locator('.exercise-field input').nth(1).fill('-1.732');
  await turn.getByRole('button', { name: 'Check' }).click();
  expect(await turn.locator('.exercise-hint').textContent()).toContain('wrong way');
  await shootWidget(turn, 'harmonic-exercise-hint');
  expect(errors).toEqual([]);
  await page.context().close();
});

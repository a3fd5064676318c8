// The representations lesson as a student uses it: heatmaps, the p4 action on the drawing, the
// block-diagonal regular representation and the Fourier convolution, each driven by the user and
// its numbers checked against the math core; every exercise answered wrong then right, progress
// kept across a reload and shown on the home page.
import type { Locator, Page } from 'playwright-core';
import { expect, test } from 'vitest';
import {
  actOnPoint,
  blockDiagonalAt,
  cyclicGroup,
  dihedralGroup,
  dihedralIrrep,
  groupConvolution,
  imageActionIndexMap,
  regularDecomposition,
  regularRepresentation,
} from '../../src/math';
import { matmul } from '../../src/math/linalg';
import { baseUrl, openPage, browserPerFile } from './browser';
import { canvasPixels, checkExercise, drag, shootWidget } from './lessonHelpers';

const D4 = dihedralGroup(4);
const C4 = cyclicGroup(4);
const browser = browserPerFile();

async function openLesson(scheme: 'light' | 'dark' = 'light'): Promise<{ page: Page; errors: string[] }> {
  const watched = await openPage(browser());
  await watched.page.emulateMedia({ colorScheme: scheme });
  await watched.page.goto(`${baseUrl()}/lessons/representations`);
  await watched.page.locator('[data-widget="representation-heatmaps"]').waitFor({ timeout: 60_000 });
  return watched;
}

/** A heatmap's entries as shown (data-value of each cell). */
async function heatmap(w: Locator, name: string): Promise<number[][]> {
  const cells = await w
    .locator(`[data-matrix="${name}"] g[data-i]`)
    .evaluateAll((gs) =>
      gs.map((g) => [
        Number(g.getAttribute('data-i')),
        Number(g.getAttribute('data-j')),
        Number(g.getAttribute('data-value')),
      ]),
    );
  const n = Math.sqrt(cells.length);
  const m = Array.from({ length: n }, () => new Array<number>(n).fill(NaN));
  for (const [i, j, v] of cells) m[i][j] = v;
  return m;
}

const maxDiff = (a: number[][], b: number[][]) =>
  Math.max(...a.flatMap((r, i) => r.map((v, j) => Math.abs(v - b[i][j]))));

test('heatmaps: ρ(g), ρ(h), their product and ρ(gh) match the math core, difference 0', async () => {
  const { page, errors } = await openLesson();
  const w = page.locator('[data-widget="representation-heatmaps"]');
  await w.getByLabel('Group', { exact: true }).selectOption('D4');
  await w.getByLabel('Representation').selectOption('irrep:j=1,m=1');
  await w.getByLabel('g', { exact: true }).selectOption({ label: 'r' });
  await w.getByLabel('h', { exact: true }).selectOption({ label: 's' });
  const psi = dihedralIrrep(D4, 1, 1);
  expect(maxDiff(await heatmap(w, 'rho-g'), psi.rho(1))).toBe(0);
  expect(maxDiff(await heatmap(w, 'rho-h'), psi.rho(4))).toBe(0);
  expect(maxDiff(await heatmap(w, 'rho-g-rho-h'), matmul(psi.rho(1), psi.rho(4)))).toBe(0);
  expect(maxDiff(await heatmap(w, 'rho-gh'), psi.rho(D4.compose(1, 4)))).toBe(0);
  expect(await w.locator('[data-max-diff]').getAttribute('data-max-diff')).toBe('0');
  await shootWidget(w, 'representations-heatmaps-D4-irrep');
  await w.getByLabel('Representation').selectOption('regular');
  await w.getByLabel('g', { exact: true }).selectOption({ label: 'r^3 s' });
  const reg = regularRepresentation(D4);
  expect(maxDiff(await heatmap(w, 'rho-gh'), reg.rho(D4.compose(7, 4)))).toBe(0);
  expect((await heatmap(w, 'difference')).flat().every((v) => v === 0)).toBe(true);
  expect(errors).toEqual([]);
  await page.context().close();
});

test('p4 on the drawing: every output pixel is f(r^-1(x - t)); a clicked pixel traces back to its source', async () => {
  const { page } = await openLesson();
  const w = page.locator('[data-widget="p4-action"]');
  await w.scrollIntoViewIfNeeded();
  await w.getByLabel('rotation r').selectOption({ label: 'r' });
  const right = w.getByLabel('shift right'),
    up = w.getByLabel('shift up');
  await right.focus();
  await page.keyboard.press('Home'); // -12
  for (let i = 0; i < 14; i++) await page.keyboard.press('ArrowRight'); // 2
  await up.focus();
  await page.keyboard.press('End'); // 12
  for (let i = 0; i < 15; i++) await page.keyboard.press('ArrowLeft'); // -3
  const t: [number, number] = [Number(await right.inputValue()), Number(await up.inputValue())];
  expect(t).toEqual([2, -3]);
  const f = await canvasPixels(w.locator('canvas[data-image="f"]'));
  const size = Math.sqrt(f.length);
  const map = imageActionIndexMap(C4, 1, size, t);
  await expect
    .poll(async () => canvasPixels(w.locator('canvas[data-image="Lf"]')))
    .toEqual(Array.from(map, (i) => (i < 0 ? 0 : f[i])));
  // Click the output pixel at plane point x = (3, 4) (row c - 4, column c + 3).
  const c = (size - 1) / 2;
  const box = (await w.locator('canvas[data-image="Lf"]').boundingBox())!;
  await page.mouse.click(
    box.x + ((c + 3 + 0.5) / size) * box.width,
    box.y + ((c - 4 + 0.5) / size) * box.height,
  );
  const probe = w.locator('.probe-readout');
  expect(await probe.getAttribute('data-x')).toBe('3,4');
  const [sx, sy] = actOnPoint(C4, 3, [3 - t[0], 4 - t[1]]); // r^-1 = r^3 applied to x - t
  expect(await probe.getAttribute('data-source')).toBe(`${sx + 0},${sy + 0}`);
  expect(await probe.getAttribute('data-out-value')).toBe(await probe.getAttribute('data-source-value'));
  // With r^2 the probe traces x back through (r^2)^-1 = r^2: x - t = (1, 7) -> (-1, -7).
  await w.getByLabel('rotation r').selectOption({ label: 'r^2' });
  expect(await probe.getAttribute('data-source')).toBe('-1,-7');
  expect(await w.locator('.katex-error').count()).toBe(0);
  await shootWidget(w, 'representations-p4-action');
  await page.context().close();
});

test('regular representation: Q^T ρ_reg(g) Q is block diagonal with the irreps in the blocks', async () => {
  const { page } = await openLesson();
  const w = page.locator('[data-widget="regular-block-diagonal"]');
  await w.scrollIntoViewIfNeeded();
  await w.getByLabel('Group', { exact: true }).selectOption('D4');
  await w.getByLabel('g', { exact: true }).selectOption({ label: 'r s' });
  const shown = await heatmap(w, 'block-diagonal');
  const { blocks } = regularDecomposition(D4);
  expect(maxDiff(shown, blockDiagonalAt(blocks, 5))).toBeLessThan(1e-12);
  expect(maxDiff(await heatmap(w, 'rho-reg'), regularRepresentation(D4).rho(5))).toBe(0);
  expect(await w.locator('rect[data-block]').count()).toBe(6); // four 1-d irreps once, the 2-d one twice
  expect(Number(await w.locator('[data-off-block]').getAttribute('data-off-block'))).toBeLessThan(1e-12);
  await shootWidget(w, 'representations-block-diagonal-D4');
  await page.context().close();
});

test('Fourier convolution: dragged bars change f; direct and Fourier convolutions agree to 1e-9', async () => {
  const { page } = await openLesson();
  const w = page.locator('[data-widget="fourier-convolution"]');
  await w.scrollIntoViewIfNeeded();
  await w.getByLabel('Group', { exact: true }).selectOption('D4');
  const fBar = w.locator('[data-function="f"] g[data-element="1"]');
  const box = (await fBar.locator('.bar-hit').boundingBox())!;
  await drag(page, fBar.locator('.bar-hit'), [box.x + box.width / 2, box.y + 1]); // to the top: +1
  expect(Number(await fBar.getAttribute('data-value'))).toBeCloseTo(1, 9);
  await w.locator('[data-function="k"] g[data-element="0"]').focus();
  const k0 = Number(await w.locator('[data-function="k"] g[data-element="0"]').getAttribute('data-value'));
  await page.keyboard.press('ArrowDown');
  expect(
    Number(await w.locator('[data-function="k"] g[data-element="0"]').getAttribute('data-value')),
  ).toBeCloseTo(k0 - 0.1, 9);
  const read = (fn: string) =>
    w
      .locator(`[data-function="${fn}"] g[data-element]`)
      .evaluateAll((gs) => gs.map((g) => Number(g.getAttribute('data-value'))));
  const [f, k, direct] = await Promise.all([read('f'), read('k'), read('f*k')]);
  const viaFourier = await w
    .locator('[data-function="f*k"] [data-overlay]')
    .evaluateAll((cs) => cs.map((c) => Number(c.getAttribute('data-overlay'))));
  const reference = groupConvolution(D4, f, k);
  reference.forEach((v, a) => {
    expect(Math.abs(direct[a] - v)).toBeLessThan(1e-12);
    expect(Math.abs(viaFourier[a] - v)).toBeLessThan(1e-9);
  });
  expect(Number(await w.locator('[data-max-diff]').getAttribute('data-max-diff'))).toBeLessThan(1e-9);
  await shootWidget(w, 'representations-fourier-convolution-D4');
  await page.context().close();
});

test('exercises: a wrong answer shows a hint, a right one the explanation; progress survives a reload and reaches the home page', async () => {
  const { page, errors } = await openLesson();
  await checkExercise(page, 'representations', 'regular-r2', { pick: '1' }, { pick: '2' });
  await checkExercise(page, 'representations', 'which-irrep', { pick: 'j=0,m=0' }, { pick: 'j=1,m=0' });
  await checkExercise(page, 'representations', 'fourier-delta', ['0', '1', '-1', '0'], ['0', '-1', '1', '0']);
  await checkExercise(page, 'representations', 'count-irreps', ['3'], ['2']);
  await checkExercise(page, 'representations', 'real-block-character', ['1'], ['2']);
  await checkExercise(page, 'representations', 'homomorphism', ['r^3 s'], ['r s']);
  await page.reload();
  await page.locator('[data-exercise="homomorphism"]').waitFor({ timeout: 60_000 }); // the machine may be busy
  const solved = await page
    .locator('[data-exercise]')
    .evaluateAll((xs) => xs.map((x) => x.getAttribute('data-solved')));
  expect(solved).toEqual(Array(6).fill('true'));
  await page.goto(`${baseUrl()}/`);
  await expect
    .poll(() => page.locator('[data-slug="representations"] .lesson-progress').getAttribute('data-progress'))
    .toBe('6 exercises solved');
  expect(errors).toEqual([]);
  await page.context().close();
});

test('dark theme: every widget of the lesson renders (screenshots)', async () => {
  const { page, errors } = await openLesson('dark');
  await page
    .locator('[data-widget="representation-heatmaps"]')
    .getByLabel('Group', { exact: true })
    .selectOption('D4');
  for (const name of [
    'representation-heatmaps',
    'p4-action',
    'regular-block-diagonal',
    'fourier-convolution',
  ])
    await shootWidget(page.locator(`[data-widget="${name}"]`), `representations-dark-${name}`);
  await shootWidget(page.locator('[data-exercise="regular-r2"]'), 'representations-dark-exercise');
  expect(errors).toEqual([]);
  await page.context().close();
});

// The dense-to-group-convolution widget as a student uses it: stepping from a dense matrix to the
// symmetry collapses it to a circulant (shifts of a line, C_N), a block-circulant one (shifts of a
// torus) and to the four layer types of p4 and p4m; the free-parameter counts it prints are held
// against counts worked out by hand, its weight pattern against the structure (circulant, block
// circulant) and the math core's orbits, and its equivariance readout against the tolerance.
import type { Locator, Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { cyclicGroup, tiedWeights, torusWallpaper, regularAction } from '../../src/math';
import { baseUrl, openPage, browserPerFile } from './browser';
import { shootWidget } from './lessonHelpers';

const browser = browserPerFile();
const mod = (a: number, n: number) => ((a % n) + n) % n;

async function openLesson(): Promise<{ page: Page; errors: string[] }> {
  const watched = await openPage(browser(), 1280, 1000);
  await watched.page.goto(`${baseUrl()}/lessons/group-convolution`);
  await watched.page
    .locator('[data-widget="dense-to-group-conv"][data-instance="layers"]')
    .waitFor({ timeout: 60_000 });
  return watched;
}

const widget = (page: Page, instance: string) =>
  page.locator(`[data-widget="dense-to-group-conv"][data-instance="${instance}"]`);

/** The readout's numbers: free parameters, dense count, and the two equivariance errors. */
async function readout(w: Locator) {
  const r = w.locator('.tying-readout');
  const num = async (a: string) => {
    const v = await r.getAttribute(a);
    return v === '' || v === null ? null : Number(v);
  };
  return {
    free: await num('data-free'),
    dense: await num('data-dense'),
    imposed: await num('data-error-imposed'),
    full: await num('data-error-full'),
  };
}

/** The shown matrix's weight numbers, rows x cols. */
async function orbits(w: Locator): Promise<{ rows: number; cols: number; orbit: number[] }> {
  const fig = w.locator('.orbit-matrix');
  const rows = Number(await fig.getAttribute('data-rows'));
  const cols = Number(await fig.getAttribute('data-cols'));
  const orbit = (await fig.getAttribute('data-orbits'))!.split(',').map(Number);
  expect(orbit.length).toBe(rows * cols);
  return { rows, cols, orbit };
}

const impose = (w: Locator, step: 'dense' | 'translations' | 'full') =>
  w.locator(`input[type="radio"][value="${step}"]`).check();

const TOL = 1e-12;

test('1-D shifts: 64 dense weights collapse to a circulant with 8; torus and C_N likewise', async () => {
  const { page, errors } = await openLesson();
  const w = widget(page, 'finite');
  await w.scrollIntoViewIfNeeded();
  expect(await w.getByLabel('Example').inputValue()).toBe('line');
  expect(await w.getByLabel('Size n').inputValue()).toBe('8');

  await impose(w, 'dense');
  let r = await readout(w);
  expect([r.free, r.dense, r.imposed]).toEqual([64, 64, null]);
  expect(r.full!).toBeGreaterThan(0.05); // untied weights do not commute with shifts
  await shootWidget(w, 'dense-to-group-conv-line-dense');

  await impose(w, 'translations');
  r = await readout(w);
  expect([r.free, r.dense]).toEqual([8, 64]);
  expect(r.imposed!).toBeLessThan(TOL);
  expect(r.full!).toBeLessThan(TOL);
  const line = await orbits(w);
  // Circulant: κ(y, x) = ψ(x − y), eight different weights in the first row.
  for (let y = 0; y < 8; y++)
    for (let x = 0; x < 8; x++) expect(line.orbit[y * 8 + x]).toBe(line.orbit[mod(x - y, 8)]);
  expect(new Set(line.orbit).size).toBe(8);
  await shootWidget(w, 'dense-to-group-conv-line-circulant');

  // Click the cell (row 2, column 5): its weight fills one wrapped diagonal, 8 entries.
  const canvas = w.locator('.orbit-matrix canvas');
  const box = (await canvas.boundingBox())!;
  await page.mouse.click(box.x + (5.5 / 8) * box.width, box.y + (2.5 / 8) * box.height);
  const pickLine = w.locator('.tying-pick');
  expect(await pickLine.getAttribute('data-weight')).toBe(String(line.orbit[2 * 8 + 5]));
  expect(await pickLine.getAttribute('data-members')).toBe('8');

  await w.getByLabel('Example').selectOption('torus');
  await w.getByLabel('Size n').selectOption('4');
  await impose(w, 'dense');
  expect((await readout(w)).free).toBe(256);
  await impose(w, 'translations');
  r = await readout(w);
  expect([r.free, r.dense]).toEqual([16, 256]);
  expect(r.imposed!).toBeLessThan(TOL);
  const torus = await orbits(w);
  // Block circulant with circulant blocks: entry (y, x) depends on the difference of rows and of columns.
  for (let y = 0; y < 16; y++)
    for (let x = 0; x < 16; x++) {
      const d = mod(Math.floor(x / 4) - Math.floor(y / 4), 4) * 4 + mod((x % 4) - (y % 4), 4);
      expect(torus.orbit[y * 16 + x]).toBe(torus.orbit[d]);
    }
  const { plane } = torusWallpaper(cyclicGroup(1), 4);
  expect(torus.orbit).toEqual(Array.from(tiedWeights(plane, plane).orbit));
  await shootWidget(w, 'dense-to-group-conv-torus-block-circulant');

  await w.getByLabel('Example').selectOption('cyclic');
  await w.getByLabel('Size n').selectOption('8');
  r = await readout(w);
  expect([r.free, r.dense]).toEqual([8, 64]);
  const c8 = regularAction(cyclicGroup(8));
  expect((await orbits(w)).orbit).toEqual(Array.from(tiedWeights(c8, c8).orbit));
  expect(await w.locator('.katex-error').count()).toBe(0);
  expect(errors).toEqual([]);
  await page.context().close();
});

// Free parameters per step (dense, shifts, whole group) of p4 and p4m on the n x n torus, by hand:
// dense |Y||X|; shifts |Y||X|/n²; isotropic = C4-orbits of the cells ((n² + 3)/4 for odd n),
// D4-orbits ((n² + 4n + 3)/8); lifting = projection = n²; group = |H| n².
const LAYERS: [string, number, 'C4' | 'D4', number[]][] = [
  ['isotropic', 3, 'C4', [81, 9, 3]],
  ['lifting', 3, 'C4', [324, 36, 9]],
  ['group', 3, 'C4', [1296, 144, 36]],
  ['projection', 3, 'C4', [324, 36, 9]],
  ['isotropic', 5, 'C4', [625, 25, 7]],
  ['isotropic', 5, 'D4', [625, 25, 6]],
  ['lifting', 5, 'D4', [200 * 25, 8 * 25, 25]],
];

test('the four layer types: dense, shifts, p4 and p4m counts; the table; tied weights commute', async () => {
  const { page, errors } = await openLesson();
  const w = widget(page, 'layers');
  await w.scrollIntoViewIfNeeded();
  expect(await w.getByLabel('Example').inputValue()).toBe('isotropic');
  // The table for p4 on the 3 x 3 torus.
  const table = async () =>
    w
      .locator('.layer-types tbody tr')
      .evaluateAll((rows) =>
        rows.map((r) => [
          r.getAttribute('data-layer'),
          Number(r.getAttribute('data-free')),
          Number(r.getAttribute('data-dense')),
        ]),
      );
  expect(await table()).toEqual([
    ['isotropic', 3, 81],
    ['lifting', 9, 324],
    ['group', 36, 1296],
    ['projection', 9, 324],
  ]);
  await shootWidget(w, 'dense-to-group-conv-isotropic-p4');

  for (const [layer, n, point, counts] of LAYERS) {
    await w.getByLabel('Example').selectOption(layer);
    await w.getByLabel('Size n').selectOption(String(n));
    await w.getByLabel('Group', { exact: true }).selectOption(point);
    const seen: number[] = [];
    for (const step of ['dense', 'translations', 'full'] as const) {
      await impose(w, step);
      const r = await readout(w);
      seen.push(r.free!);
      expect(r.dense).toBe(counts[0]);
      if (step !== 'dense') expect(r.imposed!, `${layer} ${step}`).toBeLessThan(TOL);
      // Only the whole group's tying commutes with the rotations.
      if (step === 'full') expect(r.full!).toBeLessThan(TOL);
      else expect(r.full!, `${layer} ${step}`).toBeGreaterThan(0.05);
    }
    expect(seen, `${layer}, n = ${n}, ${point}`).toEqual(counts);
  }
  const p4m5 = await table();
  expect(p4m5.map((row) => row[1])).toEqual([6, 25, 200, 25]);

  // The table's buttons show a layer type; with shifts alone lifting keeps four independent filters.
  await w.getByLabel('Group', { exact: true }).selectOption('C4');
  await w.getByLabel('Size n').selectOption('3');
  await w.getByRole('button', { name: 'lifting', exact: true }).click();
  expect(await w.getByLabel('Example').inputValue()).toBe('lifting');
  await impose(w, 'translations');
  await shootWidget(w, 'dense-to-group-conv-lifting-shifts');
  await impose(w, 'full');
  const lifted = await orbits(w);
  const { group, plane } = torusWallpaper(cyclicGroup(4), 3);
  expect(lifted.orbit).toEqual(Array.from(tiedWeights(regularAction(group), plane).orbit));
  await shootWidget(w, 'dense-to-group-conv-lifting-p4');

  // A weight of the p4 group layer fills 36 entries: the group acts freely on pairs.
  await w.getByRole('button', { name: 'group', exact: true }).click();
  await w.getByLabel('Highlight weight').fill('5');
  expect(await w.locator('.tying-pick').getAttribute('data-members')).toBe('36');
  await shootWidget(w, 'dense-to-group-conv-group-p4-highlight');
  expect(await w.locator('.katex-error').count()).toBe(0);
  expect(errors).toEqual([]);
  await page.context().close();
});

test('a copied link restores example, size, group and step (dark theme)', async () => {
  const { page, errors } = await openPage(browser(), 1280, 1000);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(
    `${baseUrl()}/lessons/group-convolution#widget=dense-to-group-conv&of=layers&example=projection&n=5&step=1&point=D4&seed=4`,
  );
  const w = widget(page, 'layers');
  await w.waitFor({ timeout: 60_000 });
  expect(await w.getByLabel('Example').inputValue()).toBe('projection');
  const r = await readout(w);
  expect([r.free, r.dense]).toEqual([8 * 25, 200 * 25]); // shifts only: |Y||X| / n²
  expect(r.full!).toBeGreaterThan(0.05);
  await shootWidget(w, 'dense-to-group-conv-projection-p4m-dark');
  expect(errors).toEqual([]);
  await page.context().close();
});

// The groups lesson as a student uses it: every widget driven by clicks, drags and typing, the
// numbers it shows checked against the math core (or hand-worked values), every exercise answered
// wrong then right, progress kept across a reload and shown on the home page.
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { dihedralGroup, imageActionIndexMap, leftCosets, SE2, type SE2Element } from '../../src/math';
import { baseUrl, openPage, browserPerFile } from './browser';
import { canvasPixels, checkExercise, drag, shootWidget } from './lessonHelpers';

const D4 = dihedralGroup(4);
const browser = browserPerFile();

async function openLesson(scheme: 'light' | 'dark' = 'light'): Promise<{ page: Page; errors: string[] }> {
  const watched = await openPage(browser());
  await watched.page.emulateMedia({ colorScheme: scheme });
  await watched.page.goto(`${baseUrl()}/lessons/groups`);
  await watched.page.locator('[data-widget="cayley-table"]').waitFor({ timeout: 60_000 });
  return watched;
}

test('the hook: one plain CNN layer commutes with the identity and fails a quarter turn by tens of percent', async () => {
  const { page, errors } = await openLesson();
  const w = page.locator('[data-widget="commuting-diagram"]');
  const readout = w.locator('.diagram-readout');
  const measured = async (element: number) => {
    await expect
      .poll(() => readout.getAttribute('data-element'), { timeout: 60_000, interval: 250 })
      .toBe(String(element));
    return Number(await readout.getAttribute('data-rel-error'));
  };
  expect(await measured(0)).toBe(0);
  const rotation = page.locator('[data-widget="rotation-control"]');
  await rotation.getByRole('combobox', { name: /^Group/ }).selectOption('C4');
  await rotation.getByRole('button', { name: 'Next group element' }).click();
  const quarter = await measured(1);
  console.log(`groups hook: plain layer at a quarter turn, relative error ${quarter}`);
  expect(quarter).toBeGreaterThan(0.1);
  await shootWidget(w, 'groups-hook-quarter-turn');
  expect(errors).toEqual([]);
  await page.context().close();
});

test('Cayley table: each cell is the product a·b; a subgroup regroups the table and outlines a left coset', async () => {
  const { page, errors } = await openLesson();
  const w = page.locator('[data-widget="cayley-table"]');
  await w.getByLabel('Group', { exact: true }).selectOption('D4');
  const cells = await w.locator('td[data-a]').evaluateAll((tds) =>
    tds.map((td) => ({
      a: Number(td.getAttribute('data-a')),
      b: Number(td.getAttribute('data-b')),
      name: td.getAttribute('aria-label'),
      text: td.textContent,
    })),
  );
  expect(cells).toHaveLength(64);
  for (const c of cells) {
    const expected = D4.label(D4.compose(c.a, c.b));
    expect(c.name).toBe(expected);
    expect(c.text).toBe(expected.replace(/[\^ ]/g, ''));
  }
  expect(await w.locator('[data-commutative]').getAttribute('data-commutative')).toBe('false');
  await w.getByLabel('Subgroup H').selectOption({ label: '⟨s⟩, order 2' });
  await w.getByRole('button', { name: 'row r', exact: true }).click();
  const outlined = await w
    .locator('td.coset-highlight')
    .evaluateAll((tds) => tds.map((td) => td.getAttribute('aria-label')));
  const coset = leftCosets(D4, [0, 4]).find((c) => c.includes(1))!;
  expect(outlined.sort()).toEqual(coset.map((a) => D4.label(a)).sort()); // rH = {r, r s}
  expect(await w.locator('[data-normal]').getAttribute('data-normal')).toBe('false');
  expect(await w.locator('.coset-list li').count()).toBe(4);
  await shootWidget(w, 'groups-cayley-table-D4-cosets');
  expect(errors).toEqual([]);
  await page.context().close();
});

test('Cayley graph: arrows follow g -> g·x, and a walk r, r, s lands on r^2 s', async () => {
  const { page } = await openLesson();
  const w = page.locator('[data-widget="cayley-graph"]');
  await w.getByLabel('Group', { exact: true }).selectOption('D4');
  for (const side of ['right', 'left'] as const) {
    await w.getByLabel('Edges', { exact: true }).selectOption(side);
    const edges = await w
      .locator('path[data-generator]')
      .evaluateAll((ps) =>
        ps.map((p) => ['from', 'to', 'generator'].map((k) => Number(p.getAttribute(`data-${k}`)))),
      );
    expect(edges).toHaveLength(8 + 4); // r-arrows from every element, s-edges once per pair
    for (const [from, to, x] of edges)
      expect(to).toBe(side === 'right' ? D4.compose(from, x) : D4.compose(x, from));
  }
  await w.getByLabel('Edges', { exact: true }).selectOption('right');
  await w.locator('g[data-element="0"]').click();
  for (const name of [
    'multiply by r on the right',
    'multiply by r on the right',
    'multiply by s on the right',
  ])
    await w.getByRole('button', { name, exact: true }).click();
  expect(await w.locator('[data-current]').getAttribute('data-current')).toBe('r^2 s');
  await shootWidget(w, 'groups-cayley-graph-D4');
  await page.context().close();
});

test('group action on the drawing: g·(h·x) and (gh)·x agree pixel for pixel, max difference exactly 0', async () => {
  const { page } = await openLesson();
  const w = page.locator('[data-widget="group-action"]');
  await w.scrollIntoViewIfNeeded();
  await w.getByLabel('h (acts first)').selectOption({ label: 's' });
  await w.getByLabel('g', { exact: true }).selectOption({ label: 'r' });
  await expect.poll(() => w.locator('[data-max-diff]').getAttribute('data-max-diff')).toBe('0');
  const [x, hx, ghx, gh] = await Promise.all(
    ['x', 'hx', 'ghx', 'ghOnce'].map((n) => canvasPixels(w.locator(`canvas[data-image="${n}"]`))),
  );
  const size = Math.sqrt(x.length);
  const expectedHx = Array.from(imageActionIndexMap(D4, 4, size), (i) => x[i]);
  expect(hx).toEqual(expectedHx);
  expect(ghx).toEqual(gh);
  expect(gh).not.toEqual(x); // the letter F has no symmetry, so r s moves it
  await shootWidget(w, 'groups-action-on-drawing');
  await page.context().close();
});

/** The world point (y up) of the composer plane under page coordinates, and back. */
async function planeMapping(page: Page, widget = 'se2-composer') {
  const plane = page.locator(`[data-widget="${widget}"] .se2-plane`);
  const box = (await plane.boundingBox())!;
  const vb = await plane.evaluate((s: SVGSVGElement) => [s.viewBox.baseVal.width, s.viewBox.baseVal.height]);
  const k = box.width / vb[0];
  const scale = 52; // pixels per world unit in the SVG's own coordinates (se2View.VIEW.scale)
  return (x: number, y: number): [number, number] => [
    box.x + (vb[0] / 2 + x * scale) * k,
    box.y + (vb[1] / 2 - y * scale) * k,
  ];
}

const frame = async (page: Page, name: string): Promise<SE2Element> => {
  const g = page.locator(`[data-widget="se2-composer"] [data-frame="${name}"]`);
  const [x, y, theta] = await Promise.all(
    ['data-x', 'data-y', 'data-theta'].map(async (a) => Number(await g.getAttribute(a))),
  );
  return { x, y, theta };
};

test('SE(2) composer: dragging frames moves g1, turns g2, and the product and inverses follow SE(2)', async () => {
  const { page } = await openLesson();
  const w = page.locator('[data-widget="se2-composer"]');
  await w.scrollIntoViewIfNeeded();
  const toPage = await planeMapping(page);
  await drag(page, w.locator('[data-handle="g1-position"]'), toPage(1, -2));
  const g1 = await frame(page, 'g1');
  expect(g1.x).toBeCloseTo(1, 1);
  expect(g1.y).toBeCloseTo(-2, 1);
  const g2start = await frame(page, 'g2');
  await drag(page, w.locator('[data-handle="g2-heading"]'), toPage(g2start.x - 1.5, g2start.y));
  const g2 = await frame(page, 'g2');
  expect(Math.abs(Math.abs(g2.theta) - Math.PI)).toBeLessThan(0.02); // turned to point left
  const product = SE2.compose(g1, g2);
  expect(SE2.distance(await frame(page, 'g1g2'), product)).toBeLessThan(1e-12);
  expect(SE2.distance(await frame(page, 'g1inv'), SE2.inverse(g1))).toBeLessThan(1e-12);
  expect(SE2.distance(await frame(page, 'g2inv'), SE2.inverse(g2))).toBeLessThan(1e-12);
  const tex = await w.locator('.se2-formulas annotation').allTextContents();
  const fmt = (v: number) => (v.toFixed(2) === '-0.00' ? '0.00' : v.toFixed(2));
  expect(tex.join(' ')).toContain(`(${fmt(product.x)},\\ ${fmt(product.y)})`);
  expect(Number(await w.locator('[data-max-error]').getAttribute('data-max-error'))).toBeLessThan(1e-12);
  await shootWidget(w, 'groups-se2-composer');
  await page.context().close();
});

test('homogeneous space: a clicked point gets its coset (frames at x) and its stabilizer (rotations about x)', async () => {
  const { page, errors } = await openLesson();
  const w = page.locator('[data-widget="homogeneous-space"]');
  await w.scrollIntoViewIfNeeded();
  const toPage = await planeMapping(page, 'homogeneous-space');
  await page.mouse.click(...toPage(-2, 1));
  const readout = w.locator('.homogeneous-readout');
  await expect.poll(() => readout.getAttribute('data-x')).toBe('-2,1');
  await w.getByLabel('Frames drawn').selectOption('4');
  const frames = async (prefix: string) =>
    w
      .locator(`[data-frame^="${prefix}-"]`)
      .evaluateAll((gs) =>
        gs.map((g) => ['data-x', 'data-y', 'data-theta'].map((a) => Number(g.getAttribute(a)))),
      );
  // The coset: four frames standing at x, headings 0, 90, 180, 270 degrees.
  const coset = await frames('coset');
  expect(coset).toHaveLength(4);
  coset.forEach(([x, y, theta], k) => {
    expect([x, y]).toEqual([-2, 1]);
    expect(Math.abs(Math.cos(theta) - Math.cos((k * Math.PI) / 2))).toBeLessThan(1e-12);
  });
  // The stabilizer, worked by hand: t = x − R_φ x for φ = 0, 90, 180, 270 degrees and x = (−2, 1):
  // (0, 0), (−2 + 1, 1 + 2) = (−1, 3), (−4, 2), (−2 − 1, 1 − 2) = (−3, −1).
  const stabilizer = await frames('stabilizer');
  const expected = [
    [0, 0],
    [-1, 3],
    [-4, 2],
    [-3, -1],
  ];
  stabilizer.forEach(([x, y], k) => {
    expect(x).toBeCloseTo(expected[k][0], 12);
    expect(y).toBeCloseTo(expected[k][1], 12);
  });
  expect(Number(await readout.getAttribute('data-max-error'))).toBeLessThan(1e-12);
  await shootWidget(w, 'groups-homogeneous-space');
  expect(errors).toEqual([]);
  await page.context().close();
});

test('axiom checker: a typed symbol outside the set breaks closure at that cell; the presets fail where expected', async () => {
  const { page } = await openLesson();
  const w = page.locator('[data-widget="axiom-checker"]');
  const state = (axiom: string) => w.locator(`[data-axiom="${axiom}"]`).getAttribute('data-state');
  expect(await w.locator('[data-group]').getAttribute('data-group')).toBe('true');
  await w.getByLabel('a·b', { exact: true }).fill('d');
  expect(await state('closure')).toBe('fails');
  expect(await w.locator('[data-axiom="closure"]').textContent()).toContain('a·b = “d”');
  expect(await w.locator('td.flagged input').getAttribute('aria-label')).toBe('a·b');
  await w.getByLabel('a·b', { exact: true }).fill('e');
  expect(await w.locator('[data-group]').getAttribute('data-group')).toBe('true');
  await w.getByLabel('Start from').selectOption('not-associative');
  expect(await state('identity')).toBe('ok');
  expect(await state('inverses')).toBe('ok');
  expect(await state('associativity')).toBe('fails');
  // Worked by hand: (a·a)·b = a·b = e, a·(a·b) = a·e = a.
  expect(await w.locator('[data-axiom="associativity"]').textContent()).toContain(
    '(a·a)·b = e but a·(a·b) = a',
  );
  await shootWidget(w, 'groups-axiom-checker-not-associative');
  await w.getByLabel('Size').selectOption('4');
  expect(await w.locator('.axiom-table input').count()).toBe(16);
  expect(await w.locator('[data-group]').getAttribute('data-group')).toBe('true');
  await page.context().close();
});

test('exercises: a wrong answer shows a hint, a right one the explanation; progress survives a reload and reaches the home page', async () => {
  const { page, errors } = await openLesson();
  await checkExercise(
    page,
    'groups',
    'cayley-row',
    ['s', 'r s', 'r^2 s', 'r^3 s', 'e', 'r', 'r^2', 'r^3'],
    ['s', 'r^3 s', 'r^2 s', 'r s', 'e', 'r^3', 'r^2', 'r'],
  );
  await checkExercise(page, 'groups', 'non-commuting', ['r^2'], ['r s']);
  await checkExercise(page, 'groups', 'se2-inverse', ['-2', '-1', '-90'], ['-1', '2', '-90']);
  await checkExercise(page, 'groups', 'stabilizer-element', ['0', '0', '90'], ['1', '-1', '90']);
  await checkExercise(page, 'groups', 'plain-commutes', { pick: 'both' }, { pick: 'shift' });
  await checkExercise(page, 'groups', 'left-coset', { pick: '1,7' }, { pick: '1,5' });
  await checkExercise(page, 'groups', 'failing-axiom', { pick: 'inverses' }, { pick: 'associativity' });
  await checkExercise(page, 'groups', 'p4-product', ['0', '2', '1'], ['0', '1', '0']);
  // ((1, 2), 2)·((3, -1), 1/2) = (2·(3, -1) + (1, 2), 1) by hand; the wrong answer adds the shifts.
  await checkExercise(page, 'groups', 'scale-product', ['4', '1', '1'], ['7', '0', '1']);
  await shootWidget(page.locator('[data-exercise="se2-inverse"]'), 'groups-exercise-solved');
  await page.reload();
  await page.locator('[data-exercise="scale-product"]').waitFor({ timeout: 60_000 }); // the machine may be busy
  const solved = await page
    .locator('[data-exercise]')
    .evaluateAll((xs) => xs.map((x) => x.getAttribute('data-solved')));
  expect(solved).toEqual(Array(9).fill('true'));
  await page.goto(`${baseUrl()}/`);
  await expect
    .poll(() => page.locator('[data-slug="groups"] .lesson-progress').getAttribute('data-progress'))
    .toBe('9 exercises solved');
  expect(errors).toEqual([]);
  await page.context().close();
});

test('a wrong answer shows its hint in the exercise (screenshot)', async () => {
  const { page } = await openLesson();
  const ex = page.locator('[data-exercise="se2-inverse"]');
  await ex.scrollIntoViewIfNeeded();
  for (const [i, v] of ['-2', '-1', '-90'].entries())
    await ex.locator('.exercise-field input').nth(i).fill(v);
  await ex.getByRole('button', { name: 'Check' }).click();
  expect(await ex.locator('.exercise-hint').textContent()).toContain('turned back');
  await shootWidget(ex, 'groups-exercise-hint');
  await page.context().close();
});

test('dark theme: every widget of the lesson renders (screenshots)', async () => {
  const { page, errors } = await openLesson('dark');
  await page.locator('[data-widget="cayley-table"]').getByLabel('Group', { exact: true }).selectOption('D4');
  for (const name of ['axiom-checker', 'cayley-table', 'cayley-graph', 'se2-composer', 'group-action'])
    await shootWidget(page.locator(`[data-widget="${name}"]`), `groups-dark-${name}`);
  await shootWidget(page.locator('[data-exercise="left-coset"]'), 'groups-dark-exercise');
  expect(errors).toEqual([]);
  await page.context().close();
});

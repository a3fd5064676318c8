// "Copy link" as a student uses it: set a widget's state through its controls, copy its link
// (from the clipboard, or from the prompt shown where the clipboard is refused), open the link in a
// fresh browser context and check that the widget shows the same state, read from what it renders
// (selects, readouts, heatmap entries, canvas pixels) and against hand-worked values.
import type { Locator } from 'playwright-core';
import { expect, test } from 'vitest';
import { dihedralGroup, dihedralIrrep } from '../../src/math';
import { browserPerFile } from './browser';
import { canvasPixels, drag } from './lessonHelpers';
import { chosen, lesson, permalinkKit } from './permalinkHelpers';

const D4 = dihedralGroup(4);
const browser = browserPerFile();
const { open, reopen, copiedLink } = permalinkKit(browser);

/** A heatmap's entries as shown, in document order. */
const heatmap = (w: Locator, name: string) =>
  w
    .locator(`[data-matrix="${name}"] g[data-i]`)
    .evaluateAll((gs) =>
      gs.map((g) => [
        g.getAttribute('data-i'),
        g.getAttribute('data-j'),
        Number(g.getAttribute('data-value')),
      ]),
    );

test('Cayley table: group, subgroup and outlined row come back from the link', async () => {
  const before = await open(lesson('groups'), 'cayley-table');
  const w = before.widget;
  await w.getByLabel('Group', { exact: true }).selectOption('D4');
  await w.getByLabel('Subgroup H').selectOption({ label: '⟨s⟩, order 2' });
  await w.getByRole('button', { name: 'row r', exact: true }).click();
  const shown = async (x: Locator) => ({
    group: await chosen(x, 'Group'),
    subgroup: await chosen(x, 'Subgroup H'),
    row: await x.locator('button[aria-pressed="true"]').textContent(),
    outlined: (
      await x.locator('td.coset-highlight').evaluateAll((t) => t.map((c) => c.getAttribute('aria-label')))
    ).sort(),
  });
  const after = await reopen(before, 'cayley-table', shown);
  // rH = {r, r s} for H = <s> (worked by hand: r·e = r, r·s = r s).
  expect(await shown(after.widget)).toEqual({
    group: 'D4',
    subgroup: '⟨s⟩, order 2',
    row: 'row r',
    outlined: ['r', 'r s'],
  });
  await after.page.context().close();
});

test('Cayley graph: group, edge side and the walk r, r, s (ending at r^2 s) come back', async () => {
  const before = await open(lesson('groups'), 'cayley-graph');
  const w = before.widget;
  await w.getByLabel('Group', { exact: true }).selectOption('D4');
  await w.getByLabel('Edges', { exact: true }).selectOption('left');
  for (const x of ['r', 'r', 's'])
    await w.getByRole('button', { name: `multiply by ${x} on the left`, exact: true }).click();
  const shown = async (x: Locator) => ({
    group: await chosen(x, 'Group'),
    edges: await x.getByLabel('Edges', { exact: true }).inputValue(),
    current: await x.locator('[data-current]').getAttribute('data-current'),
    readout: await x.locator('.graph-readout').textContent(),
  });
  const after = await reopen(before, 'cayley-graph', shown);
  const state = await shown(after.widget);
  // Left multiplication from e: s·(r·(r·e)) = s r^2 = r^-2 s = r^2 s in D4.
  expect([state.group, state.edges, state.current]).toEqual(['D4', 'left', 'r^2 s']);
  expect(state.readout).toContain('walk of 3 steps');
  await after.page.context().close();
});

test('group action on the drawing: group, g and h and the pictures they make come back', async () => {
  const before = await open(lesson('groups'), 'group-action');
  const w = before.widget;
  await w.getByLabel('Group', { exact: true }).selectOption('D4');
  await w.getByLabel('h (acts first)').selectOption({ label: 'r^3 s' });
  await w.getByLabel('g', { exact: true }).selectOption({ label: 'r^2' });
  const shown = async (x: Locator) => ({
    g: await chosen(x, 'g'),
    h: await chosen(x, 'h (acts first)'),
    readout: await x.locator('.action-readout').textContent(),
    ghx: await canvasPixels(x.locator('canvas[data-image="ghx"]')),
  });
  const after = await reopen(before, 'group-action', shown);
  const state = await shown(after.widget);
  expect([state.g, state.h]).toEqual(['r^2', 'r^3 s']);
  // r^2 · r^3 s = r^5 s = r s; the readout writes element names without spaces or carets.
  expect(state.readout).toContain(`gh = ${D4.label(D4.compose(2, 7)).replace(/[\^ ]/g, '')};`);
  await after.page.context().close();
});

test('SE(2) composer: both frames (to 1e-12) and the inverses toggle come back', async () => {
  const before = await open(lesson('groups'), 'se2-composer');
  const w = before.widget;
  const box = (await w.locator('.se2-plane').boundingBox())!;
  await drag(before.page, w.locator('[data-handle="g1-position"]'), [
    box.x + box.width * 0.7,
    box.y + box.height * 0.75,
  ]);
  await w.locator('[data-handle="g2-heading"]').focus();
  await before.page.keyboard.press('ArrowUp'); // turns g2 by 5°
  await w.getByLabel('Show the inverses').uncheck();
  const frame = async (x: Locator, name: string) => {
    const f = x.locator(`[data-frame="${name}"]`);
    return Promise.all(['data-x', 'data-y', 'data-theta'].map(async (a) => Number(await f.getAttribute(a))));
  };
  const shown = async (x: Locator) => ({
    g1: await frame(x, 'g1'),
    g2: await frame(x, 'g2'),
    inverses: await x.locator('[data-frame="g1inv"]').count(),
  });
  const expected = await shown(w);
  expect(expected.g1[0]).not.toBe(-2); // the drag moved g1 off its start (-2, 0.5)
  const link = await copiedLink(before);
  await before.page.context().close();
  const after = await open(link, 'se2-composer');
  const state = await shown(after.widget);
  for (const name of ['g1', 'g2'] as const)
    state[name].forEach((v, i) => expect(Math.abs(v - expected[name][i]), name).toBeLessThan(1e-12));
  expect(state.g2[2]).toBeCloseTo((95 * Math.PI) / 180, 12); // start 90° plus one 5° step
  expect(state.inverses).toBe(0);
  expect(after.errors).toEqual([]);
  await after.page.context().close();
});

test('representation heatmaps: group, ρ, g and h come back, and so do the matrices', async () => {
  const before = await open(lesson('representations'), 'representation-heatmaps');
  const w = before.widget;
  await w.getByLabel('Group', { exact: true }).selectOption('D4');
  await w.getByLabel('Representation').selectOption('irrep:j=1,m=1');
  await w.getByLabel('g', { exact: true }).selectOption({ label: 'r^3' });
  await w.getByLabel('h', { exact: true }).selectOption({ label: 'r s' });
  const shown = async (x: Locator) => ({
    rep: await x.getByLabel('Representation').inputValue(),
    g: await chosen(x, 'g'),
    h: await chosen(x, 'h'),
    rhoG: await heatmap(x, 'rho-g'),
    rhoH: await heatmap(x, 'rho-h'),
  });
  const after = await reopen(before, 'representation-heatmaps', shown);
  const state = await shown(after.widget);
  expect([state.rep, state.g, state.h]).toEqual(['irrep:j=1,m=1', 'r^3', 'r s']);
  const psi = dihedralIrrep(D4, 1, 1);
  const worst = (shownEntries: (string | number | null)[][], m: number[][]) =>
    Math.max(...shownEntries.map(([i, j, v]) => Math.abs(Number(v) - m[Number(i)][Number(j)])));
  expect(state.rhoG).toHaveLength(4);
  expect(worst(state.rhoG, psi.rho(3))).toBe(0); // quarter turns are exact integers
  expect(worst(state.rhoH, psi.rho(5))).toBe(0);
  await after.page.context().close();
});

test('p4 on the drawing: r, the shift t and the moved picture come back', async () => {
  const before = await open(lesson('representations'), 'p4-action');
  const w = before.widget;
  await w.getByLabel('rotation r').selectOption({ label: 'r^2' });
  await w.getByLabel('shift right').focus();
  await before.page.keyboard.press('Home'); // -12
  for (let i = 0; i < 5; i++) await before.page.keyboard.press('ArrowRight'); // -7
  await w.getByLabel('shift up').focus();
  await before.page.keyboard.press('End'); // 12
  await before.page.keyboard.press('ArrowLeft'); // 11
  const shown = async (x: Locator) => ({
    r: await chosen(x, 'rotation r'),
    t: [await x.getByLabel('shift right').inputValue(), await x.getByLabel('shift up').inputValue()],
    Lf: await canvasPixels(x.locator('canvas[data-image="Lf"]')),
  });
  const after = await reopen(before, 'p4-action', shown);
  const state = await shown(after.widget);
  expect([state.r, ...state.t]).toEqual(['r^2', '-7', '11']);
  await after.page.context().close();
});

test('Fourier convolution: the group and every bar of f and k come back', async () => {
  const before = await open(lesson('representations'), 'fourier-convolution');
  const w = before.widget;
  await w.getByLabel('Group', { exact: true }).selectOption('D3');
  await w.getByRole('button', { name: 'Random f and k' }).click();
  await w.locator('[data-function="f"] g[data-element="2"]').focus();
  await before.page.keyboard.press('ArrowUp');
  const bars = (x: Locator, fn: string) =>
    x
      .locator(`[data-function="${fn}"] g[data-element]`)
      .evaluateAll((gs) => gs.map((g) => Number(g.getAttribute('data-value'))));
  const shown = async (x: Locator) => ({
    group: await chosen(x, 'Group'),
    f: await bars(x, 'f'),
    k: await bars(x, 'k'),
    fk: await bars(x, 'f*k'),
  });
  const after = await reopen(before, 'fourier-convolution', shown);
  const state = await shown(after.widget);
  expect(state.group).toBe('D3');
  expect(state.f).toHaveLength(6);
  await after.page.context().close();
});

test('regular representation: group and g come back through the shared store', async () => {
  const before = await open(lesson('representations'), 'regular-block-diagonal');
  const w = before.widget;
  await w.getByLabel('Group', { exact: true }).selectOption('C6');
  await w.getByLabel('g', { exact: true }).selectOption({ label: 'r^5' });
  const shown = async (x: Locator) => ({
    group: await chosen(x, 'Group'),
    g: await chosen(x, 'g'),
    rhoReg: await heatmap(x, 'rho-reg'),
  });
  const after = await reopen(before, 'regular-block-diagonal', shown);
  const state = await shown(after.widget);
  expect([state.group, state.g]).toEqual(['C6', 'r^5']);
  // ρ_reg(r^5) e_b = e_{b+5 mod 6}: entry (a, b) is 1 exactly when a = b + 5 mod 6.
  for (const [i, j, v] of state.rhoReg)
    expect(v, `${i},${j}`).toBe(Number(i) === (Number(j) + 5) % 6 ? 1 : 0);
  await after.page.context().close();
});

test('malformed links fall back to the defaults without errors', async () => {
  const p4 = await open(`${lesson('representations')}#widget=p4-action&r=r%5E9&u=99&v=`, 'p4-action');
  expect(await chosen(p4.widget, 'rotation r')).toBe('r');
  expect(await p4.widget.getByLabel('shift right').inputValue()).toBe('5');
  expect(await p4.widget.getByLabel('shift up').inputValue()).toBe('3');
  expect(p4.errors).toEqual([]);
  await p4.page.context().close();
  const graph = await open(
    `${lesson('groups')}#widget=cayley-graph&group=D5&from=q&walk=r,x&side=up`,
    'cayley-graph',
  );
  expect(await chosen(graph.widget, 'Group')).toBe('C4');
  expect(await graph.widget.getByLabel('Edges', { exact: true }).inputValue()).toBe('right');
  expect(await graph.widget.locator('[data-current]').getAttribute('data-current')).toBe('e');
  expect(graph.errors).toEqual([]);
  await graph.page.context().close();
});

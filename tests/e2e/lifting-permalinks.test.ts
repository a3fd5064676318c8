// "Copy link" and Export on the lifting and group-convolution widgets: the link lands on the
// widget it came from (the right one of two commuting diagrams), restores the page's group, g and
// filter ψ and the widget's own choices, and the restored widget measures the same numbers.
import type { Locator, Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { browserPerFile } from './browser';
import { countColours, exportPng } from './exportHelpers';
import { lesson, permalinkKit } from './permalinkHelpers';

const browser = browserPerFile();
const { open, reopen } = permalinkKit(browser);
const POLL = { timeout: 60_000, interval: 250 };

/** The select whose label starts with `label` (its accessible name also holds the chosen option). */
const select = (w: Locator, label: string) => w.getByRole('combobox', { name: new RegExp(`^${label}`) });
/** The text of its chosen option. */
const chosen = (w: Locator, label: string) =>
  select(w, label).evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent ?? '');

const attr = async (l: Locator, name: string) => (await l.getAttribute(name)) ?? '';
/** A float readout to 3 significant digits: the same work on the same adapter, so it must agree. */
const sig3 = async (l: Locator, name: string) => Number(await attr(l, name)).toPrecision(3);

async function rotation(page: Page, group: string, steps: number, reflect = false): Promise<void> {
  const control = page.locator('[data-widget="rotation-control"]');
  await control.getByRole('combobox', { name: /^Group/ }).selectOption(group);
  if (reflect) await control.getByLabel('Reflect (s)').check();
  for (let k = 0; k < steps; k++) await control.getByRole('button', { name: 'Next group element' }).click();
}

test('commuting diagram: the link picks the lifting diagram, not the plain one, and restores Φ, filters, channel, size and g', async () => {
  const diagram = { name: 'commuting-diagram', instance: 'lift' };
  const before = await open(lesson('lifting'), diagram);
  await rotation(before.page, 'C8', 1); // g = 45°, an element of C8
  const w = before.widget;
  await select(w, 'Φ').selectOption('lift-gconv');
  await select(w, 'Filters').selectOption('smooth');
  await select(w, 'Channel').selectOption({ value: '2' });
  await select(w, 'Size').selectOption('32');
  const readout = (x: Locator) => x.locator('.diagram-readout');
  // Wait for a frame measured with all of the above, then read it.
  await expect
    .poll(async () => [await attr(readout(w), 'data-phi'), await attr(readout(w), 'data-size')], POLL)
    .toEqual(['lift-gconv', '32']);
  await expect.poll(() => attr(readout(w), 'data-angle-deg'), POLL).toBe('45.000');
  const shown = async (x: Locator) => ({
    phi: await chosen(x, 'Φ'),
    filters: await chosen(x, 'Filters'),
    channel: await chosen(x, 'Channel'),
    size: await chosen(x, 'Size'),
    angle: await attr(readout(x), 'data-angle-deg'),
    measuredSize: await attr(readout(x), 'data-size'),
    error: await sig3(readout(x), 'data-rel-error'),
  });
  const after = await reopen(before, diagram, shown);
  expect(await shown(after.widget)).toMatchObject({
    phi: 'lifting → ReLU → group correlation',
    filters: 'smooth (Gaussian-windowed)',
    channel: '3',
    size: '32×32',
    angle: '45.000',
  });
  expect(await after.widget.getAttribute('class')).toContain('widget-linked');
  // The plain-CNN diagram on the same page keeps its own Φ.
  const plain = after.page.locator('[data-widget="commuting-diagram"][data-instance="planar"]');
  expect(await chosen(plain, 'Φ')).toBe('plain CNN layer (planar correlation)');
  await after.page.context().close();
});

test('filter bank: a hand-painted ψ and the group D4 come back, with the same copies', async () => {
  const before = await open(lesson('lifting'), 'filter-bank');
  await rotation(before.page, 'D4', 0);
  const w = before.widget;
  await select(w, 'Filter ψ').selectOption('line');
  // Paint two cells with -0.5: the kernel becomes 'custom'.
  await w.getByLabel('Paint value').focus();
  for (let k = 0; k < 6; k++) await before.page.keyboard.press('ArrowLeft'); // 1 → -0.5 in steps of 0.25
  await w.getByRole('gridcell', { name: /^row 2, column 2:/ }).click();
  await w.getByRole('gridcell', { name: /^row 4, column 3:/ }).click();
  const shown = async (x: Locator) => ({
    source: await chosen(x, 'Filter ψ'),
    cells: await x.locator('[data-value]').evaluateAll((cs) => cs.map((c) => c.getAttribute('data-value'))),
    copies: await x.locator('[data-copy]').count(),
    ratios: await x
      .locator('[data-copy]')
      .evaluateAll((fs) => fs.map((f) => Number(f.getAttribute('data-norm-ratio')).toFixed(4))),
  });
  await expect.poll(async () => (await shown(w)).ratios.every((r) => r !== 'NaN' && r !== '0.0000'), POLL);
  const painted = await shown(w);
  expect(painted.source).toBe('(painted by hand)');
  expect(painted.cells.filter((v) => v === '-0.5')).toHaveLength(2);
  expect(painted.copies).toBe(8);
  const after = await reopen(before, 'filter-bank', shown);
  // D4 moves the cells around exactly: every copy keeps the norm of ψ.
  expect((await shown(after.widget)).ratios.every((r) => r === '1.0000')).toBe(true);
  await after.page.context().close();
});

test('orientation ring: group D4, the mirrored element r s and the corner filter come back', async () => {
  const ring = { name: 'orientation-ring', instance: 'lift' };
  const before = await open(lesson('lifting'), ring);
  await rotation(before.page, 'D4', 1, true); // g = r s
  await select(before.page.locator('[data-widget="filter-bank"]'), 'Filter ψ').selectOption('corner');
  const readout = (x: Locator) => x.locator('[data-verdict]').first();
  await expect.poll(() => attr(readout(before.widget), 'data-filter'), POLL).toBe('corner');
  await expect.poll(() => attr(readout(before.widget), 'data-element'), POLL).toBe('5');
  const shown = async (x: Locator) => ({
    element: await attr(readout(x), 'data-element'),
    angle: await attr(readout(x), 'data-angle-deg'),
    filter: await attr(readout(x), 'data-filter'),
    error: await sig3(readout(x), 'data-rel-error'),
  });
  const after = await reopen(before, ring, shown);
  expect((await shown(after.widget)).element).toBe('5'); // N + k with N = 4, k = 1
  await after.page.context().close();
});

test('plain CNN vs G-CNN: the feature map and a quarter turn come back with the same outputs', async () => {
  const before = await open(lesson('group-convolution'), 'cnn-vs-gcnn');
  await rotation(before.page, 'C4', 1);
  const w = before.widget;
  await select(w, 'Feature map').selectOption({ value: '3' });
  const readout = (x: Locator) => x.locator('[data-plain-error]');
  await expect.poll(() => attr(readout(w), 'data-angle-deg'), POLL).toBe('90.000');
  const shown = async (x: Locator) => ({
    feature: await chosen(x, 'Feature map'),
    angle: await attr(readout(x), 'data-angle-deg'),
    plain: await sig3(readout(x), 'data-plain-error'),
  });
  const after = await reopen(before, 'cnn-vs-gcnn', shown);
  expect((await shown(after.widget)).feature).toBe('4');
  expect(Number(await attr(readout(after.widget), 'data-gcnn-error'))).toBeLessThan(1e-5);
  await after.page.context().close();
});

/** Counts pixels of the exported PNG near each of `colours` ([r, g, b], within 8 per channel). */
async function exportedCounts(page: Page, widget: Locator, name: string, colours: number[][]) {
  return (await countColours(page, await exportPng(page, widget, name), colours)).counts;
}

test('exports: the filter bank saves its copies, the comparison its maps and score bars', async () => {
  const bank = await open(lesson('lifting'), 'filter-bank');
  await select(bank.widget, 'Filter ψ').selectOption('line');
  await expect
    .poll(() => bank.widget.locator('[data-copy="0"]').getAttribute('data-norm-ratio'), POLL)
    .not.toBe('');
  // The diverging map's ends: the line's +1 cells (dark red) in every copy.
  const [positive] = await exportedCounts(bank.page, bank.widget, 'filter-bank', [[0x67, 0x00, 0x1f]]);
  console.log('exported filter bank: +1 cells', positive);
  expect(positive).toBeGreaterThan(4 * 12 * 12); // at least one cell of 12×12 px in each of 4 copies
  await bank.page.context().close();

  const cmp = await open(lesson('group-convolution'), 'cnn-vs-gcnn');
  await expect.poll(() => attr(cmp.widget.locator('[data-plain-error]'), 'data-size'), POLL).not.toBe('');
  const [bars, ink] = await exportedCounts(cmp.page, cmp.widget, 'cnn-vs-gcnn', [
    [0x44, 0x77, 0xaa], // the solid bars (outputs for x)
    [0xfd, 0xe7, 0x25], // the input's ink (viridis at 1)
  ]);
  console.log('exported comparison: bar pixels', bars, 'ink pixels', ink);
  expect(bars).toBeGreaterThan(200);
  expect(ink).toBeGreaterThan(100);
  expect(cmp.errors).toEqual([]);
  await cmp.page.context().close();
});

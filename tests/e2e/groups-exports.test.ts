// Export on the groups and representations widgets (tables, drawings, heatmaps, bar charts): the
// saved PNG holds every view as the page shows it. Each export is checked against the browser's own
// screenshot of the same box (pixel agreement), by the colours that must be in it, and cell by cell
// (background and text where the cell lies). Also the axiom checker's "Copy link".
import type { Locator } from 'playwright-core';
import { expect, test } from 'vitest';
import { browserPerFile } from './browser';
import { exportPng } from './exportHelpers';
import { chosen, lesson, permalinkKit, type Opened } from './permalinkHelpers';

const browser = browserPerFile();
const { open, reopen } = permalinkKit(browser);
const POLL = { timeout: 60_000, interval: 250 };

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
// Light theme (styles.css) and palettes (elementColors.ts, the diverging scale of colormaps.ts), as designed.
const TEXT = rgb('#1c1d22');
const WARN = rgb('#9a5b00');
const CELL_INK = rgb('#111111');
const BLACK = [0, 0, 0];
const WHITE = [255, 255, 255];
const RED_END = [103, 0, 31]; // the ends of the diverging scale (ColorBrewer RdBu, colormaps.ts)
const BLUE_END = [5, 48, 97];
const ROTATION_COLOURS = ['#dddddd', '#cc6677', '#332288', '#ddcc77'].map(rgb);

/** What a probed element of the export holds: its computed background, the export's pixel 4 px
 *  inside its top-left corner, the pixels near its text colour (within 60 per channel: anti-aliased
 *  glyphs) and near each asked colour (within 8) within its box. */
interface Probe {
  bg: number[];
  corner: number[];
  ink: number;
  counts: number[];
}

interface Measured {
  width: number;
  height: number;
  /** Pixels of each asked colour (within 8 per channel) in the whole export. */
  counts: number[];
  probes: Probe[];
  /** Share of the export's pixels that the screenshot has within 1 px, within 40 per channel. */
  agreement: number;
}

/**
 * Presses Export on `o.widget` and measures the PNG it saves against the screenshot of the box
 * `container` (the widget's exported element) and the elements `probe` inside it.
 */
async function exportAndMeasure(
  o: Opened,
  name: string,
  container: string,
  colours: number[][],
  probe = '',
): Promise<Measured> {
  const box = o.widget.locator(container);
  // The sticky top bar would cover the top of a box scrolled to the top of the viewport.
  await o.page.addStyleTag({ content: '.topbar { position: static !important; }' });
  await box.scrollIntoViewIfNeeded();
  const reference = (await box.screenshot()).toString('base64');
  const png = await exportPng(o.page, o.widget, name);
  return box.evaluate(measureInPage, { png, reference, colours, probe });
}

/** Runs in the page: decodes both PNGs and measures (see Measured and Probe). */
async function measureInPage(
  el: Element,
  a: { png: string; reference: string; colours: number[][]; probe: string },
): Promise<Measured> {
  const decode = async (b64: string) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = Object.assign(document.createElement('canvas'), { width: img.width, height: img.height });
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    return { w: img.width, h: img.height, d: ctx.getImageData(0, 0, img.width, img.height).data };
  };
  const out = await decode(a.png);
  const ref = await decode(a.reference);
  const near = (d: Uint8ClampedArray, i: number, c: number[], tol = 8) =>
    Math.abs(d[i] - c[0]) < tol && Math.abs(d[i + 1] - c[1]) < tol && Math.abs(d[i + 2] - c[2]) < tol;
  const parse = (css: string) => (css.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
  /** Pixels near each colour within the export rectangle [x0, x1) × [y0, y1). */
  const count = (cs: number[][], x0: number, y0: number, x1: number, y1: number, tol = 8) => {
    const n = cs.map(() => 0);
    for (let y = Math.max(0, y0); y < Math.min(out.h, y1); y++)
      for (let x = Math.max(0, x0); x < Math.min(out.w, x1); x++)
        cs.forEach((c, k) => near(out.d, 4 * (y * out.w + x), c, tol) && n[k]++);
    return n;
  };
  let agree = 0;
  for (let y = 0; y < out.h; y++)
    for (let x = 0; x < out.w; x++) {
      const c = Array.from(out.d.slice(4 * (y * out.w + x), 4 * (y * out.w + x) + 3));
      let ok = false;
      for (let dy = -1; dy <= 1 && !ok; dy++)
        for (let dx = -1; dx <= 1 && !ok; dx++) {
          const [u, v] = [x + dx, y + dy];
          ok = u >= 0 && v >= 0 && u < ref.w && v < ref.h && near(ref.d, 4 * (v * ref.w + u), c, 40);
        }
      if (ok) agree++;
    }
  const origin = el.getBoundingClientRect();
  const probes = (a.probe ? [...el.querySelectorAll(a.probe)] : []).map((p) => {
    const r = p.getBoundingClientRect();
    const [x0, y0] = [Math.round(r.left - origin.left), Math.round(r.top - origin.top)];
    const [x1, y1] = [x0 + Math.round(r.width), y0 + Math.round(r.height)];
    const s = getComputedStyle(p);
    const i = 4 * ((y0 + 4) * out.w + x0 + 4);
    return {
      bg: parse(s.backgroundColor),
      corner: Array.from(out.d.slice(i, i + 3)),
      ink: count([parse(s.color)], x0, y0, x1, y1, 60)[0],
      counts: count(a.colours, x0, y0, x1, y1),
    };
  });
  return {
    width: out.w,
    height: out.h,
    counts: count(a.colours, 0, 0, out.w, out.h),
    probes,
    agreement: agree / (out.w * out.h),
  };
}

const summary = (m: Measured) => ({
  size: `${m.width}×${m.height}`,
  counts: m.counts,
  agreement: m.agreement,
});
const closeTo = (a: number[], b: number[], tol = 3) => a.every((v, i) => Math.abs(v - b[i]) <= tol);

test('cayley table of D4 with the cosets of ⟨r⟩: every cell in its colour at its place, with its label; H outlined', async () => {
  const o = await open(lesson('groups'), 'cayley-table');
  await o.widget.getByLabel('Group', { exact: true }).selectOption('D4');
  await o.widget.getByLabel('Subgroup H').selectOption('gen:1');
  await expect.poll(() => o.widget.locator('td.in-h').count(), POLL).toBe(32);
  const m = await exportAndMeasure(
    o,
    'cayley-table',
    '.cayley-table',
    [...ROTATION_COLOURS, CELL_INK, TEXT],
    'th, td',
  );
  console.log('cayley-table export', summary(m));
  // 81 cells: 64 products and 17 headers; each cell's background is where the page has it.
  expect(m.probes).toHaveLength(81);
  for (const p of m.probes) expect(closeTo(p.corner, p.bg), `${p.corner} vs ${p.bg}`).toBe(true);
  // Labels in the cells' ink (the corner cell's muted "a·b" included).
  expect(m.probes.filter((p) => p.ink >= 10)).toHaveLength(81);
  // Each rotation r^k fills 10 cells (8 products, 2 headers) of about 40×32 px, less the label.
  for (const n of m.counts.slice(0, 4)) expect(n).toBeGreaterThan(10 * 800);
  expect(m.counts[4]).toBeGreaterThan(60 * 20); // dark labels
  // The 32 products in H (4 columns) outlined inside by 2 px, about 2 · 2 · (40 + 32) px each, and
  // the 3 px lines between the 2 cosets (and at the table's start), in the text colour.
  expect(m.counts[5]).toBeGreaterThan(32 * 200);
  expect(m.agreement).toBeGreaterThan(0.85); // the page's stripes on reflections are not drawn
  expect(o.errors).toEqual([]);
  await o.page.context().close();
});

test('group action: the four pictures of the drawing and their captions', async () => {
  const o = await open(lesson('groups'), 'group-action');
  const ready = () =>
    o.widget.locator('canvas').evaluateAll((cs) =>
      cs.every((c) => {
        const d = (c as HTMLCanvasElement).getContext('2d')!.getImageData(0, 0, 48, 48).data;
        return d.some((v, i) => i % 4 === 0 && v > 200);
      }),
    );
  await expect.poll(ready, POLL).toBe(true);
  const m = await exportAndMeasure(o, 'group-action', '.action-views', [BLACK, WHITE], 'canvas, figcaption');
  console.log('group-action export', summary(m));
  // In page order: picture, caption, picture, caption, ...
  expect(m.probes).toHaveLength(8);
  const pictures = m.probes.filter((_, i) => i % 2 === 0);
  const captions = m.probes.filter((_, i) => i % 2 === 1);
  for (const p of pictures) {
    expect(p.counts[0]).toBeGreaterThan(0.4 * 160 * 160); // the black ground of a 160 px picture
    expect(p.counts[1]).toBeGreaterThan(300); // the letter's white ink
  }
  for (const c of captions) expect(c.ink).toBeGreaterThan(8); // the first is the single letter x
  expect(m.agreement).toBeGreaterThan(0.97);
  expect(o.errors).toEqual([]);
  await o.page.context().close();
});

/** The axiom checker as shown: its cells, its preset and size, its verdicts. */
const axiomState = async (w: Locator) => ({
  cells: await w
    .locator('.axiom-table input')
    .evaluateAll((xs) => xs.map((x) => (x as HTMLInputElement).value)),
  preset: await chosen(w, 'Start from'),
  size: await chosen(w, 'Size'),
  verdicts: await w.locator('[data-axiom]').evaluateAll((xs) => xs.map((x) => x.getAttribute('data-state'))),
  group: await w.locator('[data-group]').getAttribute('data-group'),
});

test('axiom checker: the export shows every typed cell and the flagged one; the link restores the edited table', async () => {
  const o = await open(lesson('groups'), 'axiom-checker');
  const w = o.widget;
  await w.getByLabel('Size').selectOption('4');
  await w.getByLabel('a·b', { exact: true }).fill('d'); // not in the set: closure fails here
  await w.getByLabel('c·c', { exact: true }).fill(';,'); // separators of the link's format
  await expect.poll(() => w.locator('td.flagged input').getAttribute('aria-label'), POLL).toBe('a·b');
  const m = await exportAndMeasure(o, 'axiom-checker', '.axiom-table', [WARN, TEXT], 'input');
  console.log('axiom-checker export', summary(m), 'ink per input', m.probes.map((p) => p.ink).join(' '));
  expect(m.probes).toHaveLength(16);
  for (const p of m.probes) expect(p.ink).toBeGreaterThan(8); // a symbol in every input
  // The flagged input's 3 px border, about 40 px a side: at least half of it in the exact colour
  // (cells sit at half pixels, so its edges are anti-aliased), and nothing else in that colour.
  const flagged = (await w.locator('td.flagged input').boundingBox())!;
  const ring = 3 * 2 * (flagged.width + flagged.height);
  expect(m.counts[0]).toBeGreaterThan(0.5 * ring);
  expect(m.counts[0]).toBeLessThan(ring);
  expect(m.agreement).toBeGreaterThan(0.97);

  const edited = await axiomState(w);
  expect(edited).toMatchObject({ preset: '(your table)', size: '4 × 4', group: 'false' });
  expect(edited.cells[1 * 4 + 2]).toBe('d');
  expect(edited.cells[3 * 4 + 3]).toBe(';,');
  const after = await reopen(o, 'axiom-checker', axiomState);
  expect((await axiomState(after.widget)).verdicts).toEqual(['fails', 'ok', 'ok', 'skipped']);
  await after.page.context().close();
});

test('axiom checker: a link naming a preset opens it; malformed links open the default table without errors', async () => {
  const c3 = ['e', 'a', 'b', 'a', 'b', 'e', 'b', 'e', 'a'];
  const links = [
    ['preset=klein', ['e', 'a', 'b', 'c', 'a', 'e', 'c', 'b', 'b', 'c', 'e', 'a', 'c', 'b', 'a', 'e']],
    ['table=e,a,b;a,b%ZZ,e;b,e,a', c3], // a broken %-escape
    // No 2 × 2 size, a table that is not square, a cell longer than an input takes: the codec's unit
    // tests (tests/unit/ui/group/linkState.test.ts) cover those; one page load here is enough.
    ['table=e,a,b;a,bee,e;b,e,a', c3],
    ['preset=nope&table=', c3],
  ] as const;
  for (const [hash, cells] of links) {
    const o = await open(`${lesson('groups')}#widget=axiom-checker&${hash}`, 'axiom-checker', false);
    const shown = await axiomState(o.widget);
    expect(shown.cells, hash).toEqual(cells);
    expect(shown.group, hash).toBe('true');
    expect(o.errors, hash).toEqual([]);
    await o.page.context().close();
  }
});

/** Entries of the widget's heatmaps equal to v, and the side of one heatmap cell. */
async function entries(w: Locator, v: number, matrix = '') {
  const cells = w.locator(`${matrix ? `[data-matrix="${matrix}"] ` : ''}g[data-value="${v}"] rect`);
  const side = (await w.locator('g[data-i] rect').first().boundingBox())!.width;
  return { n: await cells.count(), side };
}

test('representation heatmaps of a 2-dimensional irrep of D4: the ±1 cells, the numbers, the typeset captions', async () => {
  const o = await open(lesson('representations'), 'representation-heatmaps');
  const w = o.widget;
  await w.getByLabel('Group', { exact: true }).selectOption('D4');
  await w.getByLabel('Representation').selectOption('irrep:j=1,m=1');
  await w.getByLabel('g', { exact: true }).selectOption({ label: 'r' });
  await w.getByLabel('h', { exact: true }).selectOption({ label: 's' });
  const plus = await entries(w, 1);
  const minus = await entries(w, -1);
  const m = await exportAndMeasure(
    o,
    'representation-heatmaps',
    '.rep-views',
    [RED_END, BLUE_END],
    '.heatmap svg, figcaption',
  );
  console.log('representation-heatmaps export', summary(m), { plus, minus });
  // ρ(r) and ρ(s) each hold one −1; ρ(r)ρ(s) = ρ(rs) is a permutation (the difference holds none).
  expect([plus.n, minus.n]).toEqual([6, 2]);
  // Every ±1 cell in its colour, less its white number (the legend adds a few pixels).
  expect(m.counts[0]).toBeGreaterThan(0.75 * plus.n * plus.side ** 2);
  expect(m.counts[1]).toBeGreaterThan(0.75 * minus.n * minus.side ** 2);
  // In page order: map, caption, map, caption, ...; the difference map (the last) stays pale.
  expect(m.probes).toHaveLength(10);
  expect(m.probes[8].counts).toEqual([0, 0]);
  for (const c of m.probes.filter((_, i) => i % 2 === 1)) expect(c.ink).toBeGreaterThan(20); // KaTeX
  expect(m.agreement).toBeGreaterThan(0.97);
  expect(o.errors).toEqual([]);
  await o.page.context().close();
});

test('p4 action: both pictures with the probe marks, orange at x and blue at r⁻¹(x − t)', async () => {
  const o = await open(lesson('representations'), 'p4-action');
  const out = o.widget.locator('[data-image="Lf"]');
  await expect.poll(() => out.evaluate((c: HTMLCanvasElement) => c.width), POLL).toBe(33);
  const box = (await out.boundingBox())!;
  await out.click({ position: { x: box.width / 2, y: box.height / 2 } }); // the centre pixel
  await expect.poll(() => o.widget.locator('.probe-readout').count(), POLL).toBe(1);
  const orange = rgb('#ff9f1c');
  const blue = rgb('#56b4e9');
  const m = await exportAndMeasure(o, 'p4-action', '.rep-views', [orange, blue, BLACK, WHITE], 'canvas');
  console.log('p4-action export', summary(m));
  const pixel = 231 / 33; // one image pixel is 7 × 7 on the page
  expect(m.counts[0]).toBeGreaterThan(0.8 * pixel ** 2);
  expect(m.counts[1]).toBeGreaterThan(0.8 * pixel ** 2);
  for (const p of m.probes) {
    expect(p.counts[2]).toBeGreaterThan(0.3 * 231 * 231); // the black ground
    expect(p.counts[3]).toBeGreaterThan(300); // the letter
  }
  expect(m.agreement).toBeGreaterThan(0.97);
  expect(o.errors).toEqual([]);
  await o.page.context().close();
});

test('regular representation of D4 taken apart: ρ_reg(g), its blocks outlined, and the Fourier basis', async () => {
  const o = await open(lesson('representations'), 'regular-block-diagonal');
  const w = o.widget;
  await w.getByLabel('Group', { exact: true }).selectOption('D4');
  await w.getByLabel('g', { exact: true }).selectOption({ label: 'r s' });
  const ones = await entries(w, 1, 'rho-reg');
  const m = await exportAndMeasure(
    o,
    'regular-block-diagonal',
    '.rep-views',
    [RED_END, CELL_INK],
    'figcaption, svg',
  );
  console.log('regular-block-diagonal export', summary(m), ones);
  expect(ones.n).toBe(8); // a permutation matrix
  expect(m.counts[0]).toBeGreaterThan(0.75 * ones.n * ones.side ** 2);
  // The block outlines (2.5 px, #111111) around the irreducible blocks: at least their perimeters.
  const blocks = await w
    .locator('[data-block]')
    .evaluateAll((bs) =>
      bs.reduce((s, b) => s + 2 * (b.getBoundingClientRect().width + b.getBoundingClientRect().height), 0),
    );
  expect(m.counts[1]).toBeGreaterThan(blocks);
  const captions = m.probes.filter((_, i) => i % 2 === 1);
  for (const c of captions.slice(0, 3)) expect(c.ink).toBeGreaterThan(20);
  expect(m.agreement).toBeGreaterThan(0.97);
  expect(o.errors).toEqual([]);
  await o.page.context().close();
});

test('fourier convolution: the three bar charts and the coefficient table with its typeset entries', async () => {
  const o = await open(lesson('representations'), 'fourier-convolution');
  const w = o.widget;
  await w.getByLabel('Group', { exact: true }).selectOption('D4');
  await expect.poll(() => w.locator('tr[data-irrep]').count(), POLL).toBe(5);
  const m = await exportAndMeasure(
    o,
    'fourier-convolution',
    '.rep-views',
    ROTATION_COLOURS,
    'td, th, caption, figcaption',
  );
  console.log(
    'fourier-convolution export',
    summary(m),
    'ink per probe',
    m.probes.map((p) => p.ink).join(' '),
  );
  // Bars of r, r^2, r^3 (one per chart and element) in the element colours; e is pale grey.
  for (const n of m.counts.slice(1)) expect(n).toBeGreaterThan(3 * 50);
  // 5 irreps × 3 coefficients, 4 + 5 headers, the table caption and 3 figure captions: all with text.
  expect(m.probes).toHaveLength(15 + 9 + 1 + 3);
  for (const p of m.probes) expect(p.ink).toBeGreaterThan(10);
  expect(m.agreement).toBeGreaterThan(0.97);
  expect(o.errors).toEqual([]);
  await o.page.context().close();
});

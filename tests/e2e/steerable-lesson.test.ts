// The steerable-vectors lesson's widgets, driven as a student would on the built site: drag, slide,
// click, then read the error readouts (exact results must sit at float64 round-off).
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { baseUrl, launch, openPage, screenshot } from './browser';
import { shootWidget } from './lessonHelpers';

const ROUND_OFF = 1e-9;

let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  browser = await launch();
  ({ page, errors } = await openPage(browser, 1400, 1000));
  await page.goto(`${baseUrl()}/lessons/steerable-vectors`);
  await page.locator('article.lesson h1').waitFor();
});
afterAll(async () => {
  await browser?.close();
});

const widget = (name: string) => page.locator(`[data-widget="${name}"]`);

/** The raw number behind an error readout. */
async function readError(w: Locator, name: string): Promise<number> {
  return Number(await w.locator(`[data-error-name="${name}"]`).getAttribute('data-error'));
}

/** Press the pointer at (fx, fy) of the element's box and drag by (dx, dy) pixels in steps. */
async function drag(target: Locator, dx: number, dy: number, fx = 0.5, fy = 0.5): Promise<void> {
  const box = (await target.boundingBox())!;
  const x = box.x + box.width * fx;
  const y = box.y + box.height * fy;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 8; i++) await page.mouse.move(x + (dx * i) / 8, y + (dy * i) / 8);
  await page.mouse.up();
}

async function shoot(w: Locator, name: string): Promise<void> {
  await w.scrollIntoViewIfNeeded();
  await screenshot(page, name);
}

describe('the sphere as SO(3)/SO(2)', () => {
  test('a clicked point gets its coset and its stabilizer; the stabilizer of x̂ moves n along x = 0', async () => {
    const w = widget('sphere-quotient');
    await w.scrollIntoViewIfNeeded();
    const view = w.locator('svg.sphere-quotient-view');
    const readout = w.locator('.sphere-quotient-readout');
    // Move p to longitude 0°, latitude 0° (the point x̂) with the keys: from (40°, 20°), 4 left, 2 down.
    await view.focus();
    for (const k of ['ArrowLeft', 'ArrowLeft', 'ArrowLeft', 'ArrowLeft', 'ArrowDown', 'ArrowDown'])
      await page.keyboard.press(k);
    await expect.poll(() => readout.getAttribute('data-p')).toBe('0,0');
    await w.getByLabel('Rotations drawn').selectOption('4');
    // Rotations about x̂ by 0, 90, 180, 270 degrees send n = ẑ to ẑ, −ŷ, −ẑ, ŷ (worked by hand); only
    // ẑ faces the viewer (the view looks from 25° above the equator at longitude 0°).
    const positions = await w
      .locator('[data-rotation^="stabilizer-"]')
      .evaluateAll((gs) => gs.map((g) => [g.getAttribute('data-rotation'), g.getAttribute('data-position')]));
    const expected: Record<string, number[]> = {
      'stabilizer-0': [0, 0, 1],
      'stabilizer-1': [0, -1, 0],
      'stabilizer-2': [0, 0, -1],
      'stabilizer-3': [0, 1, 0],
    };
    expect(positions).toHaveLength(4);
    expect(
      await w.locator('[data-rotation^="stabilizer-"][data-visible="true"]').getAttribute('data-rotation'),
    ).toBe('stabilizer-0');
    for (const [name, at] of positions) {
      const p = at!.split(',').map(Number);
      expect(Math.hypot(...p.map((v, i) => v - expected[name!][i])), name!).toBeLessThan(1e-12);
    }
    expect(Number(await readout.getAttribute('data-max-error'))).toBeLessThan(1e-12);
    // A click on the sphere's centre picks the point facing the viewer (longitude 0°, latitude 25°).
    const box = (await view.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => readout.getAttribute('data-p')).toBe('0,25');
    await shootWidget(w, 'steerable-sphere-quotient');
  });
});

describe('sphere view of spherical harmonics', () => {
  test('dragging the sphere turns the coefficients by D^l(R), to round-off', async () => {
    const w = widget('spherical-harmonic-sphere');
    await w.scrollIntoViewIfNeeded();
    expect(await readError(w, 'coefficients')).toBeLessThan(ROUND_OFF);
    const before = await w.locator('.readout-note').textContent();
    await drag(w.locator('canvas.sphere-canvas'), 70, 40);
    await expect.poll(() => w.locator('.readout-note').textContent()).not.toBe(before);
    expect(await readError(w, 'coefficients')).toBeLessThan(ROUND_OFF);
    await w.getByLabel('Degree l').selectOption('5');
    await w.getByLabel('c_-3', { exact: true }).fill('0.6');
    await drag(w.locator('canvas.sphere-canvas'), -50, 90);
    expect(await readError(w, 'coefficients')).toBeLessThan(ROUND_OFF);
    await shoot(w, 'steerable-sphere');
  });
});

describe('plane warm-up: the gradient is a type-1 field', () => {
  test('moving and turning the arrows is exact at any angle; moving them only is wrong', async () => {
    const w = widget('plane-gradient-field');
    await w.scrollIntoViewIfNeeded();
    await w.locator('[data-error-name="turned"]').waitFor();
    for (const angle of ['90', '137.5', '301']) {
      await w.getByLabel('Rotation angle theta').fill(angle);
      await expect
        .poll(() => w.locator('figcaption').nth(1).textContent())
        .toContain(`${Number(angle).toFixed(1)}°`);
      expect(await readError(w, 'turned')).toBeLessThan(ROUND_OFF);
      expect(await readError(w, 'positions-only')).toBeGreaterThan(0.1);
    }
    expect(await w.locator('[data-arrows="field-arrow-carried"] line').count()).toBeGreaterThan(10);
    await w.getByText('move positions only').click();
    expect(await w.locator('[data-arrows="field-arrow-wrong"] line').count()).toBeGreaterThan(10);
    await w.getByLabel('Drawing', { exact: true }).selectOption({ label: 'Letter R' });
    await expect.poll(() => readError(w, 'positions-only')).toBeGreaterThan(0.1);
    expect(await readError(w, 'turned')).toBeLessThan(ROUND_OFF);
    await drag(w.locator('svg.rotation-dial'), 0, -40, 0.9, 0.5);
    expect(await readError(w, 'turned')).toBeLessThan(ROUND_OFF);
    await w.getByLabel('Rotation angle theta').fill('120');
    await shoot(w, 'steerable-plane-field');
    await w.getByText('move positions only').click();
  });
});

describe('Wigner-D explorer', () => {
  test('sliders, Euler angles and dragging keep D(R1)D(R2) = D(R1R2) at round-off', async () => {
    const w = widget('wigner-d-explorer');
    await w.scrollIntoViewIfNeeded();
    const cells = w.locator('[data-heatmap="d1"] rect');
    expect(await cells.count()).toBe(25 + 1); // 5x5 cells and the frame, for l = 2
    const note = () => w.locator('.readout-note').textContent();
    let before = await note();
    await w.getByLabel('Rotation angle').fill('150');
    await expect.poll(note).not.toBe(before);
    expect(await readError(w, 'homomorphism')).toBeLessThan(ROUND_OFF);
    await w.getByLabel('Degree l').selectOption('4');
    expect(await w.locator('[data-heatmap="difference"] rect').count()).toBe(81 + 1);
    await w.getByText('Euler angles (ZYZ)').click();
    before = await note();
    await w.getByLabel('Euler angle beta').fill('75');
    await expect.poll(note).not.toBe(before);
    expect(await readError(w, 'homomorphism')).toBeLessThan(ROUND_OFF);
    expect(await readError(w, 'orthogonality')).toBeLessThan(ROUND_OFF);
    before = await note();
    await drag(w.locator('svg.trackball-view'), 40, -30);
    await expect.poll(note).not.toBe(before);
    await w.getByRole('button', { name: 'New random R₂' }).click();
    expect(await readError(w, 'homomorphism')).toBeLessThan(ROUND_OFF);
    await w.getByLabel('Degree l').selectOption('1');
    expect(await readError(w, 'type-one')).toBeLessThan(ROUND_OFF);
    await w.getByLabel('Degree l').selectOption('3');
    await shoot(w, 'steerable-wigner-d');
  });
});

describe('Clebsch-Gordan lab', () => {
  test('lists the allowed J, and each block turns by D^J when the inputs turn', async () => {
    const w = widget('clebsch-gordan-lab');
    await w.scrollIntoViewIfNeeded();
    const allowed = () => w.locator('[data-allowed-j]').getAttribute('data-allowed-j');
    expect(await allowed()).toBe('0,1,2');
    await w.getByLabel('u_0', { exact: true }).fill('-0.7');
    await w.getByLabel('v_1', { exact: true }).fill('0.45');
    await drag(w.locator('svg.trackball-view'), 60, 25);
    expect(await readError(w, 'blocks')).toBeLessThan(ROUND_OFF);
    expect(await readError(w, 'dot')).toBeLessThan(ROUND_OFF);
    expect(await readError(w, 'cross')).toBeLessThan(ROUND_OFF);
    await w.getByLabel('Degree l1').selectOption('3');
    await w.getByLabel('Degree l2').selectOption('2');
    expect(await allowed()).toBe('1,2,3,4,5');
    expect(await w.locator('[data-heatmap^="coupling-"]').count()).toBe(5);
    // C(3,2 -> 5) is 11 x 35: 385 cells and the frame.
    expect(await w.locator('[data-heatmap="coupling-5"] rect').count()).toBe(385 + 1);
    await w.getByLabel('v_-2', { exact: true }).fill('0.9');
    await w.getByRole('button', { name: 'Random rotation' }).click();
    expect(await readError(w, 'blocks')).toBeLessThan(ROUND_OFF);
    expect(await readError(w, 'orthogonality')).toBeLessThan(ROUND_OFF);
    await w.getByLabel('Degree l1').selectOption('1');
    await w.getByLabel('Degree l2').selectOption('1');
    await shoot(w, 'steerable-clebsch-gordan');
  });
});

describe('steerable point-cloud layer', () => {
  test('turning the cloud keeps scalars and turns the arrows, to round-off; atoms can be dragged', async () => {
    const w = widget('steerable-point-cloud');
    await w.scrollIntoViewIfNeeded();
    const views = w.locator('svg.cloud-view');
    expect(await views.count()).toBe(2);
    expect(await views.nth(0).locator('.cloud-arrow').count()).toBe(3); // water: an arrow on every atom
    expect(await views.nth(1).locator('.cloud-arrow').count()).toBe(0); // invariant layer: no vectors
    const angle = () => w.locator('[data-rotation-angle]').getAttribute('data-rotation-angle');
    const before = await angle();
    await drag(views.nth(0), 80, -50, 0.1, 0.1);
    await expect.poll(angle).not.toBe(before);
    expect(await readError(w, 'vectors')).toBeLessThan(ROUND_OFF);
    expect(await readError(w, 'scalars')).toBeLessThan(ROUND_OFF);
    expect(await readError(w, 'invariant')).toBeLessThan(ROUND_OFF);
    // Drag the first atom (the oxygen) to a new place: the outputs change, equivariance stays.
    const value = () => views.nth(0).locator('[data-atom="1"] .atom-value').textContent();
    const valueBefore = await value();
    const core = views.nth(0).locator('[data-atom="0"] .atom-core');
    await drag(core, 25, 30);
    await expect.poll(value).not.toBe(valueBefore);
    expect(await readError(w, 'vectors')).toBeLessThan(ROUND_OFF);
    await w.getByLabel('Point cloud preset').selectOption('random');
    await drag(views.nth(1), -60, 70, 0.1, 0.9);
    expect(await readError(w, 'vectors')).toBeLessThan(ROUND_OFF);
    expect(await readError(w, 'scalars')).toBeLessThan(ROUND_OFF);
    await shoot(w, 'steerable-point-cloud');
    await w.getByLabel('Point cloud preset').selectOption('methane');
    await drag(views.nth(0), 40, 40, 0.1, 0.1);
    expect(await readError(w, 'vectors')).toBeLessThan(ROUND_OFF);
  });
});

describe('bandwidth and nonlinearity', () => {
  /** The plotted points of one series as (b, error) pairs. */
  async function series(w: Locator, key: string): Promise<{ b: number; error: number }[]> {
    return w
      .locator(`[data-series="${key}"] path[data-x]`)
      .evaluateAll((els) =>
        els.map((e) => ({ b: Number(e.getAttribute('data-x')), error: Number(e.getAttribute('data-y')) })),
      );
  }

  test('one point per b; exact without σ, exact for x² from b = 2b0 - 2, decreasing for tanh and ReLU', async () => {
    const w = widget('bandwidth-nonlinearity');
    await w.scrollIntoViewIfNeeded();
    await w.getByLabel('Input bandwidth b0').selectOption('3');
    const bs = Array.from({ length: 14 }, (_, i) => i + 3); // b = 3..16
    for (const key of ['identity', 'square', 'tanh', 'relu'])
      expect((await series(w, key)).map((p) => p.b)).toEqual(bs);
    for (const p of await series(w, 'identity')) expect(p.error).toBeLessThan(ROUND_OFF);
    const square = await series(w, 'square');
    expect(square[0].error).toBeGreaterThan(1e-3); // b = 3 < 2b0 - 2 = 4: aliased
    for (const p of square.slice(1)) expect(p.error).toBeLessThan(ROUND_OFF);
    expect(await w.locator('[data-square-exact-from]').getAttribute('data-square-exact-from')).toBe('4');
    for (const key of ['tanh', 'relu']) {
      const pts = await series(w, key);
      for (const p of pts) expect(p.error).toBeGreaterThan(1e-6); // aliasing, far above round-off
      expect(pts[pts.length - 1].error).toBeLessThan(pts[0].error / 4);
    }
    const tanh = await series(w, 'tanh');
    const relu = await series(w, 'relu');
    expect(tanh[tanh.length - 1].error).toBeLessThan(relu[relu.length - 1].error); // smooth σ: faster decay
    await shoot(w, 'steerable-bandwidth');

    await w.getByText('input fills the band').click();
    const filled = await series(w, 'relu');
    expect(filled.map((p) => p.b)).toEqual(Array.from({ length: 15 }, (_, i) => i + 2));
    for (const p of filled.slice(1)) expect(p.error).toBeGreaterThan(1e-2); // no grid is fine enough
    for (const p of await series(w, 'identity')) expect(p.error).toBeLessThan(ROUND_OFF);

    const download = page.waitForEvent('download');
    await w.getByRole('button', { name: 'Export' }).click();
    expect((await download).suggestedFilename()).toBe('bandwidth-nonlinearity.svg');
  });
});

test('dark theme and a phone-sized screen: screenshots of every widget', async () => {
  const { page: dark, errors: darkErrors } = await openPage(browser, 1280, 900);
  await dark.emulateMedia({ colorScheme: 'dark' });
  await dark.goto(`${baseUrl()}/lessons/steerable-vectors`);
  const names = [
    'plane-gradient-field',
    'wigner-d-explorer',
    'spherical-harmonic-sphere',
    'bandwidth-nonlinearity',
    'clebsch-gordan-lab',
    'steerable-point-cloud',
  ];
  for (const name of names) {
    const w = dark.locator(`[data-widget="${name}"]`);
    await w.locator('.widget-readout').waitFor();
    await w.scrollIntoViewIfNeeded();
    await w.screenshot({ path: `artifacts/screenshots/steerable-dark-${name}.png` });
  }
  await dark.setViewportSize({ width: 390, height: 844 });
  for (const name of ['spherical-harmonic-sphere', 'steerable-point-cloud']) {
    const w = dark.locator(`[data-widget="${name}"]`);
    await w.scrollIntoViewIfNeeded();
    await w.screenshot({ path: `artifacts/screenshots/steerable-phone-${name}.png` });
  }
  expect(darkErrors).toEqual([]);
  await dark.context().close();
});

test('a copied link restores a widget`s state', async () => {
  const { page: linked, errors: linkErrors } = await openPage(browser);
  const hash = new URLSearchParams({
    widget: 'clebsch-gordan-lab',
    l1: '2',
    l2: '1',
    u: '0.1,0.2,0.3,0.4,0.5',
    v: '-1,0,1',
    r: '0.3,1.1,-0.4',
  });
  await linked.goto(`${baseUrl()}/lessons/steerable-vectors#${hash}`);
  const w = linked.locator('[data-widget="clebsch-gordan-lab"]');
  await expect.poll(() => w.locator('[data-allowed-j]').getAttribute('data-allowed-j')).toBe('1,2,3');
  expect(await w.getByLabel('u_2', { exact: true }).inputValue()).toBe('0.5');
  expect(Number(await w.locator('[data-error-name="blocks"]').getAttribute('data-error'))).toBeLessThan(
    ROUND_OFF,
  );
  expect(linkErrors).toEqual([]);
  await linked.context().close();
});

test('no console errors on the page', () => {
  expect(errors, errors.join('\n')).toEqual([]);
});

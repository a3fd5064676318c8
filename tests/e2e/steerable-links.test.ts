// "Copy link" on the steerable-vectors widgets: the state set through the controls (and, for the
// plane field, the drawing) comes back in a fresh browser; a damaged or absurd link gives the
// widget's defaults without a console error.
import type { Locator, Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { browserPerFile } from './browser';
import { chosen, lesson, permalinkKit } from './permalinkHelpers';

const browser = browserPerFile();
const { open, reopen, copiedLink } = permalinkKit(browser);
const LESSON = lesson('steerable-vectors');
const POLL = { timeout: 60_000, interval: 250 };

/** Press the pointer at (fx, fy) of the element's box and drag by (dx, dy) pixels in steps. */
async function drag(page: Page, target: Locator, dx: number, dy: number, fx = 0.5, fy = 0.5) {
  const box = (await target.boundingBox())!;
  const x = box.x + box.width * fx;
  const y = box.y + box.height * fy;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 8; i++) await page.mouse.move(x + (dx * i) / 8, y + (dy * i) / 8);
  await page.mouse.up();
}

const positionsOnlyBox = (w: Locator) => w.getByRole('checkbox', { name: 'move positions only' });

const errorOf = (w: Locator, name: string) =>
  w.locator(`[data-error-name="${name}"]`).getAttribute('data-error');

/** What the plane field shows: angle, arrow mode, drawing (its menu entry and its pixels) and errors. */
const planeShown = async (w: Locator) => ({
  caption: await w.locator('figcaption').nth(1).textContent(),
  positionsOnly: await positionsOnlyBox(w).isChecked(),
  drawing: await chosen(w, 'Drawing'),
  pixels: await w.locator('figure.field-panel image').first().getAttribute('href'),
  wrongArrows: (await w.locator('[data-arrows="field-arrow-wrong"] line').count()) > 10,
  positionsOnlyError: Number(await errorOf(w, 'positions-only')).toPrecision(6),
});

test('plane field: angle, "positions only" and the drawing come back from the link', async () => {
  const before = await open(LESSON, 'plane-gradient-field');
  const w = before.widget;
  await w.locator('[data-error-name="turned"]').waitFor();
  const defaultPixels = await w.locator('figure.field-panel image').first().getAttribute('href');
  await w.getByLabel('Drawing', { exact: true }).selectOption({ label: 'Letter R' });
  await expect
    .poll(() => w.locator('figure.field-panel image').first().getAttribute('href'), POLL)
    .not.toBe(defaultPixels);
  await w.getByLabel('Rotation angle theta').fill('137.5');
  await positionsOnlyBox(w).check();
  await expect.poll(() => w.locator('figcaption').nth(1).textContent()).toContain('137.5°');
  const link = await copiedLink(before);
  const hash = new URLSearchParams(new URL(link).hash.slice(1));
  expect(hash.get('theta')).toBe('137.50');
  expect(hash.get('positionsOnly')).toBe('true');
  expect(hash.get('drawing')).toBeTruthy();

  const after = await reopen(before, 'plane-gradient-field', planeShown);
  const shown = await planeShown(after.widget);
  expect(shown.drawing).toBe('Letter R');
  expect(shown.pixels).not.toBe(defaultPixels);
  expect(shown.positionsOnly).toBe(true);
  expect(shown.caption).toContain('137.5°');
  await after.page.context().close();
});

test('Wigner-D explorer: degree, Euler mode and both rotations come back', async () => {
  const before = await open(LESSON, 'wigner-d-explorer');
  const w = before.widget;
  await w.getByLabel('Degree l').selectOption('3');
  await w.getByText('Euler angles (ZYZ)').click();
  await w.getByLabel('Euler angle beta').fill('75');
  await w.getByRole('button', { name: 'New random R₂' }).click();
  const shown = async (x: Locator) => ({
    l: await x.getByLabel('Degree l').inputValue(),
    euler: await x.getByRole('radio', { name: 'Euler angles (ZYZ)' }).isChecked(),
    beta: Number(await x.getByLabel('Euler angle beta').inputValue()),
    note: await x.locator('.readout-note').textContent(),
  });
  const after = await reopen(before, 'wigner-d-explorer', shown);
  expect(await shown(after.widget)).toMatchObject({ l: '3', euler: true, beta: 75 });
  await after.page.context().close();
});

test('spherical harmonic sphere: degree, coefficients and rotation come back', async () => {
  const sphere = await open(LESSON, 'spherical-harmonic-sphere');
  await sphere.widget.getByLabel('Degree l').selectOption('3');
  await sphere.widget.getByLabel('c_-2', { exact: true }).fill('0.6');
  await drag(sphere.page, sphere.widget.locator('canvas.sphere-canvas'), 60, 30);
  const sphereShown = async (x: Locator) => ({
    l: await x.getByLabel('Degree l').inputValue(),
    c: await x.getByLabel('c_-2', { exact: true }).inputValue(),
    note: (await x.locator('.readout-note').textContent())?.replace(/\s+/g, ' '),
  });
  await (await reopen(sphere, 'spherical-harmonic-sphere', sphereShown)).page.context().close();
});

test('point cloud: preset, atoms and rotation come back', async () => {
  const cloud = await open(LESSON, 'steerable-point-cloud');
  await cloud.widget.getByLabel('Point cloud preset').selectOption('methane');
  await drag(cloud.page, cloud.widget.locator('svg.cloud-view').first(), 50, -40, 0.1, 0.1);
  const angleOf = async (x: Locator) =>
    Number(await x.locator('[data-rotation-angle]').getAttribute('data-rotation-angle'));
  const cloudShown = async (x: Locator) => ({
    preset: await chosen(x, 'Point cloud preset'),
    atoms: await x.locator('svg.cloud-view').first().locator('[data-atom]').count(),
  });
  const turned = await angleOf(cloud.widget);
  const cloudAfter = await reopen(cloud, 'steerable-point-cloud', cloudShown);
  expect(await cloudShown(cloudAfter.widget)).toEqual({ preset: 'Methane-like (CH₄)', atoms: 5 });
  // The rotation travels as Euler angles with six decimals.
  expect(Math.abs((await angleOf(cloudAfter.widget)) - turned)).toBeLessThan(1e-4);
  await cloudAfter.page.context().close();
});

test('bandwidth and nonlinearity: b0, mode and seed come back', async () => {
  const band = await open(LESSON, 'bandwidth-nonlinearity');
  await band.widget.getByLabel('Input bandwidth b0').selectOption('3');
  await band.widget.getByRole('button', { name: 'New function and rotation' }).click();
  const fills = (x: Locator) => x.getByRole('radio', { name: /input fills the band/ });
  await fills(band.widget).check();
  const bandShown = async (x: Locator) => ({
    b0: await x.getByLabel('Input bandwidth b0').inputValue(),
    fill: await fills(x).isChecked(),
    notes: await x.locator('.readout-note').allTextContents(),
  });
  const bandAfter = await reopen(band, 'bandwidth-nonlinearity', bandShown);
  expect(await bandShown(bandAfter.widget)).toMatchObject({ b0: '3', fill: true });
  await bandAfter.page.context().close();
});

test('plane field: theta=1e308&positionsOnly=-Infinity gives the defaults, with no console error', async () => {
  // theta=1e308 used to reach the SVG as rotate(-Infinity).
  const plane = await open(
    `${LESSON}#widget=plane-gradient-field&theta=1e308&positionsOnly=-Infinity`,
    'plane-gradient-field',
  );
  await plane.widget.locator('[data-error-name="turned"]').waitFor({ timeout: 60_000 });
  expect(await plane.widget.locator('figcaption').nth(1).textContent()).toContain('36.0°');
  expect(await positionsOnlyBox(plane.widget).isChecked()).toBe(false);
  expect(await plane.widget.locator('image[transform*="Infinity"], image[transform*="NaN"]').count()).toBe(0);
  expect(plane.errors).toEqual([]);
  await plane.page.context().close();
});

test('point cloud and sphere: absurd values in links give the defaults, with no console error', async () => {
  const cloud = await open(
    `${LESSON}#widget=steerable-point-cloud&preset=random&elements=OH&positions=0,0,1e308,1,0,0&r=1e308,0,0`,
    'steerable-point-cloud',
  );
  await expect.poll(() => chosen(cloud.widget, 'Point cloud preset'), POLL).toBe('Water-like (H₂O)');
  expect(await cloud.widget.locator('svg.cloud-view').first().locator('[data-atom]').count()).toBe(3);
  expect(Number(await errorOf(cloud.widget, 'vectors'))).toBeLessThan(1e-9);
  expect(cloud.errors).toEqual([]);
  await cloud.page.context().close();

  const sphere = await open(
    `${LESSON}#widget=spherical-harmonic-sphere&l=9&c=1e308,0,0,0,0&r=NaN,0,0`,
    'spherical-harmonic-sphere',
  );
  expect(await sphere.widget.getByLabel('Degree l').inputValue()).toBe('2');
  expect(await sphere.widget.getByLabel('c_1', { exact: true }).inputValue()).toBe('1');
  expect(Number(await errorOf(sphere.widget, 'coefficients'))).toBeLessThan(1e-9);
  expect(sphere.errors).toEqual([]);
  await sphere.page.context().close();
});

// The drawing travels in the links of the widgets that compute on it: a student's strokes come
// back in a fresh browser with the same measured error; a reader who had a drawing of their own
// is told, and Undo brings theirs back; a damaged drawing in a link is refused with a message.
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { browserPerFile } from './browser';
import { mouseStroke } from './exportHelpers';
import { lesson, blocks, maxDiff, permalinkKit } from './permalinkHelpers';

const browser = browserPerFile();
const { open, copiedLink } = permalinkKit(browser);
const POLL = { timeout: 60_000, interval: 250 };
// The plain-CNN diagram at a quarter turn: its error (about 1) depends on every stroke.
const DIAGRAM = { name: 'commuting-diagram', instance: 'planar' };

const error = (page: Page) =>
  page
    .locator('[data-widget="commuting-diagram"][data-instance="planar"] .diagram-readout')
    .getAttribute('data-rel-error');

test('strokes come back from a diagram link in a fresh browser, with the same measured error', async () => {
  const before = await open(lesson('lifting'), DIAGRAM);
  await before.page.getByRole('button', { name: 'Clear' }).click();
  await mouseStroke(before.page, [
    [0.2, 0.2],
    [0.8, 0.3],
    [0.5, 0.8],
  ]);
  const drawn = await blocks(before.page);
  await before.page.getByRole('button', { name: 'Next group element' }).click();
  expect(Math.max(...drawn)).toBeGreaterThan(40); // ink is there
  await before.widget.scrollIntoViewIfNeeded();
  await expect.poll(async () => Number(await error(before.page)), POLL).toBeGreaterThan(0.1);
  const link = await copiedLink(before);
  expect(new URL(link).hash).toMatch(/drawing=z%3A[A-Za-z0-9_-]+/);
  const measured = Number(await error(before.page));
  await before.page.context().close();

  const after = await open(link, DIAGRAM);
  await expect.poll(async () => maxDiff(await blocks(after.page), drawn), POLL).toBeLessThan(4);
  await expect
    .poll(async () => Number(await error(after.page)).toPrecision(2), POLL)
    .toBe(measured.toPrecision(2));
  expect(after.errors).toEqual([]);

  // A reader with a drawing of their own: the link's replaces it, a notice says so, Undo restores it.
  await after.page.goto(lesson('lifting'));
  await after.page.getByRole('button', { name: 'Clear' }).click();
  await mouseStroke(after.page, [
    [0.3, 0.7],
    [0.7, 0.7],
  ]);
  const own = await blocks(after.page);
  await after.page.goto(link); // the same page with the link's hash: applied on the hash change
  await expect.poll(async () => maxDiff(await blocks(after.page), drawn), POLL).toBeLessThan(4);
  await expect(after.page.locator('.notice').first().textContent()).resolves.toContain(
    'brought its own drawing',
  );
  await after.page.getByRole('button', { name: 'Undo' }).click();
  // (Live strokes and a redraw from the document differ by a little anti-aliasing, hence 4 of 255.)
  await expect.poll(async () => maxDiff(await blocks(after.page), own), POLL).toBeLessThan(4);
  expect(maxDiff(own, drawn)).toBeGreaterThan(40);
  await after.page.context().close();
});

test('a damaged drawing in a link leaves the drawing alone and says why', async () => {
  const o = await open(`${lesson('lifting')}#widget=drawing-canvas&drawing=z%3AAAAA`, 'drawing-canvas');
  await expect
    .poll(() => o.page.locator('.notice').first().textContent(), POLL)
    .toContain('could not be used (the drawing in the link is damaged)');
  const unknown = await open(
    `${lesson('lifting')}#widget=drawing-canvas&drawing=preset%3Anope`,
    'drawing-canvas',
  );
  await expect
    .poll(() => unknown.page.locator('.notice').first().textContent(), POLL)
    .toContain('unknown preset "nope"');
  expect([...o.errors, ...unknown.errors]).toEqual([]);
  await o.page.context().close();
  await unknown.page.context().close();
});

// Honest busy states (src/ui/frame/busy.ts): while a widget recomputes for a new g, its readout
// says "computing g = … …" with data-busy="true", dims what it still shows (the previous frame's
// verdict) and never shows a verdict as if it belonged to the new g; once the frame is done it
// settles with data-busy="false" and the angle of the rotation control.
//
// To look at a readout while it is busy, a test holds the page's animation frames (every widget's
// frame loop runs in one): the store and the readout move on, the measurement cannot, exactly as
// during a long frame; releasing them lets the frame run. A MutationObserver also records what a
// readout showed when nothing is held, to check the natural order: busy first, settled after.
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { baseUrl, chooseEngine, launch, openPage, screenshot } from './browser';
import { shootWidget } from './lessonHelpers';

const POLL = { timeout: 60_000, interval: 100 };

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const attr = async (l: Locator, name: string) => (await l.getAttribute(name)) ?? '';

/** What a readout shows: its busy flag, leading note, measured angle and the stale part's opacity. */
interface Shown {
  busy: string;
  ariaBusy: string;
  note: string;
  angle: string;
  opacity: string;
}

async function shown(readout: Locator): Promise<Shown> {
  return readout.evaluate((el) => ({
    busy: el.getAttribute('data-busy') ?? '',
    ariaBusy: el.getAttribute('aria-busy') ?? '',
    note: el.querySelector('.busy-note')?.textContent ?? '',
    angle: el.getAttribute('data-angle-deg') ?? '',
    opacity: getComputedStyle(el.querySelector('.busy-stale, .busy-fresh') ?? el).opacity,
  }));
}

/** Holds every requestAnimationFrame callback until releaseFrames: no widget frame can run. */
async function holdFrames(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as {
      heldFrames: FrameRequestCallback[];
      realRaf: typeof requestAnimationFrame;
    };
    w.heldFrames = [];
    w.realRaf = window.requestAnimationFrame.bind(window);
    window.requestAnimationFrame = (cb) => w.heldFrames.push(cb);
  });
}

async function releaseFrames(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as {
      heldFrames: FrameRequestCallback[];
      realRaf: typeof requestAnimationFrame;
    };
    window.requestAnimationFrame = w.realRaf;
    for (const cb of w.heldFrames.splice(0)) w.realRaf(cb);
  });
}

/** Records, on every change under the readout, what it shows (see `shown`), as `window.busyLog`. */
async function recordReadout(readout: Locator): Promise<void> {
  await readout.evaluate((el) => {
    const log: { busy: string; note: string; angle: string }[] = [];
    (window as unknown as { busyLog: typeof log }).busyLog = log;
    const take = () => {
      const s = {
        busy: el.getAttribute('data-busy') ?? '',
        note: el.querySelector('.busy-note')?.textContent ?? '',
        angle: el.getAttribute('data-angle-deg') ?? '',
      };
      const last = log[log.length - 1];
      if (!last || last.busy !== s.busy || last.note !== s.note || last.angle !== s.angle) log.push(s);
    };
    take();
    new MutationObserver(take).observe(el, {
      attributes: true,
      childList: true,
      subtree: true,
      characterData: true,
    });
  });
}

const readLog = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { busyLog: { busy: string; note: string; angle: string }[] }).busyLog,
  );

describe('lifting lesson on the CPU reference, 128 px diagram', () => {
  let page: Page;
  let errors: string[];
  const widget = (name: string) => page.locator(`[data-widget="${name}"]`);

  beforeAll(async () => {
    ({ page, errors } = await openPage(browser, 1280, 1000));
    await chooseEngine(page, 'cpu');
    // No fade: the stale part's opacity is final as soon as the readout turns busy.
    await page.emulateMedia({ reducedMotion: 'reduce', colorScheme: 'light' });
    await page.goto(`${baseUrl()}/lessons/lifting`);
    await page.locator('article.lesson h1').waitFor();
  });

  test('a step of g: busy with "computing g = r in C4 …" and the old angle, then settled at 90°', async () => {
    const diagram = widget('commuting-diagram').nth(1);
    const readout = diagram.locator('.diagram-readout');
    const rotation = widget('rotation-control');
    const control = rotation.locator('.rotation-readout');
    await rotation.getByRole('combobox', { name: /^Group/ }).selectOption('C4');
    await diagram.getByRole('combobox', { name: /^Size/ }).selectOption('128');
    await expect.poll(() => attr(readout, 'data-size'), POLL).toBe('128');
    await expect.poll(() => attr(readout, 'data-busy'), POLL).toBe('false');
    expect(await attr(readout, 'data-backend')).toBe('cpu');
    expect(await attr(readout, 'data-angle-deg')).toBe('0.000');
    expect(await readout.locator('.busy-note').count()).toBe(0);
    expect((await shown(readout)).opacity).toBe('1');

    await recordReadout(readout);
    await rotation.getByRole('button', { name: 'Next group element' }).click();
    expect(await attr(control, 'data-angle-deg')).toBe('90.000');
    await expect.poll(() => attr(readout, 'data-angle-deg'), POLL).toBe('90.000');
    await expect.poll(() => attr(readout, 'data-busy'), POLL).toBe('false');
    const log = await readLog(page);
    console.log('diagram readout after one step:', JSON.stringify(log));
    // First the old frame's numbers under a note, then the new frame's, and nothing else.
    expect(log[0]).toEqual({ busy: 'false', note: '', angle: '0.000' });
    expect(log).toContainEqual({ busy: 'true', note: 'computing g = r in C4 …', angle: '0.000' });
    expect(log[log.length - 1]).toEqual({ busy: 'false', note: '', angle: '90.000' });
    // A verdict shown without the note is always the verdict of the angle the control shows.
    for (const s of log.filter((x) => x.busy === 'false')) expect(['0.000', '90.000']).toContain(s.angle);
    expect(log.findIndex((s) => s.angle === '90.000')).toBeGreaterThan(
      log.findIndex((s) => s.busy === 'true'),
    );
  });

  test('held mid-frame: the readouts say what they compute, dimmed; released: they settle', async () => {
    const diagram = widget('commuting-diagram').nth(1);
    const readout = diagram.locator('.diagram-readout');
    const ring = widget('orientation-ring').locator('.ring-readout');
    const rotation = widget('rotation-control');
    await expect.poll(() => attr(readout, 'data-busy'), POLL).toBe('false');
    await expect.poll(() => attr(ring, 'data-busy'), POLL).toBe('false');
    const before = await attr(readout, 'data-angle-deg');
    const verdict = await attr(readout, 'data-verdict');

    await holdFrames(page);
    await rotation.getByRole('button', { name: 'Next group element' }).click();
    const target = await attr(rotation.locator('.rotation-readout'), 'data-angle-deg');
    expect(target).toBe('180.000');
    await expect.poll(() => attr(readout, 'data-busy'), POLL).toBe('true');
    const busy = await shown(readout);
    expect(busy).toEqual({
      busy: 'true',
      ariaBusy: 'true',
      note: 'computing g = r² in C4 …',
      angle: before, // the numbers still on show are the previous frame's, and say so by their angle
      opacity: '0.55',
    });
    expect(await readout.getAttribute('class')).toContain('readout-busy');
    expect(await attr(readout, 'data-verdict')).toBe(verdict);
    expect(await readout.textContent()).toMatch(/^computing g = r² in C4 … Φ = /);
    await expect.poll(() => attr(ring, 'data-busy'), POLL).toBe('true');
    expect((await shown(ring)).note).toBe('computing g = r² in C4 …');

    await diagram.scrollIntoViewIfNeeded();
    await shootWidget(diagram, 'busy-diagram-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await shootWidget(diagram, 'busy-diagram-dark');
    await screenshot(page, 'busy-lifting-page-dark');

    await releaseFrames(page);
    await expect.poll(() => attr(readout, 'data-angle-deg'), POLL).toBe(target);
    await expect.poll(() => attr(readout, 'data-busy'), POLL).toBe('false');
    const settled = await shown(readout);
    expect(settled).toEqual({ busy: 'false', ariaBusy: 'false', note: '', angle: target, opacity: '1' });
    expect(await readout.getAttribute('class')).not.toContain('readout-busy');
    await expect.poll(() => attr(ring, 'data-busy'), POLL).toBe('false');
    expect(await attr(ring, 'data-element')).toBe('2');
    await shootWidget(diagram, 'settled-diagram-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await shootWidget(diagram, 'settled-diagram-light');
  });

  test('the filter bank is busy while it rebuilds its copies for another group', async () => {
    const bank = widget('filter-bank');
    const readout = bank.locator('.bank-readout');
    await expect.poll(() => attr(readout, 'data-busy'), POLL).toBe('false');
    await holdFrames(page);
    await widget('rotation-control')
      .getByRole('combobox', { name: /^Group/ })
      .selectOption('C8');
    await expect.poll(() => attr(readout, 'data-busy'), POLL).toBe('true');
    expect((await shown(readout)).note).toBe('computing the 8 copies of ψ in C8 …');
    await releaseFrames(page);
    await expect.poll(() => attr(readout, 'data-busy'), POLL).toBe('false');
    expect(await attr(readout, 'data-copies')).toBe('8');
    expect(errors).toEqual([]);
  });

  afterAll(async () => {
    await page?.context().close();
  });
});

describe('group convolution: the comparison of a plain CNN and a G-CNN', () => {
  test('its readout and both verdicts are busy for a new g, then settle at its angle', async () => {
    const { page, errors } = await openPage(browser, 1280, 1000);
    await chooseEngine(page, 'cpu');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`${baseUrl()}/lessons/group-convolution`);
    await page.locator('article.lesson h1').waitFor();
    const w = page.locator('[data-widget="cnn-vs-gcnn"]');
    const readout = w.locator('.comparison-readout');
    const verdicts = w.locator('.network-invariance');
    await w.scrollIntoViewIfNeeded();
    await expect.poll(() => attr(readout, 'data-busy'), POLL).toBe('false');
    const rotation = page.locator('[data-widget="rotation-control"]').first();
    await rotation.getByRole('combobox', { name: /^Group/ }).selectOption('C8');
    await expect.poll(() => attr(readout, 'data-busy'), POLL).toBe('false');

    await holdFrames(page);
    await rotation.getByRole('button', { name: 'Next group element' }).click();
    await expect.poll(() => attr(readout, 'data-busy'), POLL).toBe('true');
    expect((await shown(readout)).note).toBe('computing g = r in C8 …');
    expect(await verdicts.evaluateAll((ps) => ps.map((p) => p.getAttribute('data-busy')))).toEqual([
      'true',
      'true',
    ]);
    expect(await attr(readout, 'data-angle-deg')).toBe('0.000');
    await shootWidget(w, 'busy-cnn-vs-gcnn');
    await releaseFrames(page);
    await expect.poll(() => attr(readout, 'data-angle-deg'), POLL).toBe('45.000');
    await expect.poll(() => attr(readout, 'data-busy'), POLL).toBe('false');
    expect(await verdicts.evaluateAll((ps) => ps.map((p) => p.getAttribute('data-busy')))).toEqual([
      'false',
      'false',
    ]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('harmonic filters', () => {
  test('the response widget names the angle it computes; the sweep counts its angles', async () => {
    const { page, errors } = await openPage(browser, 1400, 1000);
    await chooseEngine(page, 'cpu');
    await page.goto(`${baseUrl()}/lessons/harmonic-filters`);
    await page.locator('article.lesson h1').waitFor();
    const w = page.locator('[data-widget="harmonic-response"]');
    const r = w.locator('.harmonic-readout');
    await w.scrollIntoViewIfNeeded();
    await expect.poll(() => attr(r, 'data-busy'), POLL).toBe('false');
    await holdFrames(page);
    await w.getByLabel(/rotation angle in degrees/).fill('37');
    await expect.poll(() => attr(r, 'data-busy'), POLL).toBe('true');
    expect((await shown(r)).note).toBe('computing g = rotation by 37.0° …');
    expect(Number(await attr(r, 'data-angle-deg'))).not.toBeCloseTo(37, 3);
    await releaseFrames(page);
    await expect.poll(() => attr(r, 'data-busy'), POLL).toBe('false');
    expect(Number(await attr(r, 'data-angle-deg'))).toBeCloseTo(37, 3);

    const sweep = page.locator('[data-widget="error-vs-angle"]');
    const s = sweep.locator('.harmonic-readout');
    expect(await attr(s, 'data-busy')).toBe('false'); // out of view: not started, not computing
    await recordReadout(s);
    await sweep.scrollIntoViewIfNeeded();
    await expect.poll(() => attr(s, 'data-done'), { timeout: 90_000, interval: 250 }).toBe('true');
    expect(await attr(s, 'data-busy')).toBe('false');
    const notes = (await readLog(page)).filter((x) => x.busy === 'true').map((x) => x.note);
    console.log('sweep notes:', notes.join(' | '));
    expect(notes.length).toBeGreaterThan(1);
    for (const note of notes) expect(note).toMatch(/^computing \d+ of 73 angles…$/);
    const counts = notes.map((n) => Number(/\d+/.exec(n)![0]));
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

// The home page: six lessons in order with progress, the engine status, persistence of
// progress across reloads, and a clear notice when stored data is unreadable.
import { expect, test } from 'vitest';
import { LESSONS } from '../../src/app/lessons';
import { baseUrl, chooseEngine, openPage, screenshot, browserPerFile } from './browser';

const browser = browserPerFile();

test('lists the six lessons in order and, where WebGPU is a software adapter, runs on WebAssembly', async () => {
  const { page, errors } = await openPage(browser());
  await page.goto(`${baseUrl()}/`);
  const titles = await page.locator('.lesson-card-title').allTextContents();
  expect(titles).toEqual(LESSONS.map((l) => l.title));
  expect(titles).toEqual([
    'Groups',
    'Representations',
    'Lifting',
    'Group convolution',
    'Harmonic filters',
    'Steerable vectors',
  ]);
  const status = page.locator('article .engine-status');
  // The test browser runs WebGPU on SwiftShader, a software adapter: XNNPACK is faster there.
  await expect.poll(() => status.getAttribute('data-engine')).toBe('wasm');
  expect(await status.locator('.engine-badge').textContent()).toBe('WebAssembly');
  expect(await status.locator('.engine-adapter').textContent()).toBe(
    'XNNPACK, tfjs-backend-wasm 4.22.0, simd binary, 1 thread',
  );
  expect(await page.locator('.engine-fallback').textContent()).toMatch(
    /^Running on WebAssembly because the only WebGPU adapter is a software one \(.*swiftshader.*\), slower than WebAssembly\. Every widget works/i,
  );
  await screenshot(page, 'home');
  expect(errors).toEqual([]);
  await page.context().close();
});

test('the engine setting switches backends, and the badge names each once', async () => {
  const { page, errors } = await openPage(browser());
  await chooseEngine(page, 'webgpu');
  await page.goto(`${baseUrl()}/`);
  const status = page.locator('article .engine-status');
  await expect.poll(() => status.getAttribute('data-engine')).toBe('webgpu');
  expect(await status.getAttribute('data-fallback-adapter')).toBe('true');
  const choice = page.locator('select.engine-choice');
  for (const [value, kind, badge] of [
    ['cpu', 'cpu', 'CPU reference'],
    ['wasm', 'wasm', 'WebAssembly'],
    ['auto', 'wasm', 'WebAssembly'],
  ] as const) {
    await choice.selectOption(value);
    await expect.poll(() => status.getAttribute('data-engine')).toBe(kind);
    await expect.poll(() => status.getAttribute('data-switching')).toBe('false');
    expect(await status.locator('.engine-badge').textContent()).toBe(badge);
    // The adapter text never repeats the badge ("CPU reference CPU reference" was one such header).
    expect(await status.locator('.engine-adapter').textContent()).not.toContain(badge);
  }
  expect(errors).toEqual([]);
  await page.context().close();
});

test('progress is recorded, shown on the home page and kept across a reload', async () => {
  const { page } = await openPage(browser());
  await page.goto(`${baseUrl()}/lessons/lifting`);
  await page.locator('article.lesson h1').waitFor();
  await page.getByLabel('I have worked through this lesson').check();
  await page.goto(`${baseUrl()}/lessons/groups`);
  await page.locator('article.lesson h1').waitFor();
  await page.goto(`${baseUrl()}/`);
  const progress = (slug: string) =>
    page.locator(`[data-slug="${slug}"] .lesson-progress`).getAttribute('data-progress');
  await expect.poll(() => progress('lifting')).toBe('completed');
  expect(await progress('groups')).toBe('started');
  expect(await progress('representations')).toBe('not started');
  await page.reload();
  await expect.poll(() => progress('lifting')).toBe('completed');
  await page.context().close();
});

test('unreadable stored progress is discarded with a visible notice, not a crash', async () => {
  const { page, errors } = await openPage(browser());
  await page.goto(`${baseUrl()}/`);
  await page.evaluate(() => {
    localStorage.setItem('eqp.progress', '{not json');
    localStorage.setItem('eqp.settings', JSON.stringify({ schema: 99, data: {} }));
  });
  await page.reload();
  const notices = page.locator('.notice');
  await expect.poll(() => notices.count()).toBe(2);
  expect(await notices.allTextContents()).toEqual([
    expect.stringContaining('lesson progress could not be read (it is not valid JSON)'),
    expect.stringContaining('settings could not be read (it has schema version 99, expected 2)'),
  ]);
  expect(await page.locator('.lesson-card').count()).toBe(6);
  expect(errors).toEqual([]);
  await page.context().close();
});

test('without WebGPU the page says so and runs on WebAssembly', async () => {
  const { page, errors } = await openPage(browser());
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'gpu', { get: () => undefined, configurable: true });
  });
  await page.goto(`${baseUrl()}/`);
  const status = page.locator('article .engine-status');
  await expect.poll(() => status.getAttribute('data-engine')).toBe('wasm');
  expect(await page.locator('.engine-fallback').textContent()).toContain('navigator.gpu is missing');
  expect(errors).toEqual([]);
  await page.context().close();
});

test('without WebGPU and WebAssembly SIMD the page runs on the CPU reference, with both reasons', async () => {
  const { page, errors } = await openPage(browser());
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'gpu', { get: () => undefined, configurable: true });
    // tfjs-backend-wasm detects SIMD by validating a tiny SIMD module: an old engine says no.
    WebAssembly.validate = () => false;
  });
  await page.goto(`${baseUrl()}/`);
  const status = page.locator('article .engine-status');
  await expect.poll(() => status.getAttribute('data-engine')).toBe('cpu');
  expect(await page.locator('.engine-fallback').textContent()).toMatch(
    /^Running on the CPU reference because this browser has no WebGPU \(navigator\.gpu is missing\); the WebAssembly engine could not start either \(.*SIMD is not available.*\)\. Every widget works, slowly/,
  );
  await screenshot(page, 'home-cpu-fallback');
  expect(errors).toEqual([]);
  await page.context().close();
});

test('when WebGPU offers no adapter at first, "Try WebGPU again" brings it back', async () => {
  const { page, errors } = await openPage(browser());
  await chooseEngine(page, 'webgpu'); // SwiftShader is the only adapter here; auto would pass it by
  await page.addInitScript(() => {
    // The first request gets no adapter (as from a busy or crashed GPU process); later ones do.
    const real = GPU.prototype.requestAdapter;
    let calls = 0;
    GPU.prototype.requestAdapter = function (this: GPU, ...args) {
      return calls++ === 0 ? Promise.resolve(null) : real.apply(this, args);
    };
  });
  await page.goto(`${baseUrl()}/`);
  const status = page.locator('article .engine-status');
  await expect.poll(() => status.getAttribute('data-engine')).toBe('wasm');
  expect(await page.locator('.engine-fallback').textContent()).toContain('offered no WebGPU adapter');
  await screenshot(page, 'home-retry-webgpu');
  await status.getByRole('button', { name: 'Try WebGPU again' }).click();
  await expect.poll(() => status.getAttribute('data-engine')).toBe('webgpu');
  expect(await status.getByRole('button', { name: 'Try WebGPU again' }).count()).toBe(0);
  expect(errors).toEqual([]);
  await page.context().close();
});

test('the layout works on a phone-sized screen', async () => {
  const { page } = await openPage(browser(), 390, 800);
  await page.goto(`${baseUrl()}/lessons/groups`);
  await page.locator('article.lesson h1').waitFor();
  await page.getByRole('button', { name: 'Lessons' }).click();
  await page.getByRole('navigation', { name: 'Lessons' }).getByText('Representations').click();
  await expect.poll(() => page.locator('article.lesson h1').textContent()).toBe('Representations');
  await screenshot(page, 'phone-representations');
  await page.context().close();
});

// Strings that exist only in lesson code: a lesson's MDX heading and widget names.
const LESSON_MARKERS = [
  'What you will be able to do',
  'commuting-diagram',
  'cayley-table',
  'filter-explorer',
];

test('the home page loads no lesson code; a lesson loads its own chunks when opened', async () => {
  const { page, errors } = await openPage(browser());
  const scripts: { url: string; body: Promise<string> }[] = [];
  page.on('response', (r) => {
    if (r.url().endsWith('.js')) scripts.push({ url: r.url(), body: r.text() });
  });
  await page.goto(`${baseUrl()}/`);
  await expect.poll(() => page.locator('article .engine-status').getAttribute('data-engine')).toBe('wasm');
  await page.waitForLoadState('networkidle');
  const marked = async () => {
    const found: string[] = [];
    for (const s of scripts) {
      const body = await s.body;
      for (const m of LESSON_MARKERS) if (body.includes(m)) found.push(`${s.url.split('/').pop()}: ${m}`);
    }
    return found;
  };
  expect(scripts.length).toBeGreaterThan(0);
  expect(await marked()).toEqual([]);
  // The same check finds lesson code once a lesson is opened (so it can fail).
  await page.getByRole('link', { name: 'Groups' }).first().click();
  await page.locator('[data-widget="cayley-table"]').waitFor();
  expect((await marked()).some((m) => m.endsWith('cayley-table'))).toBe(true);
  expect(errors).toEqual([]);
  await page.context().close();
});

// Page-level benchmark (prints figures; not a test). Builds the site with Vite's JS API into a temp
// dir, serves it with `vite preview` and drives the lessons in headless Chromium (WebGPU on
// SwiftShader where there is no GPU) once per engine, chosen by the settings seeded in localStorage:
//   lifting  updates/s of the commuting-diagram readouts at 64 px while the rotation plays (snap off)
//   c8       s from 'Next group element' in C8 until every diagram, ring and CNN-vs-G-CNN readout
//            shows the new angle (group-convolution lesson)
//   sweep    s for the harmonic error-vs-angle sweep: the first one (cold) and a 'Recompute' (warm)
//   drag     ms from a pointer move on the spherical-harmonic sphere to its repaint, and to the end
//            of the next frame (steerable-vectors lesson)
// Rounds interleave the engines (in each round, each measure runs on wasm, cpu, webgpu in turn);
// the table shows medians over rounds, then the goals for wasm.
//   node scripts/bench-page.mjs [--rounds 3] [--backends wasm,cpu,webgpu] [--only lifting,c8,sweep,drag]
//     [--url http://localhost:4173 (a running server; no build)] [--timeout 120 (s per measurement)]
//     [--window 5 (s of play counted)] [--steps 6] [--moves 10] [--json]
//   Env: BENCH_FLAGS='--flag …' adds Chromium flags (as in bench.mjs); BENCH_VERBOSE=1 prints each drag.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { findBrowser, WEBGPU_FLAGS } from './browser-path.mjs';

const args = process.argv.slice(2);
const option = (key, fallback) => (args.includes(`--${key}`) ? args[args.indexOf(`--${key}`) + 1] : fallback);
const ROUNDS = Number(option('rounds', 3));
const BACKENDS = option('backends', 'wasm,cpu,webgpu').split(',');
const ONLY = option('only', 'lifting,c8,sweep,drag').split(',');
const CAP_MS = Number(option('timeout', 120)) * 1000;
const WINDOW_MS = Number(option('window', 5)) * 1000;
const STEPS = Number(option('steps', 6));
const MOVES = Number(option('moves', 10));

// Table rows: the measure that fills each, its unit, whether more is better, the goal for wasm, and
// whether it counts as correlation-heavy (then wasm should be >= 10x the float64 cpu path).
const ROWS = {
  'lifting: Φ=lift diagram': { measure: 'lifting', unit: 'upd/s', higher: true, heavy: true, goal: '>= 20' },
  'lifting: plain-CNN diagram': { measure: 'lifting', unit: 'upd/s', higher: true },
  'C8 step (all readouts)': { measure: 'c8', unit: 's', heavy: true, goal: '< 0.3' },
  'error-vs-angle sweep (warm)': { measure: 'sweep', unit: 's', heavy: true, goal: '< 3' },
  'error-vs-angle sweep (first)': { measure: 'sweep', unit: 's' },
  'sphere drag: next frame': { measure: 'drag', unit: 'ms', goal: '< 50' },
  'sphere drag: repainted': { measure: 'drag', unit: 'ms' },
};
const MEASURES = {
  lifting: ['lifting', measureLifting],
  c8: ['group-convolution', measureC8],
  sweep: ['harmonic-filters', measureSweep],
  drag: ['steerable-vectors', measureDrag],
};
const meets = (goal, v) => (goal.startsWith('>=') ? v >= Number(goal.slice(2)) : v < Number(goal.slice(1)));
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : (s[Math.floor((s.length - 1) / 2)] + s[Math.ceil((s.length - 1) / 2)]) / 2;
};

/** In the page (an init script): ms from `start` until check() holds, re-checked on attribute changes. */
function installUntil() {
  window.__until = (root, attrs, check, cap, start = performance.now()) =>
    new Promise((resolve, reject) => {
      const observer = new MutationObserver(() => test());
      const timer = setTimeout(() => (observer.disconnect(), reject(new Error('timeout'))), cap);
      const test = () => {
        if (!check()) return;
        observer.disconnect();
        clearTimeout(timer);
        resolve(performance.now() - start);
      };
      observer.observe(root, { attributes: true, attributeFilter: attrs, subtree: true });
      test();
    });
}

// ---- measures: each gets a page on its lesson and writes its rows into `out` as it goes ----

async function measureLifting(page, backend, out, notes) {
  const rot = page.locator('[data-widget="rotation-control"]');
  for (const instance of ['planar', 'lift']) {
    const diagram = page.locator(`[data-widget="commuting-diagram"][data-instance="${instance}"]`);
    const readout = diagram.locator('.diagram-readout:not([data-size=""])');
    await readout.waitFor({ state: 'attached', timeout: CAP_MS });
    if ((await readout.getAttribute('data-size')) !== '64') {
      await diagram.locator('label', { hasText: /^Size/ }).locator('select').selectOption('64');
      await diagram
        .locator('.diagram-readout[data-size="64"]')
        .waitFor({ state: 'attached', timeout: CAP_MS });
    }
    notes.add(`lifting ${backend}: ${instance} diagram on ${await readout.getAttribute('data-backend')}`);
  }
  await rot.getByLabel('Snap to group').uncheck();
  await rot.getByRole('button', { name: 'Play', exact: true }).click();
  const rates = await page.evaluate(
    async ({ windowMs, cap }) => {
      const widgets = [...document.querySelectorAll('[data-widget="commuting-diagram"]')];
      const readouts = widgets.map((w) => w.querySelector('.diagram-readout'));
      // Warm-up: wait for a frame at an angle the play reached (a first frame may compile kernels).
      const angle = (i) => readouts[i].getAttribute('data-angle-deg');
      const first = readouts.map((_, i) => angle(i));
      const moved = () => first.every((a, i) => angle(i) !== a);
      await window.__until(document.body, ['data-angle-deg'], moved, cap);
      const counts = readouts.map(() => 0);
      const observers = readouts.map((el, i) => {
        let last = angle(i);
        const o = new MutationObserver(() => angle(i) !== last && ((last = angle(i)), counts[i]++));
        o.observe(el, { attributes: true, attributeFilter: ['data-angle-deg'] });
        return o;
      });
      await new Promise((r) => setTimeout(r, windowMs));
      observers.forEach((o) => o.disconnect());
      return Object.fromEntries(widgets.map((w, i) => [w.dataset.instance, counts[i] / (windowMs / 1000)]));
    },
    { windowMs: WINDOW_MS, cap: CAP_MS / 2 },
  );
  out['lifting: Φ=lift diagram'] = rates.lift;
  out['lifting: plain-CNN diagram'] = rates.planar;
}

async function measureC8(page, backend, out, notes) {
  // ms from clicking 'Next group element' (or from now) until every readout shows the control's angle.
  const step = (click) =>
    page.evaluate(
      ({ click, cap }) => {
        const rotation = document.querySelector('[data-widget="rotation-control"]');
        const target = () => rotation.querySelector('.rotation-readout').getAttribute('data-angle-deg');
        const readouts = document.querySelectorAll('.diagram-readout, .ring-readout, .comparison-readout');
        const before = target();
        const start = performance.now();
        if (click) rotation.querySelector('button[aria-label="Next group element"]').click();
        const ready = () =>
          (!click || target() !== before) && [...readouts].every((e) => e.dataset.angleDeg === target());
        return window.__until(document.body, ['data-angle-deg'], ready, cap, start);
      },
      { click, cap: CAP_MS },
    );
  for (const sel of ['.rotation-readout', '.diagram-readout', '.ring-readout', '.comparison-readout'])
    await page.locator(sel).first().waitFor({ state: 'attached', timeout: CAP_MS });
  await step(false);
  const readouts = page.locator('.diagram-readout, .ring-readout, .comparison-readout');
  const sizes = await readouts.evaluateAll((es) => es.map((e) => `${e.classList[0]} ${e.dataset.size}px`));
  notes.add(`c8 ${backend}: ${sizes.join(', ')}`);
  const group = page.locator('[data-widget="rotation-control"]').getByRole('combobox', { name: /^Group/ });
  await group.selectOption('C8');
  await step(true); // warm-up: the first C8 frames build the C8 experiments
  const [times, t0] = [[], Date.now()];
  // Fewer steps where they are slow (the float64 path): stop after a quarter of the cap, with 2 done.
  for (let i = 0; i < STEPS && (i < 2 || Date.now() - t0 < CAP_MS / 4); i++) {
    times.push((await step(true)) / 1000);
    out['C8 step (all readouts)'] = median(times);
  }
}

async function measureSweep(page, backend, out, notes) {
  // The sweep starts when its plot scrolls into view; 'Recompute' runs it again. Done: data-done.
  const sweep = (recompute) =>
    page.evaluate(
      async ({ recompute, cap }) => {
        const widget = document.querySelector('[data-widget="error-vs-angle"]');
        const readout = widget.querySelector('.harmonic-readout');
        let started = !recompute;
        const start = performance.now();
        if (recompute)
          [...widget.querySelectorAll('button')].find((b) => b.textContent === 'Recompute').click();
        else widget.querySelector('.harmonic-plot').scrollIntoView({ block: 'center' });
        const done = () => {
          if (readout.dataset.done === 'false') started = true;
          return started && readout.dataset.done === 'true';
        };
        return [await window.__until(readout, ['data-done'], done, cap, start), readout.dataset.size];
      },
      { recompute, cap: CAP_MS },
    );
  await page.locator('[data-widget="error-vs-angle"] .harmonic-readout').waitFor({ state: 'attached' });
  const [cold, size] = await sweep(false);
  out['error-vs-angle sweep (first)'] = cold / 1000;
  notes.add(`sweep ${backend}: ${size}×${size} maps`);
  out['error-vs-angle sweep (warm)'] = (await sweep(true))[0] / 1000;
}

async function measureDrag(page, backend, out, notes) {
  const canvas = page.locator('[data-widget="spherical-harmonic-sphere"] canvas.sphere-canvas');
  await canvas.scrollIntoViewIfNeeded();
  await settle(page);
  const box = await canvas.boundingBox();
  const [x, y] = [box.x + box.width / 2 - 40, box.y + box.height / 2 - 20];
  await page.mouse.move(x, y);
  await page.mouse.down();
  const [painted, framed] = [[], []];
  for (let i = 0; i <= MOVES; i++) {
    // Listen, then move. From the pointermove's timestamp (time queued counts) to the end of the task
    // that repaints the sphere (paintSphere starts with clearRect, in an effect after the render), and
    // to the end of the next frame's rendering work.
    await page.evaluate((cap) => {
      const canvas = document.querySelector('[data-widget="spherical-harmonic-sphere"] canvas.sphere-canvas');
      const ctx = canvas.getContext('2d');
      const after = (f) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = f;
        channel.port2.postMessage(null);
      };
      window.__dragDone = new Promise((resolve, reject) => {
        let t0 = null;
        const onMove = (e) => (t0 = Math.min(e.timeStamp, performance.now()));
        canvas.addEventListener('pointermove', onMove, { capture: true, once: true });
        const timer = setTimeout(() => (delete ctx.clearRect, reject(new Error('timeout'))), cap);
        ctx.clearRect = function (...a) {
          if (t0 !== null) {
            delete ctx.clearRect;
            clearTimeout(timer);
            after(() => {
              const paint = performance.now() - t0;
              requestAnimationFrame(() => after(() => resolve([paint, performance.now() - t0])));
            });
          }
          return CanvasRenderingContext2D.prototype.clearRect.apply(this, a);
        };
      });
    }, CAP_MS);
    await page.mouse.move(x + 8 * (i + 1), y + 4 * (i + 1));
    const [paint, frame] = await page.evaluate(() => window.__dragDone);
    if (process.env.BENCH_VERBOSE)
      console.log(`  drag move ${i}: painted ${paint.toFixed(1)} ms, frame ${frame.toFixed(1)} ms`);
    if (i === 0) continue; // a warm-up
    painted.push(paint);
    framed.push(frame);
    Object.assign(out, {
      'sphere drag: repainted': median(painted),
      'sphere drag: next frame': median(framed),
    });
  }
  await page.mouse.up();
  notes.add('drag: the sphere widget computes in float64 JS on the main thread, whatever the engine');
}

/** Waits (at most 30 s) for 1 s of animation frames no more than 50 ms apart: the page has loaded. */
function settle(page) {
  return page.evaluate(async () => {
    const t0 = performance.now();
    let [last, quietSince] = [t0, t0];
    while (performance.now() - quietSince < 1000 && performance.now() - t0 < 30_000) {
      const now = await new Promise((r) => requestAnimationFrame(r));
      if (now - last > 50) quietSince = now;
      last = now;
    }
  });
}

// ---- running: a fresh context per (measure, backend), capped at CAP_MS ----

async function openLesson(context, backend, slug, errors) {
  await context.addInitScript((engine) => {
    const data = { theme: 'system', engine, showFrameTime: false };
    localStorage.setItem('eqp.settings', JSON.stringify({ schema: 2, data }));
  }, backend);
  await context.addInitScript(installUntil);
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.add(`[${backend} ${slug}] ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && errors.add(`[${backend} ${slug}] ${m.text()}`));
  await page.goto(`${base}/lessons/${slug}`);
  // The badge's engine once it has settled; 'starting' if it has not within half the cap.
  const badge = '.topbar .engine-status, article .engine-status';
  const settled = `:is(${badge})[data-engine]:not([data-engine="starting"]):not([data-switching="true"])`;
  await page
    .locator(settled)
    .first()
    .waitFor({ state: 'attached', timeout: CAP_MS / 2 })
    .catch(() => {});
  return { page, engine: await page.locator(badge).first().getAttribute('data-engine', { timeout: 1000 }) };
}

/** One measure on one backend: {row: number | 'timeout' | 'error' | 'engine=<the badge's engine>'}. */
async function runOne(browser, name, backend, errors, notes) {
  const [slug, measure] = MEASURES[name];
  const out = {};
  let status = 'timeout';
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const work = (async () => {
    const { page, engine } = await openLesson(context, backend, slug, errors);
    if (engine !== backend) throw new Error((status = `engine=${engine}`));
    await measure(page, backend, out, notes);
  })();
  let timer;
  const capped = new Error('timeout'); // the cap; in-page waits reject with 'Error: timeout' too
  const cap = new Promise((_, reject) => (timer = setTimeout(() => reject(capped), CAP_MS)));
  try {
    await Promise.race([work, cap]);
  } catch (e) {
    if (e !== capped && !status.startsWith('engine=') && !/Error: timeout$/.test(e.message)) {
      status = 'error';
      errors.add(`[${backend} ${name}] ${e.message.split('\n')[0]}`);
    }
  } finally {
    clearTimeout(timer);
    work.catch(() => {}); // it rejects once the context closes, when the cap won the race
    await context.close().catch(() => {});
  }
  const rows = Object.keys(ROWS).filter((r) => ROWS[r].measure === name);
  return Object.fromEntries(rows.map((r) => [r, out[r] ?? status]));
}

function report(results, notes, errors) {
  const fmt = (x, unit) => x.toFixed({ ms: 1, s: 3 }[unit] ?? 2);
  const nums = (row, b) => (results[row][b] ?? []).filter((v) => typeof v === 'number');
  const med = (row, b) => median(nums(row, b));
  const cell = (row, b) => {
    const [all, n] = [results[row][b] ?? [], nums(row, b).length];
    if (n === 0) return all[0] ?? '—';
    return fmt(med(row, b), ROWS[row].unit) + (n < all.length ? ` (${n}/${all.length})` : '');
  };
  // How many times faster wasm is than the float64 path: a ratio of rates, or of times the other way.
  const speed = (r) => (ROWS[r].higher ? med(r, 'wasm') / med(r, 'cpu') : med(r, 'cpu') / med(r, 'wasm'));
  const ratio = (r) => (speed(r) > 0 && Number.isFinite(speed(r)) ? `${speed(r).toFixed(1)}×` : '—');
  const head = ['measure', 'unit', ...BACKENDS, 'wasm/cpu'];
  const rows = Object.keys(results).map((r) => [
    r,
    ROWS[r].unit,
    ...BACKENDS.map((b) => cell(r, b)),
    ratio(r),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => String(c)[i ? 'padStart' : 'padEnd'](widths[i])).join('  ');
  console.log(`\nmedians over ${ROUNDS} round(s); 'timeout': no result within ${CAP_MS / 1000} s;`);
  console.log('(k/n): k of n rounds gave a number; wasm/cpu: how many times faster wasm is than cpu\n');
  [head, ...rows].forEach((r) => console.log(line(r)));
  console.log('\ngoals (wasm):');
  for (const [row, { goal, unit }] of Object.entries(ROWS).filter(([r, x]) => results[r] && x.goal)) {
    const v = med(row, 'wasm');
    const verdict = Number.isFinite(v)
      ? `${fmt(v, unit)}: ${meets(goal, v) ? 'met' : 'NOT met'}`
      : 'no result';
    console.log(`  ${row} ${goal} ${unit} — ${verdict}`);
  }
  const heavy = Object.keys(results).filter((r) => ROWS[r].heavy);
  const tenfold = heavy.map(
    (r) => `${r} ${ratio(r) === '—' ? 'no result' : ratio(r) + (speed(r) >= 10 ? ' met' : ' NOT met')}`,
  );
  if (heavy.length) console.log(`  >= 10× the float64 cpu path (correlation-heavy): ${tenfold.join('; ')}`);
  if (notes.size) console.log(`\nnotes:\n  ${[...notes].join('\n  ')}`);
  if (errors.size) console.log(`\npage errors (first 10):\n  ${[...errors].slice(0, 10).join('\n  ')}`);
  if (args.includes('--json')) console.log(JSON.stringify(results, null, 2));
}

// ---- main ----

const root = fileURLToPath(new URL('..', import.meta.url));
let base = option('url', null)?.replace(/\/$/, '');
let server;
let outDir;
const executablePath = findBrowser();
if (!executablePath) throw new Error('No Chromium found: run `node scripts/ensure-browser.mjs`');
try {
  if (!base) {
    outDir = mkdtempSync(join(tmpdir(), 'eqp-bench-page-'));
    console.log('building the site…');
    await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
    const options = { root, logLevel: 'warn', build: { outDir } };
    server = await preview({ ...options, preview: { port: 0, host: 'localhost' } });
    base = server.resolvedUrls.local[0].replace(/\/$/, '');
  }
  const flags = [...WEBGPU_FLAGS, ...(process.env.BENCH_FLAGS?.split(' ') ?? [])];
  const browser = await chromium.launch({ executablePath, headless: true, args: flags });
  try {
    console.log(`${base} · Chromium ${browser.version()} · ${BACKENDS.join(', ')} · ${ONLY.join(', ')}`);
    const [results, notes, errors] = [{}, new Set(), new Set()];
    for (let round = 1; round <= ROUNDS; round++)
      for (const name of ONLY.filter((m) => MEASURES[m]))
        for (const backend of BACKENDS) {
          const t0 = Date.now();
          const got = await runOne(browser, name, backend, errors, notes);
          for (const [row, v] of Object.entries(got)) ((results[row] ??= {})[backend] ??= []).push(v);
          const shown = Object.entries(got).map(([r, v]) => `${r} ${v?.toFixed?.(3) ?? v}`);
          console.log(`round ${round} ${backend}: ${shown.join(', ')} (${(Date.now() - t0) / 1000} s)`);
        }
    report(results, notes, errors);
  } finally {
    await browser.close();
  }
} finally {
  await server?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
}

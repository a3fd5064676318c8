// `npm run bench`: serves the benchmark page with Vite, runs it in Chromium (WebGPU; SwiftShader
// where there is no GPU) and prints a table. Options after `--`: --sizes 64,128,256 --heavy 256
// --frames 30 --cpuMax 64 --json (print raw JSON too).
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { findBrowser, WEBGPU_FLAGS } from './browser-path.mjs';

const args = process.argv.slice(2);
const query = new URLSearchParams();
for (const key of ['sizes', 'heavy', 'frames', 'cpuMax']) {
  const i = args.indexOf(`--${key}`);
  if (i >= 0) query.set(key, args[i + 1]);
}

const server = await createServer({ logLevel: 'warn', server: { port: 0, host: 'localhost' } });
await server.listen();
const url = `${server.resolvedUrls.local[0]}tests/bench/index.html?${query}`;
const browser = await chromium.launch({
  executablePath: findBrowser(),
  headless: true,
  args: [
    ...WEBGPU_FLAGS,
    '--enable-webgpu-developer-features',
    ...(process.env.BENCH_FLAGS?.split(' ') ?? []),
  ],
});
try {
  const page = await browser.newPage();
  page.on('console', (m) => m.type() === 'error' && console.error('[page]', m.text()));
  await page.goto(url);
  await page.waitForFunction(() => window.__bench, null, { timeout: 30 * 60_000, polling: 500 });
  const result = await page.evaluate(() => window.__bench);
  if (result.error) throw new Error(result.error);
  print(result);
  if (args.includes('--json')) console.log(JSON.stringify(result, null, 2));
} finally {
  await browser.close();
  await server.close();
}

function print(r) {
  const f = (x, d = 2) => (x == null ? '—' : x.toFixed(d));
  console.log(
    `adapter: ${r.adapter}${r.isFallbackAdapter ? ' (fallback/software adapter: only ratios are meaningful)' : ''}`,
  );
  console.log(
    `timing: median of ${r.frames} frames; wall = submit to onSubmittedWorkDone; gpu = timestamp queries ${r.timestampQuery ? 'on' : 'unavailable'}`,
  );
  const head = [
    'workload',
    'px',
    'GFLOP',
    'engine ms',
    'engine gpu ms',
    'tfjs ms',
    'tfjs gpu ms',
    'cpu ms',
    'tfjs/engine',
    'cpu/engine',
    'engine GFLOP/s',
  ];
  const rows = r.rows.map((x) => [
    `${x.workload.name} C${x.workload.n} ${x.workload.channels}ch ${x.workload.kernel}x${x.workload.kernel}`,
    String(x.workload.size),
    f(x.gflop, 3),
    f(x.engine.wallMs),
    f(x.engine.gpuMs),
    f(x.tfjs.wallMs),
    f(x.tfjs.gpuMs),
    f(x.cpu?.wallMs, 1),
    f(x.tfjs.wallMs / x.engine.wallMs),
    x.cpu ? f(x.cpu.wallMs / x.engine.wallMs, 1) : '—',
    f(x.gflop / ((x.engine.gpuMs ?? x.engine.wallMs) / 1000), 1),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells) => cells.map((c, i) => c.padStart(widths[i])).join('  ');
  console.log(line(head));
  for (const row of rows) console.log(line(row));
}

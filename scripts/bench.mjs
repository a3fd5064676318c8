// `npm run bench`: serves the benchmark page with Vite, runs it in Chromium (WebGPU; SwiftShader
// where there is no GPU) and prints a table. Options after `--`: --sizes 64,128,256 --heavy 256
// --frames 30 --cpuMax 64 --cpuFrames 5 --json (print raw JSON too).
// `npm run bench -- --node [--sizes 64,128 --frames 7]`: no browser; ms per op of the canonical
// pipeline on the float64 CPU reference and the WASM backend in Node (tests/bench/node.ts).
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { findBrowser, WEBGPU_FLAGS } from './browser-path.mjs';

const args = process.argv.slice(2);
const option = (key) => {
  const i = args.indexOf(`--${key}`);
  return i >= 0 ? args[i + 1] : null;
};
const query = new URLSearchParams();
for (const key of ['sizes', 'heavy', 'frames', 'cpuMax', 'cpuFrames']) {
  if (option(key) !== null) query.set(key, option(key));
}

if (args.includes('--node')) {
  await nodeBench();
  process.exit(0);
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
  console.log(`wasm: ${r.wasm}`);
  console.log(
    `timing: median of ${r.frames} frames; wall = submit to onSubmittedWorkDone; gpu = timestamp queries ${r.timestampQuery ? 'on' : 'unavailable'}; wasm and cpu frames alternate (A/B), wall time`,
  );
  const head = [
    'workload',
    'px',
    'GFLOP',
    'engine ms',
    'engine gpu ms',
    'tfjs ms',
    'tfjs gpu ms',
    'wasm ms',
    'cpu ms',
    'tfjs/engine',
    'cpu/engine',
    'cpu/wasm',
    'engine GFLOP/s',
    'wasm GFLOP/s',
  ];
  const rows = r.rows.map((x) => [
    `${x.workload.name} C${x.workload.n} ${x.workload.channels}ch ${x.workload.kernel}x${x.workload.kernel}`,
    String(x.workload.size),
    f(x.gflop, 3),
    f(x.engine.wallMs),
    f(x.engine.gpuMs),
    f(x.tfjs.wallMs),
    f(x.tfjs.gpuMs),
    f(x.wasm.wallMs),
    f(x.cpu?.wallMs, 1),
    f(x.tfjs.wallMs / x.engine.wallMs),
    x.cpu ? f(x.cpu.wallMs / x.engine.wallMs, 1) : '—',
    x.cpu ? f(x.cpu.wallMs / x.wasm.wallMs, 1) : '—',
    f(x.gflop / ((x.engine.gpuMs ?? x.engine.wallMs) / 1000), 1),
    f(x.gflop / (x.wasm.wallMs / 1000), 1),
  ]);
  table(head, rows);
}

function table(head, rows) {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells) => cells.map((c, i) => c.padStart(widths[i])).join('  ');
  console.log(line(head));
  for (const row of rows) console.log(line(row));
}

/** The Node benchmark: Vite loads the TypeScript module; no page, no GPU. */
async function nodeBench() {
  const sizes = (option('sizes') ?? '64,128').split(',').map(Number);
  const frames = Number(option('frames') ?? 7);
  const server = await createServer({
    logLevel: 'warn',
    server: { middlewareMode: true },
    appType: 'custom',
  });
  try {
    const { runNodeBench } = await server.ssrLoadModule('/tests/bench/node.ts');
    const rows = await runNodeBench({ sizes, frames });
    console.log(
      `Node ${process.version}; median of ${frames} frames per op, float64 reference and WASM frames alternating (A/B)`,
    );
    for (const r of rows) {
      console.log(`\ncanonical C8 4ch 5x5 at ${r.size} px (${r.gflop.toFixed(3)} GFLOP a frame)`);
      const ops = Object.keys(r.cpu);
      const cells = ops.map((op) => [
        op,
        r.cpu[op].toFixed(2),
        r.wasm[op].toFixed(2),
        (r.cpu[op] / r.wasm[op]).toFixed(1),
      ]);
      table(['op', 'float64 ms', 'wasm ms', 'float64/wasm'], cells);
      console.log(`wasm: ${(r.gflop / (r.wasm.frame / 1000)).toFixed(1)} GFLOP/s over the frame`);
    }
    if (args.includes('--json')) console.log(JSON.stringify(rows, null, 2));
  } finally {
    await server.close();
  }
}

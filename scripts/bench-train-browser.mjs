// The browser half of `npm run bench:train`: serves tests/bench/train.html with Vite, runs it in
// Chromium (WebGPU on SwiftShader where there is no GPU) and prints seconds per training step and
// per test pass on tfjs-wasm, tfjs-webgpu and tfjs-cpu (medians of interleaved rounds).
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { findBrowser, WEBGPU_FLAGS } from './browser-path.mjs';

const server = await createServer({ logLevel: 'warn', server: { port: 0, host: 'localhost' } });
await server.listen();
const browser = await chromium.launch({ executablePath: findBrowser(), headless: true, args: WEBGPU_FLAGS });
try {
  const page = await browser.newPage();
  page.on('console', (m) => m.type() === 'error' && console.error('[page]', m.text()));
  await page.goto(`${server.resolvedUrls.local[0]}tests/bench/train.html`);
  await page.waitForFunction(() => window.__trainBench, null, { timeout: 60 * 60_000, polling: 1000 });
  const r = await page.evaluate(() => window.__trainBench);
  if (r.error) throw new Error(r.error);
  console.log(`Chromium; WebGPU adapter: ${r.adapter}${r.fallback ? ' (fallback: software)' : ''}`);
  console.log('backend   s/step (both nets, batch 32)   s/test pass (1,000 digits, both nets)   steps/s');
  const wasm = r.rows.find((x) => x.backend === 'wasm');
  for (const x of r.rows)
    console.log(
      `${x.backend.padEnd(8)}  ${x.stepSeconds.toFixed(3).padStart(8)}   ${Number.isNaN(x.testSeconds) ? '       —' : x.testSeconds.toFixed(2).padStart(8)}   ${(1 / x.stepSeconds).toFixed(2).padStart(7)}   (${(x.stepSeconds / wasm.stepSeconds).toFixed(1)}x wasm's time)`,
    );
} finally {
  await browser.close();
  await server.close();
}

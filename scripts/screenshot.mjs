// Dev helper: screenshots of pages of the built site (run `npx vite build` first).
// Usage: node scripts/screenshot.mjs /lessons/lifting [more paths] [--full] [--width 1280] [--selector CSS]
// Writes artifacts/screenshots/<path>.png and prints console errors.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { findBrowser, WEBGPU_FLAGS } from './browser-path.mjs';

const args = process.argv.slice(2);
const full = args.includes('--full');
const wi = args.indexOf('--width');
const width = wi >= 0 ? Number(args[wi + 1]) : 1280;
const si = args.indexOf('--selector');
const selector = si >= 0 ? args[si + 1] : null;
const paths = args.filter((a, i) => a.startsWith('/') && args[i - 1] !== '--width');
const wait = Number(process.env.SHOT_WAIT ?? 3000);

const server = await preview({ logLevel: 'warn', preview: { port: 0, host: 'localhost' } });
const base = server.resolvedUrls.local[0].replace(/\/$/, '');
const browser = await chromium.launch({ executablePath: findBrowser(), headless: true, args: WEBGPU_FLAGS });
mkdirSync('artifacts/screenshots', { recursive: true });
try {
  for (const path of paths) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    page.on('console', (m) => m.type() === 'error' && console.log(`[${path}] console error: ${m.text()}`));
    page.on('pageerror', (e) => console.log(`[${path}] page error: ${e.message}`));
    await page.goto(base + path);
    await page.waitForTimeout(wait);
    const file = `artifacts/screenshots/${path.replace(/\W+/g, '_').replace(/^_/, '') || 'home'}.png`;
    if (selector) {
      const all = page.locator(selector);
      const n = await all.count();
      for (let i = 0; i < n; i++) {
        const f = file.replace(/\.png$/, `_${i}.png`);
        await all.nth(i).screenshot({ path: f });
        console.log('wrote', f);
      }
    } else {
      await page.screenshot({ path: file, fullPage: full });
      console.log('wrote', file);
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}

// One Chromium per test file, with the WebGPU flags, plus a page that records console errors.
import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { findBrowser, WEBGPU_FLAGS } from '../../scripts/browser-path.mjs';

export const baseUrl = () => inject('baseUrl');
export const SCREENSHOT_DIR = 'artifacts/screenshots';

export async function launch(): Promise<Browser> {
  const executablePath = findBrowser();
  if (!executablePath) throw new Error('No Chromium found: run `node scripts/ensure-browser.mjs`');
  return chromium.launch({ executablePath, headless: true, args: WEBGPU_FLAGS });
}

/** One Chromium for the calling test file: launched before its tests, closed after them. */
export function browserPerFile(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser)
      throw new Error('browserPerFile: the browser is launched in beforeAll; use it inside tests');
    return browser;
  };
}

export interface WatchedPage {
  page: Page;
  errors: string[];
  /** console.warn messages (frames that failed, devices lost, ...). */
  warnings: string[];
}

/** A fresh page (own storage) whose console errors, warnings and page errors are collected. */
export async function openPage(browser: Browser, width = 1280, height = 900): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  const errors: string[] = [];
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
    if (m.type() === 'warning') warnings.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return { page, errors, warnings };
}

/**
 * Makes the page start on this engine (the settings' choice, stored before any script runs).
 * Without it the page picks as for a user: WebAssembly here, where WebGPU is SwiftShader.
 */
export async function chooseEngine(page: Page, engine: 'auto' | 'webgpu' | 'wasm' | 'cpu'): Promise<void> {
  await page.addInitScript((choice) => {
    const settings = { theme: 'system', engine: choice, showFrameTime: false };
    localStorage.setItem('eqp.settings', JSON.stringify({ schema: 2, data: settings }));
  }, engine);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png`, fullPage: false });
}

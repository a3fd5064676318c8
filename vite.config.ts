/// <reference types="vitest/config" />
import mdx from '@mdx-js/rollup';
import react from '@vitejs/plugin-react';
import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';
import { defineConfig } from 'vite';
import { playwright } from '@vitest/browser-playwright';
import { findBrowser, WEBGPU_FLAGS } from './scripts/browser-path.mjs';
import { mnistSamples } from './scripts/vite-plugin-mnist.ts';

const browserPath = findBrowser() ?? undefined;

export default defineConfig({
  plugins: [
    // MDX first, so the React plugin sees its JSX output.
    { enforce: 'pre', ...mdx({ remarkPlugins: [remarkMath], rehypePlugins: [rehypeKatex] }) },
    react({ include: /\.(mdx|tsx?|jsx?)$/ }),
    mnistSamples(),
  ],
  build: { target: 'es2022', chunkSizeWarningLimit: 900 },
  // Imported on demand (training, the WebAssembly engine): listed so Vite prepares them up front
  // instead of discovering them mid-test and reloading the page.
  optimizeDeps: {
    include: [
      '@tensorflow/tfjs-core',
      '@tensorflow/tfjs-core/dist/register_all_gradients',
      '@tensorflow/tfjs-backend-cpu',
      '@tensorflow/tfjs-backend-wasm',
      '@tensorflow/tfjs-backend-webgpu',
    ],
  },
  server: { host: 'localhost' },
  preview: { host: 'localhost' },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts', 'tests/browser/**/*.test.tsx'],
          testTimeout: 120_000,
          // One file at a time: the files share one GPU process, and the device-loss tests must
          // not wait behind another file's heavy kernels (a CI run once hung on device.lost).
          fileParallelism: false,
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({ launchOptions: { executablePath: browserPath, args: WEBGPU_FLAGS } }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});

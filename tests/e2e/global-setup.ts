// Builds the static site once and serves it with `vite preview` on localhost (WebGPU needs a
// secure context), so the e2e tests exercise exactly what gets deployed.
import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { build, preview, type PreviewServer } from 'vite';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

let server: PreviewServer | undefined;

export default async function setup(project: TestProject) {
  // One folder per run, so two runs at once never serve each other's half-written files.
  const outDir = `dist-e2e/${process.pid}`;
  await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  server = await preview({
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, host: 'localhost' },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  project.provide('baseUrl', url.replace(/\/$/, ''));
  return async () => {
    await server?.close();
    rmSync(outDir, { recursive: true, force: true });
  };
}

// `npm run build:lib`: bundles the public APIs that run without a browser (the math core and
// the CPU reference engine) into plain ES modules under dist-lib/, importable from Node:
//   const math = await import('./dist-lib/math.js');
//   const cpu = await import('./dist-lib/engine-cpu.js');
import { build } from 'vite';

await build({
  configFile: false,
  logLevel: 'warn',
  build: {
    outDir: 'dist-lib',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    lib: {
      entry: { math: 'src/math/index.ts', 'engine-cpu': 'src/engine/cpu/index.ts' },
      formats: ['es'],
    },
  },
});
console.log('wrote dist-lib/math.js and dist-lib/engine-cpu.js');

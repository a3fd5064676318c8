// Build-time extraction of a few real MNIST digits from the `mnist` package (21 MB of JSON)
// into a tiny virtual module, so the app ships about 10 KB instead of the whole data set.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';

const ID = 'virtual:mnist-samples';
const SAMPLES_PER_DIGIT = 3;
const SIDE = 28;

export function mnistSamples(): Plugin {
  return {
    name: 'mnist-samples',
    resolveId: (id) => (id === ID ? `\0${ID}` : null),
    load(id) {
      if (id !== `\0${ID}`) return null;
      const require = createRequire(import.meta.url);
      const digitsDir = require.resolve('mnist/package.json').replace(/package\.json$/, 'src/digits/');
      const samples: { digit: number; index: number; pixels: string }[] = [];
      for (let digit = 0; digit < 10; digit++) {
        const { data } = JSON.parse(readFileSync(`${digitsDir}${digit}.json`, 'utf8')) as { data: number[] };
        for (let index = 0; index < SAMPLES_PER_DIGIT; index++) {
          const bytes = Uint8Array.from(data.slice(index * SIDE * SIDE, (index + 1) * SIDE * SIDE), (v) =>
            Math.round(v * 255),
          );
          samples.push({ digit, index, pixels: Buffer.from(bytes).toString('base64') });
        }
      }
      return `export const SIDE = ${SIDE};\nexport const SAMPLES = ${JSON.stringify(samples)};`;
    },
  };
}

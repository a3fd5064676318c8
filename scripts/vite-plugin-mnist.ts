// Build-time extraction of real MNIST digits from the `mnist` package (21 MB of JSON) into small
// virtual modules: a few 28x28 presets for the drawing canvas (about 10 KB), and a training and a
// test set at 14x14 for the training widget (loaded only when it trains).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';

const ID = 'virtual:mnist-samples';
const TRAIN_ID = 'virtual:mnist-train';
const SAMPLES_PER_DIGIT = 3;
const SIDE = 28;
/** Training digits per class, then test digits per class (taken after the training ones). */
// The package has 1,001 digits per class; 3 are presets, 800 train and 100 test: 9,000 digits at
// 14x14, 1.76 MB of bytes, loaded only when a network trains.
const TRAIN_PER_DIGIT = 800;
const TEST_PER_DIGIT = 100;

function digitsDir(): string {
  const require = createRequire(import.meta.url);
  return require.resolve('mnist/package.json').replace(/package\.json$/, 'src/digits/');
}

/** Digit `index` of `data` (28x28 in [0, 1]) averaged over 2x2 blocks to 14x14 bytes. */
function halfSize(data: number[], index: number): number[] {
  const out: number[] = [];
  const at = (i: number, j: number) => data[index * SIDE * SIDE + i * SIDE + j];
  for (let i = 0; i < SIDE; i += 2)
    for (let j = 0; j < SIDE; j += 2)
      out.push(Math.round(((at(i, j) + at(i, j + 1) + at(i + 1, j) + at(i + 1, j + 1)) / 4) * 255));
  return out;
}

/** The training module: per split, labels and 14x14 bytes (base64), digits interleaved by class. */
function trainingModule(): string {
  const dir = digitsDir();
  const split = {
    train: { labels: [] as number[], bytes: [] as number[] },
    test: { labels: [] as number[], bytes: [] as number[] },
  };
  const byDigit = Array.from(
    { length: 10 },
    (_, d) => (JSON.parse(readFileSync(`${dir}${d}.json`, 'utf8')) as { data: number[] }).data,
  );
  for (let n = 0; n < TRAIN_PER_DIGIT + TEST_PER_DIGIT; n++)
    for (let d = 0; d < 10; d++) {
      const s = n < TRAIN_PER_DIGIT ? split.train : split.test;
      s.labels.push(d);
      for (const b of halfSize(byDigit[d], SAMPLES_PER_DIGIT + n)) s.bytes.push(b);
    }
  const pack = (s: { labels: number[]; bytes: number[] }) =>
    `{ labels: "${Buffer.from(Uint8Array.from(s.labels)).toString('base64')}", pixels: "${Buffer.from(Uint8Array.from(s.bytes)).toString('base64')}" }`;
  return `export const SIDE = ${SIDE / 2};\nexport const TRAIN = ${pack(split.train)};\nexport const TEST = ${pack(split.test)};`;
}

export function mnistSamples(): Plugin {
  return {
    name: 'mnist-samples',
    resolveId: (id) => (id === ID || id === TRAIN_ID ? `\0${id}` : null),
    load(id) {
      if (id === `\0${TRAIN_ID}`) return trainingModule();
      if (id !== `\0${ID}`) return null;
      const dir = digitsDir();
      const samples: { digit: number; index: number; pixels: string }[] = [];
      for (let digit = 0; digit < 10; digit++) {
        const { data } = JSON.parse(readFileSync(`${dir}${digit}.json`, 'utf8')) as { data: number[] };
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

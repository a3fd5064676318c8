// `npm run bench:train` (tests/bench/train.run.ts) and `npm run train:weights` (trainWeights.run.ts),
// the training experiments in Node, run by
// Vitest because it loads tfjs's ES modules and the digits' virtual module as the app does.
import { defineConfig } from 'vitest/config';
import { mnistSamples } from '../../scripts/vite-plugin-mnist.ts';

export default defineConfig({
  plugins: [mnistSamples()],
  test: {
    include: ['tests/bench/*.run.ts'],
    environment: 'node',
    testTimeout: 3_600_000,
    silent: false,
    reporters: ['default'],
  },
});

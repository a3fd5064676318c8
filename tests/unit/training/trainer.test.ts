// The training widget's models on tfjs's CPU backend: exact quarter turns, a G-CNN whose outputs
// do not move under them (and a plain CNN whose do), and training on upright digits that teaches
// both to read upright digits while only the G-CNN keeps its accuracy on turned ones.
import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import { SIDE, TEST, TRAIN } from 'virtual:mnist-train';
import { beforeAll, describe, expect, test } from 'vitest';
import { decodeDigits } from '../../../src/training/digits';
import { c4Gcnn, plainCnn } from '../../../src/training/models';
import { turnImages } from '../../../src/training/rot90';
import { DigitTrainer } from '../../../src/training/trainer';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const train = decodeDigits(SIDE, TRAIN);
const test_ = decodeDigits(SIDE, TEST);

describe('quarter turns', () => {
  test('turn the picture counter-clockwise on screen, and four make the identity', () => {
    // A 3x3 picture with one bright pixel at the top right (row 0, column 2).
    const x = tf.tensor4d([0, 0, 1, 0, 0, 0, 0, 0, 0], [1, 3, 3, 1]);
    expect(Array.from(turnImages(x, 1).dataSync())).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0]); // to the top left
    expect(Array.from(turnImages(x, 2).dataSync())).toEqual([0, 0, 0, 0, 0, 0, 1, 0, 0]); // bottom left
    const y = tf.randomNormal([2, 5, 5, 3], 0, 1, 'float32', 1) as tf.Tensor4D;
    expect(Array.from(turnImages(y, 4).dataSync())).toEqual(Array.from(y.dataSync()));
  });
});

describe('the untrained models on real digits', () => {
  const x = tf.tensor4d(test_.images.slice(0, 20 * SIDE * SIDE), [20, SIDE, SIDE, 1]);
  const change = (model: ReturnType<typeof c4Gcnn>, k: number) => {
    const a = model.predict(x).dataSync();
    const b = model.predict(turnImages(x, k)).dataSync();
    let worst = 0;
    let scale = 0;
    a.forEach((v, i) => {
      worst = Math.max(worst, Math.abs(v - b[i]));
      scale = Math.max(scale, Math.abs(v));
    });
    return worst / scale;
  };

  test.each([1, 2, 3])('the G-CNN outputs do not move under %i quarter turns (float32 round-off)', (k) => {
    const g = c4Gcnn(3);
    expect(change(g, k)).toBeLessThan(1e-5);
    g.dispose();
  });

  test('the plain CNN outputs do', () => {
    const p = plainCnn(3);
    expect(change(p, 1)).toBeGreaterThan(1e-2);
    p.dispose();
  });

  test('both have about the same number of weights (1,418 and 1,290)', () => {
    const [p, g] = [plainCnn(1), c4Gcnn(1)];
    expect([p.weightCount, g.weightCount]).toEqual([1418, 1290]);
    p.dispose();
    g.dispose();
  });
});

// tfjs's CPU backend is plain JavaScript (about 4 s a step here), so CI trains a few steps only;
// what longer training reaches is measured in the browser and reported in the README.
test('a few training steps: finite, falling losses, and a G-CNN that answers alike at every quarter turn', async () => {
  const trainer = new DigitTrainer(train, test_, 7);
  for (let i = 0; i < STEPS; i++) await trainer.step(16);
  for (const kind of ['plain', 'gcnn'] as const) {
    const l = trainer.losses[kind];
    expect(l).toHaveLength(STEPS);
    expect(l.every(Number.isFinite)).toBe(true);
    expect(l[STEPS - 1]).toBeLessThan(l[0]); // Adam at 0.01 on one set of weights
  }
  const e = await trainer.evaluate();
  expect(e.gcnn.map((s) => s.quarterTurns)).toEqual([0, 1, 2, 3]);
  expect(e.gcnn.map((s) => s.changed)).toEqual([0, 0, 0, 0]);
  expect(new Set(e.gcnn.map((s) => s.accuracy)).size).toBe(1);
  expect(Math.max(...e.gcnn.map((s) => s.maxLogitChange))).toBeLessThan(1e-4);
  expect(Math.max(...e.plain.map((s) => s.maxLogitChange))).toBeGreaterThan(1e-3);
  trainer.dispose();
}, 120_000);

const STEPS = 3;

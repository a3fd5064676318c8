// The training widget's models on tfjs's CPU backend: exact quarter turns, a G-CNN whose outputs
// do not move under them (and a plain CNN whose do), and a few training steps on upright digits
// after which both learn and the G-CNN still answers alike at every quarter turn.
import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import { SIDE, TEST, TRAIN } from 'virtual:mnist-train';
import { beforeAll, describe, expect, test } from 'vitest';
import { decodeDigits, type DigitSet } from '../../../src/training/digits';
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

// tfjs's CPU backend is plain JavaScript, and its filter gradients cost about 0.1-0.2 s a digit
// here, so CI trains on one fixed batch of two digits (a 0 and a 1) and tests on 20 digits: a few
// steps on the same batch must lower that batch's loss at every step, which checks the gradients
// and the optimiser without hoping that different batches happen to be easier. What longer
// training reaches is measured in the browser and reported in the README.
test('a few training steps on one batch: finite, falling losses, and a G-CNN that answers alike at every quarter turn', async () => {
  const trainer = new DigitTrainer(firstDigits(train, BATCH), firstDigits(test_, 20), 7);
  for (let i = 0; i < STEPS; i++) await trainer.step(BATCH);
  for (const kind of ['plain', 'gcnn'] as const) {
    const l = trainer.losses[kind];
    expect(l).toHaveLength(STEPS);
    expect(l.every(Number.isFinite)).toBe(true);
    for (let i = 1; i < STEPS; i++) expect(l[i]).toBeLessThan(l[i - 1]); // Adam at 0.01, same batch
  }
  const e = await trainer.evaluate();
  expect(e.gcnn.map((s) => s.quarterTurns)).toEqual([0, 1, 2, 3]);
  expect(e.gcnn.map((s) => s.count)).toEqual([20, 20, 20, 20]);
  expect(e.gcnn.map((s) => s.changed)).toEqual([0, 0, 0, 0]);
  expect(new Set(e.gcnn.map((s) => s.accuracy)).size).toBe(1);
  expect(Math.max(...e.gcnn.map((s) => s.maxLogitChange))).toBeLessThan(1e-4);
  expect(Math.max(...e.plain.map((s) => s.maxLogitChange))).toBeGreaterThan(1e-3);
  trainer.dispose();
}, 60_000);

const BATCH = 2;
const STEPS = 3;

/** The first n digits of a set (the sets interleave the classes: 0, 1, 2, ..., 9, 0, 1, ...). */
function firstDigits(set: DigitSet, n: number): DigitSet {
  const S = set.side * set.side;
  return { side: set.side, count: n, images: set.images.slice(0, n * S), labels: set.labels.slice(0, n) };
}

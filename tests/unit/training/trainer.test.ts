// The training experiments' networks and trainer, on tfjs-wasm (what the page trains on without a
// GPU): exact quarter turns, a G-CNN whose outputs do not move under them (and a plain CNN whose
// do), equal weight budgets, the learning-rate schedule, and short runs whose losses fall and which
// keep what they measured when stopped.
import '@tensorflow/tfjs-backend-wasm';
import * as tf from '@tensorflow/tfjs-core';
import { SIDE, TEST, TRAIN } from 'virtual:mnist-train';
import { beforeAll, describe, expect, test } from 'vitest';
import { decodeDigits, firstDigits, turnedDigits } from '../../../src/training/digits';
import { evaluate, QUARTER_TURNS, viewImages } from '../../../src/training/evaluation';
import { efficiencyPlan, runPlan, ROTATED_PLAN } from '../../../src/training/experiments';
import {
  c4Gcnn,
  groupBank,
  liftingBank,
  plainCnn,
  weightCount,
  type DigitModel,
} from '../../../src/training/models';
import { turnFilters, turnImages } from '../../../src/training/rot90';
import { learningRateAt, PairTrainer, type TrainingPlan } from '../../../src/training/trainer';
import { registerWasmFilterGradient } from '../../../src/training/wasmFilterGradient';

beforeAll(async () => {
  registerWasmFilterGradient();
  await tf.setBackend('wasm');
});

const train = decodeDigits(SIDE, TRAIN);
const test_ = decodeDigits(SIDE, TEST);

test('the digit sets: 8,000 training and 1,000 test digits at 14x14, classes interleaved', () => {
  expect([train.count, test_.count, train.side]).toEqual([8000, 1000, 14]);
  expect(Array.from(train.labels.slice(0, 12))).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1]);
  const counts = new Array(10).fill(0);
  firstDigits(train, 50).labels.forEach((l) => counts[l]++);
  expect(counts).toEqual(new Array(10).fill(5));
});

describe('quarter turns', () => {
  test('turn the picture counter-clockwise on screen, and four make the identity', () => {
    // A 3x3 picture with one bright pixel at the top right (row 0, column 2).
    const x = tf.tensor4d([0, 0, 1, 0, 0, 0, 0, 0, 0], [1, 3, 3, 1]);
    expect(Array.from(turnImages(x, 1).dataSync())).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0]); // to the top left
    expect(Array.from(turnImages(x, 2).dataSync())).toEqual([0, 0, 0, 0, 0, 0, 1, 0, 0]); // bottom left
    const y = tf.randomNormal([2, 5, 5, 3], 0, 1, 'float32', 1) as tf.Tensor4D;
    expect(Array.from(turnImages(y, 4).dataSync())).toEqual(Array.from(y.dataSync()));
  });

  test('the test views agree: exact quarter turns, the tfjs turn, and the bilinear turn by 90 degrees', () => {
    const few = firstDigits(test_, 5);
    const exact = viewImages(few, { kind: 'angle', degrees: 90 });
    const viaTf = turnImages(tf.tensor4d(few.images, [5, SIDE, SIDE, 1]), 1).dataSync();
    expect(Array.from(exact)).toEqual(Array.from(viaTf));
    const bilinear = turnedDigits(few, [0, 1, 2, 3, 4], new Array(5).fill(Math.PI / 2));
    expect(Math.max(...bilinear.map((v, i) => Math.abs(v - exact[i])))).toBeLessThan(1e-5);
  });
});

describe('the expanded filter banks', () => {
  test('lifting: orientation k holds the filter turned k quarter turns', () => {
    const psi = tf.randomNormal([3, 3, 1, 2], 0, 1, 'float32', 4) as tf.Tensor4D;
    const want = tf.concat(
      [0, 1, 2, 3].map((k) => turnFilters(psi, k)),
      3,
    );
    expect(Array.from(liftingBank(psi).dataSync())).toEqual(Array.from(want.dataSync()));
  });

  test('group correlation: block (j, k) is ψ_{j−k} turned k quarter turns, built block by block', () => {
    const [Cin, Cout] = [3, 2];
    const psi = tf.randomNormal([4, 3, 3, Cin, Cout], 0, 1, 'float32', 5);
    const parts = tf.unstack(psi) as tf.Tensor4D[];
    const want = tf.concat(
      [0, 1, 2, 3].map((k) =>
        tf.concat(
          [0, 1, 2, 3].map((j) => turnFilters(parts[(j - k + 4) % 4], k)),
          2,
        ),
      ),
      3,
    );
    const got = groupBank(psi);
    expect(got.shape).toEqual([3, 3, 4 * Cin, 4 * Cout]);
    expect(Array.from(got.dataSync())).toEqual(Array.from(want.dataSync()));
  });
});

describe('the untrained models on real digits', () => {
  const change = (model: DigitModel, k: number) => {
    const x = tf.tensor4d(test_.images.slice(0, 20 * SIDE * SIDE), [20, SIDE, SIDE, 1]);
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

  test('equal budgets: 10,986 and 10,682 weights (within 3%), as counted from the architecture', () => {
    const [p, g] = [plainCnn(1), c4Gcnn(1)];
    expect([p.weightCount, g.weightCount]).toEqual([weightCount('plain'), weightCount('gcnn')]);
    expect([p.weightCount, g.weightCount]).toEqual([10986, 10682]);
    expect(Math.abs(p.weightCount - g.weightCount) / p.weightCount).toBeLessThan(0.03);
    p.dispose();
    g.dispose();
  });
});

describe('the schedule and the plans', () => {
  const plan: TrainingPlan = { ...ROTATED_PLAN, steps: 1000, learningRate: 0.01 };
  test('warm-up over 50 steps, then linear decay to 0 at the last step', () => {
    expect(learningRateAt(plan, 0)).toBeCloseTo(0.0002, 10);
    expect(learningRateAt(plan, 49)).toBeCloseTo(0.01 * (1 - 49 / 1000), 10);
    expect(learningRateAt(plan, 500)).toBeCloseTo(0.005, 10);
    expect(learningRateAt(plan, 1000)).toBe(0);
  });
  test('data-efficiency runs: about 30 passes, between 200 and 1,200 steps', () => {
    expect([50, 500, 1500, 8000].map((n) => efficiencyPlan(n).steps)).toEqual([200, 469, 1200, 1200]);
  });
});

test('a few steps on one upright batch: finite, falling losses', async () => {
  const plan: TrainingPlan = {
    protocol: 'upright',
    trainSize: 16,
    steps: 200,
    batch: 16,
    learningRate: 0.01,
    seed: 7,
  };
  const trainer = new PairTrainer(train, plan);
  for (let i = 0; i < 40; i++) trainer.step();
  const losses = await trainer.readLosses();
  for (const kind of ['plain', 'gcnn'] as const) {
    const l = losses[kind];
    expect(l).toHaveLength(40);
    expect(l.every(Number.isFinite)).toBe(true);
    expect(l[39]).toBeLessThan(0.5 * l[0]); // the same 16 digits, 40 steps
  }
  trainer.dispose();
  expect(tf.memory().numTensors).toBeLessThan(200);
}, 60_000);

test('a stopped run keeps what it measured, and the trained G-CNN answers alike at every quarter turn', async () => {
  const plan: TrainingPlan = { ...ROTATED_PLAN, trainSize: 500, steps: 300 };
  const before = tf.memory().numTensors;
  const small = { train, test: firstDigits(test_, 200) };
  let asked = 0; // the runner asks once before each step
  const run = await runPlan('rotated', plan, small, {
    alive: () => asked++ < 60,
    onProgress: () => undefined,
  });
  expect(run.step).toBe(60);
  expect(run.checkpoints.map((c) => c.step)).toEqual([60]);
  const scores = await evaluate(run.trainer.models.gcnn, small.test, QUARTER_TURNS);
  expect(scores.map((s) => s.changed)).toEqual([0, 0, 0, 0]);
  expect(Math.max(...scores.map((s) => s.maxLogitChange))).toBeLessThan(1e-4);
  const plain = await evaluate(run.trainer.models.plain, small.test, QUARTER_TURNS);
  expect(Math.max(...plain.map((s) => s.maxLogitChange))).toBeGreaterThan(1e-3);
  run.trainer.dispose();
  expect(tf.memory().numTensors).toBe(before);
}, 120_000);

// The networks shipped for the lecture: the half-precision codec against IEEE 754 binary16 values,
// and the shipped file, which must reproduce the accuracies recorded in it when loaded (on
// tfjs-wasm, as written by `npm run train:weights`) and keep the G-CNN unmoved by quarter turns.
import '@tensorflow/tfjs-backend-wasm';
import * as tf from '@tensorflow/tfjs-core';
import { readFileSync } from 'node:fs';
import { SIDE, TEST } from 'virtual:mnist-train';
import { beforeAll, describe, expect, test } from 'vitest';
import { decodeDigits } from '../../../src/training/digits';
import { evaluate, QUARTER_TURNS } from '../../../src/training/evaluation';
import { loadTrained, measureTrained, SHIPPED_PLAN } from '../../../src/training/shipped';
import { fromHalf, toHalf } from '../../../src/training/trainedWeights';
import { registerWasmFilterGradient } from '../../../src/training/wasmFilterGradient';

beforeAll(async () => {
  registerWasmFilterGradient();
  await tf.setBackend('wasm');
});

describe('half precision', () => {
  // IEEE 754 binary16 bit patterns (e.g. Wikipedia's table of half-precision examples).
  test.each([
    [1, 0x3c00],
    [-2, 0xc000],
    [65504, 0x7bff],
    [2 ** -14, 0x0400],
    [2 ** -24, 0x0001],
    [0, 0x0000],
  ])('%d is bit pattern %i, both ways', (value, bits) => {
    expect(toHalf(value)).toBe(bits);
    expect(fromHalf(bits)).toBe(value);
  });

  test('1/3 rounds to 0x3555 = 0.333251953125', () => {
    expect(toHalf(1 / 3)).toBe(0x3555);
    expect(fromHalf(0x3555)).toBe(0.333251953125);
  });

  test('0.1 rounds to 0x2e66 = 0.0999755859375; ties go to even', () => {
    expect(toHalf(0.1)).toBe(0x2e66);
    expect(fromHalf(0x2e66)).toBe(0.0999755859375);
    expect(toHalf(1 + 2 ** -11)).toBe(0x3c00); // halfway between 1 and the next half: even (1)
    expect(toHalf(1 + 3 * 2 ** -11)).toBe(0x3c02); // halfway between 0x3c01 and 0x3c02: even
  });

  test('every finite half survives a round trip', () => {
    for (let bits = 0; bits < 0x7c00; bits++) {
      expect(toHalf(fromHalf(bits))).toBe(bits);
      expect(toHalf(-fromHalf(bits))).toBe(bits | 0x8000);
    }
  });
});

describe('the shipped networks', () => {
  const test_ = decodeDigits(SIDE, TEST);

  test('a small file of the planned run', () => {
    const bytes = readFileSync('src/training/trained/rotatedMnist.json').length;
    expect(bytes).toBeLessThan(80_000);
  });

  test('they reproduce the accuracies recorded beside them, and the G-CNN is unmoved by quarter turns', async () => {
    const { file, models } = await loadTrained();
    expect(file.plan).toEqual(SHIPPED_PLAN);
    expect(await measureTrained(models, test_)).toEqual(file.recorded);
    expect(file.recorded.gcnn.randomlyTurned).toBeGreaterThan(file.recorded.plain.randomlyTurned);
    const turns = await evaluate(models.gcnn, test_, QUARTER_TURNS);
    expect(turns.map((s) => s.changed)).toEqual([0, 0, 0, 0]);
    models.plain.dispose();
    models.gcnn.dispose();
  }, 60_000);
});

test("the lesson quotes the shipped networks' recorded errors", () => {
  const file = JSON.parse(readFileSync('src/training/trained/rotatedMnist.json', 'utf8')) as {
    recorded: Record<'plain' | 'gcnn', { randomlyTurned: number }>;
  };
  const error = (kind: 'plain' | 'gcnn') => `${(100 * (1 - file.recorded[kind].randomlyTurned)).toFixed(1)}%`;
  const lesson = readFileSync('lessons/group-convolution/index.mdx', 'utf8');
  expect(lesson).toContain(
    `reach ${error('gcnn')} test error for the G-CNN against ${error('plain')} for the plain CNN`,
  );
});

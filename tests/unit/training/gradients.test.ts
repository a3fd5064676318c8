// The training convolution's gradients, checked against tfjs-cpu's own conv2d gradients (a second
// implementation), on tfjs-cpu and on tfjs-wasm (XNNPACK forward convolutions, and the filter
// gradient kernel this project registers for tfjs-wasm).
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-wasm';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { afterAll, describe, expect, test } from 'vitest';
import { sameConv } from '../../../src/training/sameConv';
import { registerWasmFilterGradient } from '../../../src/training/wasmFilterGradient';

afterAll(async () => {
  await tf.setBackend('cpu');
});

type Grads = { dx: Float32Array; dw: Float32Array };

/** Gradients of Σ c · conv(x, w) for a fixed random c, so every output position counts differently. */
function gradients(
  conv: (x: tf.Tensor4D, w: tf.Tensor4D) => tf.Tensor4D,
  shape: number[],
  K: number,
  Co: number,
): Grads {
  return tf.tidy(() => {
    const x = tf.randomNormal<tf.Rank.R4>(shape as [number, number, number, number], 0, 1, 'float32', 1);
    const w = tf.randomNormal([K, K, shape[3], Co], 0, 1, 'float32', 2) as tf.Tensor4D;
    const c = tf.randomNormal([shape[0], shape[1], shape[2], Co], 0, 1, 'float32', 3);
    const [dx, dw] = tf.grads((a: tf.Tensor, b: tf.Tensor) =>
      tf.sum(tf.mul(conv(a as tf.Tensor4D, b as tf.Tensor4D), c)),
    )([x, w]);
    return { dx: dx.dataSync() as Float32Array, dw: dw.dataSync() as Float32Array };
  });
}

const reference = (shape: number[], K: number, Co: number) =>
  gradients((x, w) => tf.conv2d(x, w, 1, 'same'), shape, K, Co);

function relativeError(a: Float32Array, b: Float32Array): number {
  let [d, r] = [0, 0];
  a.forEach((v, i) => {
    d += (v - b[i]) ** 2;
    r += b[i] ** 2;
  });
  return Math.sqrt(d / r);
}

const CASES: [number[], number, number][] = [
  [[2, 7, 9, 3], 3, 4],
  [[3, 14, 14, 8], 3, 12],
  [[1, 6, 5, 2], 5, 3],
];

describe.each(CASES)('x %j, kernel size %i, %i outputs', (shape, K, Co) => {
  test('on tfjs-cpu, sameConv has conv2d`s gradients', async () => {
    await tf.setBackend('cpu');
    const want = reference(shape, K, Co);
    const got = gradients(sameConv, shape, K, Co);
    expect(relativeError(got.dx, want.dx)).toBeLessThan(1e-5);
    expect(relativeError(got.dw, want.dw)).toBeLessThan(1e-5);
  });

  test('on tfjs-wasm, both sameConv and conv2d (with the registered filter gradient) agree with tfjs-cpu', async () => {
    await tf.setBackend('cpu');
    const want = reference(shape, K, Co);
    registerWasmFilterGradient();
    await tf.setBackend('wasm');
    for (const conv of [sameConv, (x: tf.Tensor4D, w: tf.Tensor4D) => tf.conv2d(x, w, 1, 'same')]) {
      const got = gradients(conv, shape, K, Co);
      expect(relativeError(got.dx, want.dx)).toBeLessThan(1e-5);
      expect(relativeError(got.dw, want.dw)).toBeLessThan(1e-5);
    }
  });
});

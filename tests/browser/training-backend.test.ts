// tfjs follows the engine: on the engine's own WebGPU device when WebGPU runs (one device, shared),
// on tfjs-backend-wasm otherwise (with the filter-gradient kernel registered); a convolution and
// its filter gradient give the same numbers on both, and on tfjs-cpu.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { afterAll, expect, test } from 'vitest';
import { startEngine, type Engine } from '../../src/engine/bootstrap';
import { tfOnEngine } from '../../src/training/tfBackend';
import { uniform } from './engine/gpu';

const engines: Engine[] = [];
afterAll(() => engines.forEach((e) => e.destroy()));

/** A convolution and the gradient of a weighted sum of it with respect to the filter. */
async function convAndGradient(): Promise<Float32Array[]> {
  const x = tf.tensor4d(uniform(2 * 9 * 9 * 3, 5), [2, 9, 9, 3]);
  const w = tf.tensor4d(uniform(5 * 5 * 3 * 4, 6), [5, 5, 3, 4]);
  const c = tf.tensor4d(uniform(2 * 9 * 9 * 4, 7), [2, 9, 9, 4]);
  const y = tf.conv2d(x, w, 1, 'same');
  const dw = tf.grad((f: tf.Tensor) => tf.sum(tf.mul(tf.conv2d(x, f as tf.Tensor4D, 1, 'same'), c)))(w);
  const data = [(await y.data()) as Float32Array, (await dw.data()) as Float32Array];
  tf.dispose([x, w, c, y, dw]);
  return data;
}

function relativeError(a: Float32Array, b: Float32Array): number {
  let [d2, r2] = [0, 0];
  a.forEach((v, i) => {
    d2 += (b[i] - v) ** 2;
    r2 += v * v;
  });
  return Math.sqrt(d2 / r2);
}

test('on the WebGPU engine tfjs runs on the same device; on WebAssembly on tfjs-wasm; both agree with tfjs-cpu', async () => {
  await tf.setBackend('cpu');
  const [yCpu, dwCpu] = await convAndGradient();

  const onGpu = await startEngine({ preference: 'webgpu' });
  engines.push(onGpu);
  expect((await tfOnEngine(onGpu.current())).backend).toBe('webgpu');
  expect(tf.getBackend()).toBe('webgpu');
  const device = (onGpu.current().backend as unknown as { device: GPUDevice }).device;
  expect((tf.backend() as unknown as { device: GPUDevice }).device).toBe(device);
  const [yGpu, dwGpu] = await convAndGradient();

  const onWasm = await startEngine({ preference: 'wasm' });
  engines.push(onWasm);
  expect(await tfOnEngine(onWasm.current())).toEqual({
    backend: 'wasm',
    description: 'tfjs WebAssembly (XNNPACK, SIMD, 1 thread)',
  });
  expect(tf.getBackend()).toBe('wasm');
  const [yWasm, dwWasm] = await convAndGradient();

  for (const [y, dw] of [
    [yGpu, dwGpu],
    [yWasm, dwWasm],
  ]) {
    expect(relativeError(yCpu, y)).toBeLessThan(1e-5);
    expect(relativeError(dwCpu, dw)).toBeLessThan(1e-5);
  }
});

// tfjs follows the engine: on the engine's own WebGPU device when WebGPU runs (one device, shared),
// on tfjs's CPU backend otherwise; a convolution gives the same numbers on both.
import * as tf from '@tensorflow/tfjs-core';
import { afterAll, expect, test } from 'vitest';
import { startEngine, type Engine } from '../../src/engine/bootstrap';
import { tfOnEngine } from '../../src/training/tfBackend';
import { uniform } from './engine/gpu';

const engines: Engine[] = [];
afterAll(() => engines.forEach((e) => e.destroy()));

async function conv(): Promise<Float32Array> {
  const x = tf.tensor4d(uniform(2 * 9 * 9 * 3, 5), [2, 9, 9, 3]);
  const w = tf.tensor4d(uniform(5 * 5 * 3 * 4, 6), [5, 5, 3, 4]);
  const y = tf.conv2d(x, w, 1, 'same');
  const data = (await y.data()) as Float32Array;
  tf.dispose([x, w, y]);
  return data;
}

test('on the WebGPU engine tfjs runs on the same device; on WebAssembly it runs on tfjs CPU; both agree', async () => {
  const onGpu = await startEngine({ preference: 'webgpu' });
  engines.push(onGpu);
  expect(await tfOnEngine(onGpu.current())).toMatch(/^tfjs WebGPU on the engine's device/);
  expect(tf.getBackend()).toBe('webgpu');
  const device = (onGpu.current().backend as unknown as { device: GPUDevice }).device;
  expect((tf.backend() as unknown as { device: GPUDevice }).device).toBe(device);
  const gpu = await conv();

  const onWasm = await startEngine({ preference: 'wasm' });
  engines.push(onWasm);
  expect(await tfOnEngine(onWasm.current())).toBe('tfjs CPU (JavaScript)');
  expect(tf.getBackend()).toBe('cpu');
  const cpu = await conv();
  let [d2, r2] = [0, 0];
  cpu.forEach((v, i) => {
    d2 += (gpu[i] - v) ** 2;
    r2 += v * v;
  });
  expect(Math.sqrt(d2 / r2)).toBeLessThan(1e-5);
});

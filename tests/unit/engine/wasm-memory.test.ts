// The WASM backend's caches and memory: a weight tensor's heap copy follows every change to it
// (write, filterBank, another channel split), and nothing grows over many frames: not the
// WebAssembly heap, not tfjs-backend-wasm's data ids, not tfjs's tensor count.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Backend, Tensor } from '../../../src/engine/backend';
import { createCpuBackend } from '../../../src/engine/cpu/index';
import { createWasmBackend, type WasmBackend } from '../../../src/engine/wasm/index';
import { GroupConvLayer, LiftingLayer, OrientationPoolLayer, Pipeline, ReluLayer } from '../../../src/layers';
import { cyclicGroup } from '../../../src/math';
import { randomNormal } from '../../../src/math/random';

let wasm: WasmBackend;
const cpu = createCpuBackend();

beforeAll(async () => {
  wasm = await createWasmBackend();
  await tf.setBackend('cpu'); // only so that tf.memory() can answer; the engine never uses it
});

/** max |a - b| / max |b|. */
function relMax(a: Float32Array, b: Float32Array): number {
  let d = 0;
  let m = 0;
  for (let i = 0; i < a.length; i++) {
    d = Math.max(d, Math.abs(a[i] - b[i]));
    m = Math.max(m, Math.abs(b[i]));
  }
  return d / m;
}

/** Runs the same script on both backends and compares what it returns. */
async function agree(script: (k: Backend) => Promise<Float32Array>): Promise<void> {
  expect(relMax(await script(wasm), await script(cpu))).toBeLessThan(1e-5);
}

describe('cached weights follow the tensor', () => {
  const correlateWith = (k: Backend, x: Tensor, w: Tensor, b: Tensor | null, shape: number[]) => {
    const out = k.tensor(shape);
    k.correlate(x, w, b, out);
    return k.read(out);
  };

  it('after write', () =>
    agree(async (k) => {
      const x = k.tensor([2, 9, 7], randomNormal(1, 126));
      const w = k.tensor([3, 2, 3, 3], randomNormal(2, 54));
      await correlateWith(k, x, w, null, [3, 9, 7]);
      k.write(w, randomNormal(3, 54));
      return correlateWith(k, x, w, null, [3, 9, 7]);
    }));

  it('after filterBank rewrites the bank (a layer given new weights)', async () => {
    const group = cyclicGroup(4);
    await agree(async (k) => {
      const layer = new LiftingLayer(k, { group, inChannels: 1, outChannels: 2, kernelSize: 5 }, { seed: 4 });
      const x = k.tensor([1, 11, 11], randomNormal(5, 121));
      const out = k.tensor([2, 4, 11, 11]);
      layer.forward(x, out);
      layer.setParams({ seed: 6, bias: randomNormal(7, 2) });
      layer.forward(x, out);
      return k.read(out);
    });
  });

  it('when one weight tensor serves two channel splits ([4, 2, K, K] as 4 <- 2 and 8 <- 1)', () =>
    agree(async (k) => {
      const w = k.tensor([4, 2, 3, 3], randomNormal(8, 72));
      const a = await correlateWith(k, k.tensor([2, 6, 6], randomNormal(9, 72)), w, null, [4, 6, 6]);
      const b = await correlateWith(k, k.tensor([1, 6, 6], randomNormal(10, 36)), w, null, [8, 6, 6]);
      return Float32Array.from([...a, ...b]);
    }));

  it('after the bias changes, and without it', () =>
    agree(async (k) => {
      const x = k.tensor([1, 5, 5], randomNormal(11, 25));
      const w = k.tensor([2, 1, 3, 3], randomNormal(12, 18));
      const b = k.tensor([2], Float32Array.from([1, -2]));
      await correlateWith(k, x, w, b, [2, 5, 5]);
      k.write(b, Float32Array.from([3, 4]));
      const withBias = await correlateWith(k, x, w, b, [2, 5, 5]);
      const without = await correlateWith(k, x, w, null, [2, 5, 5]);
      return Float32Array.from([...withBias, ...without]);
    }));
});

describe('no leaks', () => {
  it('correlations with changing weights and inputs keep heap, data ids and tf tensors flat', () => {
    const x = wasm.tensor([4, 32, 32], randomNormal(1, 4096));
    const w = wasm.tensor([8, 4, 5, 5], randomNormal(2, 800));
    const b = wasm.tensor([8], randomNormal(3, 8));
    const out = wasm.tensor([8, 32, 32]);
    const frame = (i: number) => {
      if (i % 10 === 0) wasm.write(w, randomNormal(i, 800));
      wasm.write(x, randomNormal(i + 1, 4096));
      wasm.correlate(x, w, b, out);
    };
    for (let i = 0; i < 20; i++) frame(i); // warm up: scratch, heap copies, XNNPACK operators
    const before = { ...wasm.memory(), tensors: tf.memory().numTensors };
    for (let i = 20; i < 520; i++) frame(i);
    expect({ ...wasm.memory(), tensors: tf.memory().numTensors }).toEqual(before);
    [x, w, b, out].forEach((t) => wasm.dispose(t));
  });

  it('the canonical pipeline over many frames, then dispose releases every heap buffer', () => {
    const baseline = wasm.memory().dataIds;
    const group = cyclicGroup(8);
    const pipeline = new Pipeline(
      wasm,
      [
        new LiftingLayer(wasm, { group, inChannels: 1, outChannels: 4, kernelSize: 5 }, { seed: 1 }),
        new ReluLayer(wasm),
        new GroupConvLayer(wasm, { group, inChannels: 4, outChannels: 4, kernelSize: 5 }, { seed: 2 }),
        new ReluLayer(wasm),
        new OrientationPoolLayer(wasm, 'max'),
      ],
      [1, 24, 24],
    );
    const image = randomNormal(3, 576);
    pipeline.runOn(image);
    const before = wasm.memory();
    for (let i = 0; i < 100; i++) pipeline.runOn(image);
    expect(wasm.memory()).toEqual(before);
    pipeline.dispose(true);
    wasm.destroy(); // frees the scratch buffers too; the backend stays usable
    expect(wasm.memory().dataIds).toBeLessThanOrEqual(baseline);
  });
});

describe('the runtime', () => {
  it('says which binary runs: SIMD, one thread in Node', () => {
    expect(wasm.binary).toBe('simd');
    expect(wasm.info.description).toMatch(/simd binary, 1 thread/);
  });

  it("leaves the process's rejection handling alone (Emscripten's Node glue rethrows them)", () => {
    const rethrowing = process.listeners('unhandledRejection').filter((l) => /throw reason/.test(String(l)));
    expect(rethrowing).toEqual([]);
  });
});

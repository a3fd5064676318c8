// Without WebAssembly SIMD the WASM backend refuses to start (the app then stays on the float64
// path), unless asked for the plain build, which then runs and agrees with the reference. Own
// file: the SIMD answer is a process-wide tfjs flag, set here before anything reads it.
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { correlate } from '../../../src/engine/cpu/index';
import { createWasmBackend } from '../../../src/engine/wasm/index';
import { randomNormal } from '../../../src/math/random';

describe('a runtime without WebAssembly SIMD', () => {
  it('createWasmBackend rejects with an Error that says why', async () => {
    tf.env().set('WASM_HAS_SIMD_SUPPORT', false);
    await expect(createWasmBackend()).rejects.toThrow(
      /^createWasmBackend: WebAssembly SIMD is not available here, and the WASM engine needs it; use the CPU reference$/,
    );
  });

  it('with allowPlain, the plain binary runs and says so', async () => {
    const wasm = await createWasmBackend({ allowPlain: true });
    expect(wasm.binary).toBe('plain');
    expect(wasm.info.description).toMatch(/plain binary/);
    const [x, w] = [randomNormal(1, 3 * 10 * 12), randomNormal(2, 4 * 3 * 25)];
    const out = wasm.tensor([4, 10, 12]);
    wasm.correlate(wasm.tensor([3, 10, 12], x), wasm.tensor([4, 3, 5, 5], w), null, out);
    const got = await wasm.read(out);
    const want = correlate(x, [3, 10, 12], w, [4, 3, 5, 5]);
    want.forEach((v, i) => expect(Math.abs(got[i] - v)).toBeLessThan(1e-5 * (1 + Math.abs(v))));
  });
});

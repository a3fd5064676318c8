// The WASM backend in a real page: tfjs-backend-wasm fetches its binary from the URL Vite's ?url
// import gave (src/engine/wasm/browserPaths.ts), runs the single-threaded SIMD build (runtime.ts
// says why never the threaded one), and a correlation and a lifting layer agree with the CPU
// reference to relative 1e-5.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../../../src/engine/backend';
import { createCpuBackend } from '../../../src/engine/cpu/index';
import { createWasmBackend, type WasmBackend } from '../../../src/engine/wasm/index';
import { LiftingLayer } from '../../../src/layers';
import { cyclicGroup } from '../../../src/math';
import { randomNormal } from '../../../src/math/random';
import { relativeErrors } from '../../unit/helpers/parity';

const PARITY = 1e-5;
let wasm: WasmBackend;
const cpu = createCpuBackend();
const measured: string[] = [];

beforeAll(async () => {
  wasm = await createWasmBackend();
});
afterAll(() => {
  console.info(`WASM vs CPU reference in the browser, relative L2\n${measured.join('\n')}`);
  wasm.destroy();
});

describe('WASM backend in the browser', () => {
  it('starts the single-threaded SIMD binary, even where threads would be possible', () => {
    expect(wasm.binary).toBe('simd');
    expect(wasm.info.description).toMatch(/simd binary, 1 thread$/);
  });

  it('correlate 5 -> 7 channels, 5 x 5, 24 x 20, with bias', async () => {
    const [x, w, b] = [randomNormal(1, 5 * 24 * 20), randomNormal(2, 7 * 5 * 25), randomNormal(3, 7)];
    const run = async (k: Backend) => {
      const out = k.tensor([7, 24, 20]);
      k.correlate(k.tensor([5, 24, 20], x), k.tensor([7, 5, 5, 5], w), k.tensor([7], b), out);
      return k.read(out);
    };
    const err = relativeErrors(await run(wasm), await run(cpu)).relL2;
    measured.push(`  correlate 5 -> 7, K 5, 24 x 20: ${err.toExponential(2)}`);
    expect(err).toBeLessThan(PARITY);
  });

  it('lifting layer C8, 1 -> 4 channels, 5 x 5, 32 x 32', async () => {
    const group = cyclicGroup(8);
    const image = randomNormal(4, 32 * 32);
    const run = async (k: Backend) => {
      const layer = new LiftingLayer(k, { group, inChannels: 1, outChannels: 4, kernelSize: 5 }, { seed: 5 });
      const out = k.tensor([4, 8, 32, 32]);
      layer.forward(k.tensor([1, 32, 32], image), out);
      const values = await k.read(out);
      layer.dispose();
      return values;
    };
    const err = relativeErrors(await run(wasm), await run(cpu)).relL2;
    measured.push(`  lifting C8, 1 -> 4, K 5, 32 x 32: ${err.toExponential(2)}`);
    expect(err).toBeLessThan(PARITY);
  });
});

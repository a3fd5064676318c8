// One readback per frame: readMany returns several tensors in one round trip, errorSums records
// the sums behind errorNorms so a frame can read them with everything else, and the live
// experiments (commuting diagram, orientation ring, CNN vs G-CNN) map exactly one buffer per
// frame on WebGPU. Checked on all three backends against separate reads and errorNorms.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normsFromSums, type Backend, type Tensor } from '../../../src/engine/backend';
import { createWasmBackend } from '../../../src/engine/wasm/index';
import { CommutingExperiment } from '../../../src/experiments/commuting/experiment';
import { ComparisonExperiment } from '../../../src/experiments/comparison/experiment';
import { RingExperiment } from '../../../src/experiments/ring/ringExperiment';
import { cyclicGroup } from '../../../src/math';
import { createBackends, noValidationErrors, uniform, type Backends } from './gpu';

let b: Backends;
let engines: [string, Backend][];
beforeAll(async () => {
  b = await createBackends();
  engines = [
    ['webgpu', b.gpu],
    ['wasm', await createWasmBackend()],
    ['cpu', b.cpu],
  ];
});
afterAll(() => {
  engines[1][1].destroy();
  b.destroy();
});

/** Counts GPUBuffer.mapAsync calls (each is one round trip to the GPU) while body runs. */
async function countMaps<T>(body: () => Promise<T>): Promise<{ result: T; maps: number }> {
  const real = GPUBuffer.prototype.mapAsync;
  let maps = 0;
  GPUBuffer.prototype.mapAsync = function (this: GPUBuffer, ...args) {
    maps++;
    return real.apply(this, args);
  };
  try {
    return { result: await body(), maps };
  } finally {
    GPUBuffer.prototype.mapAsync = real;
  }
}

describe.each(['webgpu', 'wasm', 'cpu'])('on %s', (name) => {
  const engine = () => engines.find(([n]) => n === name)![1];

  it('readMany returns what separate reads return, in order, for odd sizes and none', async () => {
    const k = engine();
    const shapes = [[3], [4, 31, 29], [1], [2, 5, 7]];
    const ts = shapes.map((s, i) =>
      k.tensor(
        s,
        uniform(
          s.reduce((p, q) => p * q, 1),
          40 + i,
        ),
      ),
    );
    const together = await k.readMany(ts);
    const apart = await Promise.all(ts.map((t) => k.read(t)));
    expect(together.map((a) => a.length)).toEqual([3, 4 * 31 * 29, 1, 70]);
    together.forEach((a, i) => expect(Array.from(a)).toEqual(Array.from(apart[i])));
    expect(await k.readMany([])).toEqual([]);
    ts.forEach((t) => k.dispose(t));
  });

  it('errorSums recorded back to back, then one readMany, give errorNorms for each pair', async () => {
    const k = engine();
    const shape = [3, 4, 31, 29];
    const n = 3 * 4 * 31 * 29;
    const pairs: [Tensor, Tensor][] = [10, 20, 30].map((seed) => [
      k.tensor(shape, uniform(n, seed)),
      k.tensor(shape, uniform(n, seed + 1)),
    ]);
    const zero = k.tensor([4, 4]);
    const one = k.tensor([4, 4], new Float32Array(16).fill(1));
    pairs.push([zero, zero], [one, zero], [zero, one]);
    const sums = pairs.map(() => k.tensor([3]));
    const read = () => {
      pairs.forEach(([x, y], i) => k.errorSums(x, y, sums[i]));
      return k.readMany(sums);
    };
    const got = name === 'webgpu' ? await noValidationErrors(b.device, read) : await read();
    for (const [i, [x, y]] of pairs.entries()) {
      const want = await k.errorNorms(x, y);
      const have = normsFromSums(got[i][0], got[i][1], got[i][2]);
      expect(have.maxAbs).toBe(Math.fround(want.maxAbs)); // the sums are stored as float32
      if (Number.isFinite(want.relL2) && want.relL2 > 0)
        expect(Math.abs(have.relL2 - want.relL2) / want.relL2).toBeLessThan(1e-6);
      else expect(have.relL2).toBe(want.relL2);
    }
    for (const t of [...pairs.flat(), ...sums]) if (t !== zero && t !== one) k.dispose(t);
    k.dispose(zero);
    k.dispose(one);
  });

  it('errorSums refuses an output that is not [3]', () => {
    const k = engine();
    const a = k.tensor([2, 2]);
    const out = k.tensor([4]);
    expect(() => k.errorSums(a, a, out)).toThrow('errorSums: out must have shape [3]');
    k.dispose(a);
    k.dispose(out);
  });
});

describe('live experiments read back once per frame on WebGPU', () => {
  const pixels = uniform(64 * 64, 7).map((v) => Math.abs(v));
  const c8 = cyclicGroup(8);
  const action = { angle: Math.PI / 4, reflect: false, element: 1, onGrid: true };

  it('the commuting diagram (lifting then group correlation, C8)', async () => {
    const config = {
      kind: 'lift-gconv' as const,
      group: c8,
      channels: 4,
      kernel: 5,
      init: 'smooth' as const,
      seed: 11,
    };
    const e = new CommutingExperiment(b.gpu, config, 64);
    e.setInput(pixels);
    const { result, maps } = await countMaps(async () => {
      e.run(action);
      return e.measure();
    });
    expect(maps).toBe(1);
    // The same frame on the CPU reference gives the same numbers.
    const reference = new CommutingExperiment(b.cpu, config, 64);
    reference.setInput(pixels);
    reference.run(action);
    const want = await reference.measure();
    expect(Math.abs(result.equivariance.relL2 - want.equivariance.relL2)).toBeLessThan(
      1e-4 * want.equivariance.relL2,
    );
    expect(Math.abs(result.outputMax - want.outputMax)).toBeLessThan(1e-4 * want.outputMax);
    e.dispose();
    reference.dispose();
  });

  it('the orientation ring and the CNN vs G-CNN comparison', async () => {
    const ring = new RingExperiment(b.gpu, { group: c8, mode: 'gconv', kernel: 5, size: 64 });
    ring.setInput(pixels);
    ring.setFilter(uniform(25, 3));
    const comparison = new ComparisonExperiment(b.gpu, 64);
    comparison.setInput(pixels);
    for (const e of [ring, comparison]) {
      const { maps } = await countMaps(async () => {
        e.run(action);
        return e.measure();
      });
      expect(maps).toBe(1);
    }
    ring.dispose();
    comparison.dispose();
  });
});

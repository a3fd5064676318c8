// Stride-2 subsampling and coset pooling (src/experiments/subsampling) on the WebGPU backend and
// the CPU reference: the same maps within PARITY, and on the GPU the same verdicts, exact (below
// 1e-5) for even shifts, turns about a pixel and pooling over cosets, large otherwise. The coset
// pooling composes a 1 x 1 one-hot correlation, a plane permutation and orientation pooling, so
// this holds those ops to an exact copy on the GPU too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { edgeKernel } from '../../../src/experiments/filters/kernels';
import { CosetPoolingExperiment, type PoolingSet } from '../../../src/experiments/subsampling/cosetPooling';
import { padImage } from '../../../src/experiments/subsampling/stride';
import { SubsamplingExperiment } from '../../../src/experiments/subsampling/subsamplingExperiment';
import { createBackends, noValidationErrors, PARITY, relativeErrors, uniform, type Backends } from './gpu';

const EXACT = 1e-5;
const KERNEL = { size: 5, values: Array.from(edgeKernel(5)) };
// A random 16 x 16 picture with 8 zero pixels around it (one more on the far sides for odd maps).
const picture = uniform(16 * 16, 7);
const input = (n: number) => padImage(picture, 16, 8, n - 24);

let b: Backends;
beforeAll(async () => {
  b = await createBackends();
});
afterAll(() => b.destroy());

describe('stride 2', () => {
  it.each([
    [33, 0, [2, -4], true],
    [33, 1, [0, 0], true],
    [32, 1, [0, 1], true],
    [33, 0, [1, 0], false],
    [32, 1, [0, 0], false],
  ] as const)('N = %i, r^%i, t = %j: keeps the grid %s', async (n, r, t, keeps) => {
    const run = async (k: typeof b.cpu) => {
      const exp = new SubsamplingExperiment(k, n, KERNEL);
      const res = await exp.measure(input(n), r, [t[0], t[1]]);
      exp.dispose();
      return res;
    };
    const gpu = await noValidationErrors(b.device, () => run(b.gpu));
    const cpu = await run(b.cpu);
    expect(relativeErrors(gpu.strided, cpu.strided).relL2).toBeLessThan(PARITY);
    expect(gpu.keepsGrid).toBe(keeps);
    expect(gpu.fullError).toBeLessThan(EXACT);
    if (keeps) expect(gpu.matches[0].error).toBeLessThan(EXACT);
    else expect(gpu.matches[0].error).toBeGreaterThan(0.2);
  });
});

describe('coset pooling', () => {
  it.each([
    ['C4', 'max', 1, true],
    ['C4', 'mean', 3, true],
    ['C2', 'max', 1, true],
    ['pair', 'max', 1, false],
    ['pair', 'mean', 1, false],
  ] as const)('%s, %s, r^%i: exact %s', async (set: PoolingSet, mode, r, exact) => {
    const run = async (k: typeof b.cpu) => {
      const exp = new CosetPoolingExperiment(k, 32, KERNEL);
      const res = await exp.measure(input(32), set, mode, r);
      exp.dispose();
      return res;
    };
    const gpu = await noValidationErrors(b.device, () => run(b.gpu));
    const cpu = await run(b.cpu);
    // Mean pooling of the edge over C4 cancels: then both maps are round-off, compared on the lifted scale.
    expect(gpu.vanishes).toBe(cpu.vanishes);
    if (!cpu.vanishes) expect(relativeErrors(gpu.pooledTurned, cpu.pooledTurned).relL2).toBeLessThan(PARITY);
    for (const e of [gpu.rightError, gpu.equivError])
      if (exact) expect(e).toBeLessThan(EXACT);
      else expect(e).toBeGreaterThan(0.1);
  });
});

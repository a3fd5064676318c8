// GPU against CPU for the pointwise, pooling and measurement ops, on random inputs (relative L2
// error below PARITY). Odd sizes that are not multiples of the 64-wide workgroups are included.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend, PoolMode, Tensor } from '../../../src/engine/backend';
import {
  createBackends,
  noValidationErrors,
  onBoth,
  PARITY,
  relativeErrors,
  report,
  uniform,
  type Backends,
} from './gpu';

let b: Backends;
const measured = new Map<string, number>();
beforeAll(async () => {
  b = await createBackends();
});
afterAll(() => {
  report('pointwise parity, relative L2 GPU vs CPU', measured);
  b.destroy();
});

async function expectParity(
  name: string,
  inputs: { shape: number[]; seed: number }[],
  outShape: number[],
  op: (backend: Backend, ins: Tensor[], out: Tensor) => void,
): Promise<void> {
  const operands = inputs.map((x) => ({
    shape: x.shape,
    data: uniform(
      x.shape.reduce((p, q) => p * q, 1),
      x.seed,
    ),
  }));
  const { gpu, cpu } = await onBoth(b, operands, outShape, op);
  const { relL2 } = relativeErrors(gpu, cpu);
  measured.set(name, Math.max(measured.get(name) ?? 0, relL2));
  expect(relL2, name).toBeLessThan(PARITY);
}

describe('entrywise ops', () => {
  const shape = [3, 13, 7];
  it('add and subtract', async () => {
    const ins = [
      { shape, seed: 1 },
      { shape, seed: 2 },
    ];
    await expectParity('add', ins, shape, (k, [x, y], out) => k.add(x, y, out));
    await expectParity('subtract', ins, shape, (k, [x, y], out) => k.subtract(x, y, out));
  });
  it('relu', async () => {
    await expectParity('relu', [{ shape, seed: 3 }], shape, (k, [x], out) => k.relu(x, out));
  });
  it('magnitude and magnitudeRelu on complex [C, 2, H, W]', async () => {
    const complex = [3, 2, 9, 11];
    await expectParity('magnitude', [{ shape: complex, seed: 4 }], [3, 9, 11], (k, [x], out) =>
      k.magnitude(x, out),
    );
    await expectParity(
      'magnitudeRelu',
      [
        { shape: complex, seed: 5 },
        { shape: [3], seed: 6 },
      ],
      complex,
      (k, [x, bias], out) => k.magnitudeRelu(x, bias, out),
    );
  });
});

describe('pooling', () => {
  it.each<PoolMode>(['max', 'mean'])('poolOrientations (%s) over P = 4 and 8', async (mode) => {
    for (const P of [4, 8]) {
      await expectParity(
        `poolOrientations ${mode}`,
        [{ shape: [3, P, 10, 12], seed: P }],
        [3, 10, 12],
        (k, [x], out) => k.poolOrientations(x, out, mode),
      );
    }
  });
  it.each<PoolMode>(['max', 'mean'])('globalPool (%s) over more entries than one workgroup', async (mode) => {
    await expectParity(`globalPool ${mode}`, [{ shape: [5, 4, 17, 9], seed: 7 }], [5], (k, [x], out) =>
      k.globalPool(x, out, mode),
    );
  });
});

describe('out may be an input for entrywise ops', () => {
  it('relu, add and magnitudeRelu in place give the out-of-place result', async () => {
    const data = uniform(2 * 2 * 8 * 8, 8);
    const bias = uniform(2, 9);
    const run = async (k: Backend) => {
      const x = k.tensor([2, 2, 8, 8], data);
      const beta = k.tensor([2], bias);
      k.relu(x, x);
      k.add(x, x, x);
      k.magnitudeRelu(x, beta, x);
      k.maskDisk(x, x);
      const got = await k.read(x);
      k.dispose(x);
      k.dispose(beta);
      return got;
    };
    const gpu = await noValidationErrors(b.device, () => run(b.gpu));
    expect(relativeErrors(gpu, await run(b.cpu)).relL2).toBeLessThan(PARITY);
  });
});

describe('errorNorms', () => {
  it('agrees with the CPU on random maps larger than one workgroup share', async () => {
    const n = [3, 4, 31, 29];
    const a = uniform(3 * 4 * 31 * 29, 10);
    const ref = uniform(3 * 4 * 31 * 29, 11);
    const norms = async (k: Backend) => {
      const x = k.tensor(n, a);
      const y = k.tensor(n, ref);
      const got = await k.errorNorms(x, y);
      k.dispose(x);
      k.dispose(y);
      return got;
    };
    const gpu = await noValidationErrors(b.device, () => norms(b.gpu));
    const cpu = await norms(b.cpu);
    measured.set('errorNorms relL2 (relative)', Math.abs(gpu.relL2 - cpu.relL2) / cpu.relL2);
    expect(Math.abs(gpu.relL2 - cpu.relL2) / cpu.relL2).toBeLessThan(PARITY);
    // float32 differences on the GPU, float64 on the CPU: equal to within one rounding.
    expect(Math.abs(gpu.maxAbs - cpu.maxAbs)).toBeLessThanOrEqual(1e-6 * cpu.maxAbs);
  });
  it('gives 0 for equal zero maps and Infinity against a zero reference', async () => {
    const zero = b.gpu.tensor([4, 4]);
    const one = b.gpu.tensor([4, 4], new Float32Array(16).fill(1));
    expect(await b.gpu.errorNorms(zero, zero)).toEqual({ maxAbs: 0, relL2: 0 });
    expect(await b.gpu.errorNorms(one, zero)).toEqual({ maxAbs: 1, relL2: Infinity });
    expect(await b.gpu.errorNorms(zero, one)).toEqual({ maxAbs: 1, relL2: 1 });
    b.gpu.dispose(zero);
    b.gpu.dispose(one);
  });
});

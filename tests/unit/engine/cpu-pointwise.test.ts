// Pointwise ops, pooling, error norms and tensor memory of the CPU backend against hand-computed values.
import { describe, expect, it } from 'vitest';
import { createCpuBackend, errorNorms, poolOrientations } from '../../../src/engine/cpu/index';

const backend = createCpuBackend();
const t = (shape: number[], values: number[]) => backend.tensor(shape, Float32Array.from(values));
const read = async (x: ReturnType<typeof t>) => Array.from(await backend.read(x));

describe('pointwise', () => {
  it('add, subtract, relu', async () => {
    const a = t([4], [1, -2, 3.5, 0]);
    const b = t([4], [0.5, 0.5, -1, -1]);
    const out = backend.tensor([4]);
    backend.add(a, b, out);
    expect(await read(out)).toEqual([1.5, -1.5, 2.5, -1]);
    backend.subtract(a, b, out);
    expect(await read(out)).toEqual([0.5, -2.5, 4.5, 1]);
    backend.relu(a, out);
    expect(await read(out)).toEqual([1, 0, 3.5, 0]);
  });

  it('magnitude and magnitudeRelu on complex [C, 2, H, W]', async () => {
    // Channel 0: pixels 3 + 4i and 0; channel 1: pixels -6 + 8i and 1 (planes: re, im per channel).
    const z = t([2, 2, 1, 2], [3, 0, 4, 0, -6, 1, 8, 0]);
    const mag = backend.tensor([2, 1, 2]);
    backend.magnitude(z, mag);
    expect(await read(mag)).toEqual([5, 0, 10, 1]);
    // bias -2 on channel 0: |z| 5 -> 3, scale 3/5; |z| = 0 stays 0. bias -3 on channel 1: 10 -> 7, 1 -> 0.
    const out = backend.tensor([2, 2, 1, 2]);
    backend.magnitudeRelu(z, t([2], [-2, -3]), out);
    const expected = [1.8, 0, 2.4, 0, -4.2, 0, 5.6, 0];
    (await read(out)).forEach((v, k) => expect(v).toBeCloseTo(expected[k], 6));
  });
});

describe('pooling', () => {
  // a [C = 2, P = 3, H = 1, W = 2]
  const values = [1, -1, 4, 2, -3, 0, /* channel 1 */ 0.5, 7, 0.5, -7, 2, 3];

  it('orientation max and mean', async () => {
    const a = t([2, 3, 1, 2], values);
    const out = backend.tensor([2, 1, 2]);
    backend.poolOrientations(a, out, 'max');
    expect(await read(out)).toEqual([4, 2, 2, 7]);
    backend.poolOrientations(a, out, 'mean');
    const mean = [2 / 3, 1 / 3, 1, 1];
    (await read(out)).forEach((v, k) => expect(v).toBeCloseTo(mean[k], 6));
    expect(Array.from(poolOrientations(Float32Array.from(values), [2, 3, 1, 2], 'max'))).toEqual([
      4, 2, 2, 7,
    ]);
  });

  it('global max and mean over everything after the first axis', async () => {
    const a = t([2, 3, 1, 2], values);
    const out = backend.tensor([2]);
    backend.globalPool(a, out, 'max');
    expect(await read(out)).toEqual([4, 7]);
    backend.globalPool(a, out, 'mean');
    const got = await read(out);
    expect(got[0]).toBeCloseTo(0.5, 6);
    expect(got[1]).toBeCloseTo(1, 6);
  });
});

describe('errorNorms (float64)', () => {
  it('max abs and relative L2 against the reference b', async () => {
    const n = await backend.errorNorms(t([3], [1, 2, 3]), t([3], [1, 2, 5]));
    expect(n.maxAbs).toBe(2);
    expect(n.relL2).toBeCloseTo(2 / Math.sqrt(30), 12);
  });

  it('0 when both are 0, Infinity when only the reference is 0', async () => {
    expect(await backend.errorNorms(t([2], [0, 0]), t([2], [0, 0]))).toEqual({ maxAbs: 0, relL2: 0 });
    expect((await backend.errorNorms(t([2], [1, 0]), t([2], [0, 0]))).relL2).toBe(Infinity);
    expect(errorNorms(Float32Array.from([1, 0]), Float32Array.from([1, 0]))).toEqual({ maxAbs: 0, relL2: 0 });
  });

  it('does not lose tiny differences to float32 accumulation', async () => {
    // 10^6 entries of 1 against 1 + 2^-23 (one float32 ulp): relL2 is exactly 2^-23.
    const a = backend.tensor([1000000], new Float32Array(1000000).fill(1 + 2 ** -23));
    const b = backend.tensor([1000000], new Float32Array(1000000).fill(1));
    expect((await backend.errorNorms(a, b)).relL2).toBeCloseTo(2 ** -23, 18);
  });
});

describe('tensors', () => {
  it('info says CPU reference', () => {
    expect(backend.info).toEqual({
      kind: 'cpu',
      description: 'TypeScript, float64 sums',
      isFallbackAdapter: false,
    });
  });

  it('tensor copies its data; read returns a copy; write overwrites', async () => {
    const data = Float32Array.from([1, 2, 3]);
    const x = backend.tensor([3], data);
    data[0] = 9;
    const first = await backend.read(x);
    first[1] = 9;
    expect(await read(x)).toEqual([1, 2, 3]);
    backend.write(x, Float32Array.from([4, 5, 6]));
    expect(await read(x)).toEqual([4, 5, 6]);
    expect(x.size).toBe(3);
    expect(backend.tensor([2, 3]).shape).toEqual([2, 3]);
  });

  it('rejects bad shapes, wrong lengths, disposed and foreign tensors', () => {
    expect(() => backend.tensor([2, 0])).toThrow();
    expect(() => backend.tensor([2], Float32Array.from([1]))).toThrow();
    const x = backend.tensor([2]);
    expect(() => backend.write(x, new Float32Array(3))).toThrow();
    backend.dispose(x);
    expect(() => backend.relu(x, backend.tensor([2]))).toThrow(/dispose/);
    const other = createCpuBackend();
    expect(() => backend.relu(other.tensor([2]), backend.tensor([2]))).toThrow(/not from this/);
  });

  it('ids are unique per backend', () => {
    const ids = new Set(Array.from({ length: 10 }, () => backend.tensor([1]).id));
    expect(ids.size).toBe(10);
  });
});

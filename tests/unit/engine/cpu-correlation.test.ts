// Planar correlation and the filter-bank transform of the CPU backend against second methods:
// an im2col matrix product written from the definition, and the transform applied per element.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlaneTransform } from '../../../src/engine/backend';
import { correlate, createCpuBackend, filterBank } from '../../../src/engine/cpu/index';
import { cyclicGroup, dihedralGroup, planeTransformOf } from '../../../src/math';
import { randomNormal } from '../../../src/math/random';

const backend = createCpuBackend();

/** im2col reference in float64: column of every output pixel times the weight rows. */
function correlateIm2col(
  input: Float32Array,
  [Cin, H, W]: number[],
  weights: Float32Array,
  [Cout, K]: number[],
  bias: Float32Array | null,
): Float64Array {
  const r = (K - 1) / 2;
  const out = new Float64Array(Cout * H * W);
  const column = new Float64Array(Cin * K * K);
  for (let i = 0; i < H; i++) {
    for (let j = 0; j < W; j++) {
      // column[(c, a, b)] = in[c](i + a - r, j + b - r), 0 outside the picture.
      for (let c = 0; c < Cin; c++)
        for (let a = 0; a < K; a++)
          for (let b = 0; b < K; b++) {
            const [row, col] = [i + a - r, j + b - r];
            const inside = row >= 0 && row < H && col >= 0 && col < W;
            column[(c * K + a) * K + b] = inside ? input[(c * H + row) * W + col] : 0;
          }
      for (let o = 0; o < Cout; o++) {
        let sum = bias ? bias[o] : 0;
        for (let k = 0; k < column.length; k++) sum += weights[o * column.length + k] * column[k];
        out[(o * H + i) * W + j] = sum;
      }
    }
  }
  return out;
}

describe('correlate', () => {
  it('a single tap at offset (dy, dx) = (-1, 0) reads the pixel above: the picture moves down', async () => {
    const input = backend.tensor([1, 3, 3], Float32Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9]));
    const w = new Float32Array(9);
    w[1] = 1; // index (dy + 1, dx + 1) = (0, 1)
    const weights = backend.tensor([1, 1, 3, 3], w);
    const bias = backend.tensor([1], Float32Array.from([0.5]));
    const out = backend.tensor([1, 3, 3]);
    backend.correlate(input, weights, bias, out);
    expect(Array.from(await backend.read(out))).toEqual([0.5, 0.5, 0.5, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5]);
  });

  it('equals the im2col product on random shapes (relative 1e-5)', async () => {
    const shapes = fc.record({
      Cin: fc.integer({ min: 1, max: 3 }),
      Cout: fc.integer({ min: 1, max: 3 }),
      H: fc.integer({ min: 1, max: 9 }),
      W: fc.integer({ min: 1, max: 9 }),
      K: fc.constantFrom(1, 3, 5, 7),
      withBias: fc.boolean(),
      seed: fc.integer(),
    });
    await fc.assert(
      fc.asyncProperty(shapes, async ({ Cin, Cout, H, W, K, withBias, seed }) => {
        const x = randomNormal(seed, Cin * H * W);
        const w = randomNormal(seed + 1, Cout * Cin * K * K);
        const b = withBias ? randomNormal(seed + 2, Cout) : null;
        const out = backend.tensor([Cout, H, W]);
        backend.correlate(
          backend.tensor([Cin, H, W], x),
          backend.tensor([Cout, Cin, K, K], w),
          b && backend.tensor([Cout], b),
          out,
        );
        const got = await backend.read(out);
        const want = correlateIm2col(x, [Cin, H, W], w, [Cout, K], b);
        want.forEach((v, k) => expect(Math.abs(got[k] - v)).toBeLessThanOrEqual(1e-5 * (1 + Math.abs(v))));
        expect(Array.from(correlate(x, [Cin, H, W], w, [Cout, Cin, K, K], b))).toEqual(Array.from(got));
      }),
      { numRuns: 40 },
    );
  });

  it('reads shapes by size: a bank [O, G, C, P, K, K] serves as weights [O*G, C*P, K, K]', async () => {
    const x = randomNormal(1, 2 * 3 * 5 * 5);
    const w = randomNormal(2, 2 * 4 * 2 * 3 * 9);
    const flat = backend.tensor([8, 5, 5]);
    const nested = backend.tensor([2, 4, 5, 5]);
    backend.correlate(backend.tensor([6, 5, 5], x), backend.tensor([8, 6, 3, 3], w), null, flat);
    backend.correlate(backend.tensor([2, 3, 5, 5], x), backend.tensor([2, 4, 2, 3, 3, 3], w), null, nested);
    expect(await backend.read(nested)).toEqual(await backend.read(flat));
  });

  it('rejects weights and bias that do not fit', () => {
    const x = backend.tensor([2, 4, 4]);
    const out = backend.tensor([3, 4, 4]);
    expect(() => backend.correlate(x, backend.tensor([3, 2, 2, 2]), null, out)).toThrow(/odd/);
    expect(() => backend.correlate(x, backend.tensor([3, 1, 3, 3]), null, out)).toThrow(
      /Cin = 2 \(input \[2, 4, 4\]\)/,
    );
    expect(() => backend.correlate(x, backend.tensor([3, 2, 3, 3]), backend.tensor([2]), out)).toThrow(
      /bias/,
    );
    expect(() =>
      backend.correlate(x, backend.tensor([3, 2, 3, 3]), null, backend.tensor([3, 5, 4])),
    ).toThrow();
  });
});

describe('filterBank', () => {
  it('C4 lifting bank of a 3 x 3 filter: the four quarter turns, hand-written', async () => {
    const filter = backend.tensor([1, 1, 3, 3], Float32Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9]));
    const out = backend.tensor([1, 4, 1, 1, 3, 3]);
    const elements = [0, 1, 2, 3].map((k) => ({ angle: (k * Math.PI) / 2, reflect: false }));
    backend.filterBank(filter, out, elements, 'bilinear', false);
    expect(Array.from(await backend.read(out))).toEqual([
      ...[1, 2, 3, 4, 5, 6, 7, 8, 9],
      ...[3, 6, 9, 2, 5, 8, 1, 4, 7],
      ...[9, 8, 7, 6, 5, 4, 3, 2, 1],
      ...[7, 4, 1, 8, 5, 2, 9, 6, 3],
    ]);
  });

  async function bankAgainstTransforms(
    shape: number[],
    elements: PlaneTransform[],
    interpolation: 'bilinear' | 'bicubic',
    mask: boolean,
  ): Promise<void> {
    const [O, K] = [shape[0], shape[shape.length - 1]];
    const perFilter = shape.slice(1);
    const filterSize = perFilter.reduce((a, b) => a * b, 1);
    const data = randomNormal(7, O * filterSize);
    const bank = backend.tensor([O, elements.length, ...perFilter]);
    backend.filterBank(backend.tensor(shape, data), bank, elements, interpolation, mask);
    const got = await backend.read(bank);
    for (let o = 0; o < O; o++) {
      const one = backend.tensor(perFilter, data.slice(o * filterSize, (o + 1) * filterSize));
      for (let g = 0; g < elements.length; g++) {
        const moved = backend.tensor(perFilter);
        backend.transform(one, moved, { ...elements[g], interpolation, mask });
        const start = (o * elements.length + g) * filterSize;
        expect(Array.from(got.slice(start, start + filterSize))).toEqual(
          Array.from(await backend.read(moved)),
        );
      }
    }
    expect(Array.from(filterBank(data, shape, elements, { interpolation, mask }))).toEqual(Array.from(got));
    expect(K % 2).toBe(1);
  }

  it('group bank [O, G, C, G, K, K] = regular action of each element on each filter (D4)', async () => {
    const D4 = dihedralGroup(4);
    const elements = Array.from({ length: 8 }, (_, g) => planeTransformOf(D4, g));
    await bankAgainstTransforms([2, 3, 8, 5, 5], elements, 'bicubic', true);
  });

  it('lifting bank [O, G, C, 1, K, K] off the grid (C8, bilinear, unmasked)', async () => {
    const C8 = cyclicGroup(8);
    const elements = Array.from({ length: 8 }, (_, g) => ({ angle: C8.angle(g), reflect: false }));
    await bankAgainstTransforms([3, 2, 1, 5, 5], elements, 'bilinear', false);
  });

  it('rejects a perm whose length is not the filter P', () => {
    const C4 = cyclicGroup(4);
    const filter = backend.tensor([1, 1, 3, 3]);
    const out = backend.tensor([1, 4, 1, 3, 3]);
    const elements = [0, 1, 2, 3].map((g) => planeTransformOf(C4, g));
    expect(() => backend.filterBank(filter, out, elements, 'bilinear', false)).toThrow(/perm/);
  });
});

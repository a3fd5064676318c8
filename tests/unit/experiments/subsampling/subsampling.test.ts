// Stride-2 subsampling and coset pooling on the CPU reference. Subsampling: the lifted maps commute
// with every g in p4 before it, and afterwards exactly for the g that keep the sample grid, found
// by formula (stride.ts) and checked here by brute force on the math core's pixel index maps.
// Coset pooling: pooled over the cosets of C4 or C2 the map is invariant to the right action and
// turns with the input to round-off; pooled over {e, r}, a set that is no subgroup, it is neither.
import { describe, expect, test } from 'vitest';
import { createCpuBackend } from '../../../../src/engine/cpu/index';
import { edgeKernel } from '../../../../src/experiments/filters/kernels';
import {
  blockAction,
  CosetPoolingExperiment,
  type PoolingSet,
} from '../../../../src/experiments/subsampling/cosetPooling';
import {
  coarseTranslation,
  keepsGrid,
  padImage,
  subsample,
} from '../../../../src/experiments/subsampling/stride';
import {
  SubsamplingExperiment,
  MARGIN,
  RASTER,
} from '../../../../src/experiments/subsampling/subsamplingExperiment';
import { cyclicGroup, imageActionIndexMap } from '../../../../src/math';
import { letterL } from '../ring/pixels';

const ROUND_OFF = 1e-6;
const C4 = cyclicGroup(4);
const KERNEL = { size: 5, values: Array.from(edgeKernel(5)) };
const padded = (n: number) => padImage(letterL(RASTER), RASTER, MARGIN, n - RASTER - MARGIN);

/** Brute force: every output pixel on the kept grid reads a kept input pixel, and every kept input pixel is read by one. */
function keepsGridByHand(n: number, r: number, t: [number, number]): boolean {
  const map = imageActionIndexMap(C4, r, n, t);
  const kept = (i: number) => Math.floor(i / n) % 2 === 0 && (i % n) % 2 === 0;
  for (let i = 0; i < n * n; i++) if (map[i] >= 0 && kept(map[i]) !== kept(i)) return false;
  return true;
}

describe('which elements of p4 keep the stride-2 grid', () => {
  const shifts = [-2, -1, 0, 1, 2];
  test.each([16, 17])('formula and brute force agree on a %i x %i map', (n) => {
    for (let r = 0; r < 4; r++)
      for (const x of shifts)
        for (const y of shifts)
          expect(keepsGrid(n, r, [x, y]), `${n} r${r} (${x},${y})`).toBe(keepsGridByHand(n, r, [x, y]));
  });

  test('shifts: even ones survive as half shifts, odd ones do not', () => {
    expect(coarseTranslation(49, 0, [4, -2])).toEqual([2, -1]);
    expect(keepsGrid(48, 0, [4, -2])).toBe(true);
    expect(keepsGrid(48, 0, [1, 0])).toBe(false);
    expect(coarseTranslation(48, 0, [1, 0])).toEqual([0.5, 0]);
  });

  test('a quarter turn about the centre keeps the grid when the centre is a pixel (odd N), not between pixels (even N)', () => {
    expect(keepsGrid(49, 1, [0, 0])).toBe(true);
    expect(keepsGrid(48, 1, [0, 0])).toBe(false);
    // On an even map the turn about the centre, followed by one pixel up, is a turn about a pixel.
    expect(keepsGrid(48, 1, [0, 1])).toBe(true);
  });

  test('subsample keeps rows and columns 0, 2, 4, ...', () => {
    const a = Float32Array.from({ length: 25 }, (_, i) => i);
    expect(Array.from(subsample(a, 1, 5))).toEqual([0, 2, 4, 10, 12, 14, 20, 22, 24]);
  });
});

describe('stride 2 after a C4 lifting layer (CPU reference)', () => {
  const run = async (n: number, r: number, t: [number, number]) => {
    const exp = new SubsamplingExperiment(createCpuBackend(), n, KERNEL);
    const res = await exp.measure(padded(n), r, t);
    exp.dispose();
    return res;
  };

  test.each([
    [49, 0, [2, 0]],
    [49, 0, [4, -2]],
    [48, 0, [-2, 4]],
    [49, 1, [0, 0]],
    [49, 3, [2, 2]],
    [48, 1, [0, 1]],
    [48, 2, [1, -1]],
  ] as const)('N = %i, r^%i, t = %j: exact before and after subsampling', async (n, r, t) => {
    const res = await run(n, r, [t[0], t[1]]);
    expect(res.keepsGrid).toBe(true);
    expect(res.matches).toHaveLength(1);
    expect(res.fullError).toBeLessThan(ROUND_OFF);
    expect(res.matches[0].error).toBeLessThan(ROUND_OFF);
    expect(res.range).toBeGreaterThan(0.1);
  });

  test.each([
    [49, 0, [1, 0]],
    [48, 0, [0, -3]],
    [48, 1, [0, 0]],
    [49, 1, [1, 0]],
  ] as const)('N = %i, r^%i, t = %j: exact before, large error after', async (n, r, t) => {
    const res = await run(n, r, [t[0], t[1]]);
    expect(res.keepsGrid).toBe(false);
    expect(res.fullError).toBeLessThan(ROUND_OFF);
    expect(res.matches.length).toBeGreaterThan(1);
    for (const m of res.matches) expect(m.error).toBeGreaterThan(0.2);
  });
});

describe('coset pooling (CPU reference)', () => {
  const run = async (set: PoolingSet, mode: 'max' | 'mean', r: number) => {
    const exp = new CosetPoolingExperiment(createCpuBackend(), 48, KERNEL);
    const res = await exp.measure(padded(48), set, mode, r);
    exp.dispose();
    return res;
  };

  test('blocks that are cosets go to cosets; {e, r} does not', () => {
    expect(blockAction([[0, 1, 2, 3]], 1)).toEqual([0]);
    expect(
      blockAction(
        [
          [0, 2],
          [1, 3],
        ],
        1,
      ),
    ).toEqual([1, 0]);
    expect(
      blockAction(
        [
          [0, 2],
          [1, 3],
        ],
        2,
      ),
    ).toEqual([0, 1]);
    expect(
      blockAction(
        [
          [0, 1],
          [2, 3],
        ],
        1,
      ),
    ).toBeNull();
    expect(
      blockAction(
        [
          [0, 1],
          [2, 3],
        ],
        2,
      ),
    ).toEqual([1, 0]);
  });

  test.each([
    ['C4', 'max', 1],
    ['C4', 'mean', 3],
    ['C2', 'max', 1],
    ['C2', 'mean', 2],
  ] as const)('pooling over the cosets of %s (%s), r^%i: invariant and equivariant', async (set, mode, r) => {
    const res = await run(set, mode, r);
    expect(res.rightError).toBeLessThan(ROUND_OFF);
    expect(res.equivError).toBeLessThan(ROUND_OFF);
    expect(res.range).toBeGreaterThan(0.1);
  });

  test('mean pooling of an edge over C4 or {e, r²} cancels: the map vanishes, errors are taken relative to the lifted map', async () => {
    for (const set of ['C4', 'C2'] as const) {
      const res = await run(set, 'mean', 1);
      expect(res.vanishes).toBe(true);
      expect(res.pooledShare).toBeLessThan(1e-6);
    }
    const max = await run('C4', 'max', 1);
    expect(max.vanishes).toBe(false);
    expect(max.pooledShare).toBeGreaterThan(0.1);
    expect((await run('pair', 'mean', 1)).vanishes).toBe(false);
  });

  test('pooling over {e, r} fails both under a quarter turn', async () => {
    const res = await run('pair', 'max', 1);
    expect(res.moved).toBeNull();
    expect(res.rightError).toBeGreaterThan(0.1);
    expect(res.equivError).toBeGreaterThan(0.1);
  });

  test('a half turn maps {e, r} to {r², r³}: then (b) holds, (a) still fails', async () => {
    const res = await run('pair', 'max', 2);
    expect(res.equivError).toBeLessThan(ROUND_OFF);
    expect(res.rightError).toBeGreaterThan(0.1);
  });
});

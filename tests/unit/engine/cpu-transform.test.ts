// The CPU backend's transform, mask and interpolation against hand-written arrays and closed forms.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Interpolation } from '../../../src/engine/backend';
import { createCpuBackend, keysCubic, snappedCosSin } from '../../../src/engine/cpu/index';
import { randomNormal } from '../../../src/math/random';
import { offGridAngle } from '../helpers/equivariance';

const backend = createCpuBackend();
const QUARTER = Math.PI / 2;

async function transformed(
  data: number[],
  shape: number[],
  opts: {
    angle: number;
    reflect?: boolean;
    interpolation?: Interpolation;
    mask?: boolean;
    perm?: number[];
    shift?: [number, number];
    scale?: number;
  },
): Promise<number[]> {
  const src = backend.tensor(shape, Float32Array.from(data));
  const out = backend.tensor(shape);
  backend.transform(src, out, {
    angle: opts.angle,
    reflect: opts.reflect ?? false,
    interpolation: opts.interpolation ?? 'nearest',
    mask: opts.mask,
    perm: opts.perm ? Int32Array.from(opts.perm) : undefined,
    shift: opts.shift,
    scale: opts.scale,
  });
  return Array.from(await backend.read(out));
}

// A 3 x 3 picture, row 0 on top: [[1, 2, 3], [4, 5, 6], [7, 8, 9]].
const PICTURE = [1, 2, 3, 4, 5, 6, 7, 8, 9];

describe('transform on the pixel grid (hand-written results)', () => {
  it.each([
    ['a quarter turn counter-clockwise', QUARTER, false, [3, 6, 9, 2, 5, 8, 1, 4, 7]],
    ['a half turn', Math.PI, false, [9, 8, 7, 6, 5, 4, 3, 2, 1]],
    ['a quarter turn clockwise', -QUARTER, false, [7, 4, 1, 8, 5, 2, 9, 6, 3]],
    ['the reflection S: (x, y) -> (x, -y) flips rows', 0, true, [7, 8, 9, 4, 5, 6, 1, 2, 3]],
    ['R_90 S: S first, then the quarter turn', QUARTER, true, [9, 6, 3, 8, 5, 2, 7, 4, 1]],
  ])('3 x 3: %s', async (_, angle, reflect, expected) => {
    for (const interpolation of ['nearest', 'bilinear', 'bicubic'] as const)
      expect(await transformed(PICTURE, [1, 3, 3], { angle, reflect, interpolation })).toEqual(expected);
  });

  it('4 x 4 (centre between pixels): a quarter turn permutes pixels', async () => {
    const data = Array.from({ length: 16 }, (_, k) => k);
    const expected = [3, 7, 11, 15, 2, 6, 10, 14, 1, 5, 9, 13, 0, 4, 8, 12];
    expect(await transformed(data, [4, 4], { angle: QUARTER, interpolation: 'bicubic' })).toEqual(expected);
  });

  it('2 x 3 (not square): a half turn', async () => {
    expect(await transformed([1, 2, 3, 4, 5, 6], [2, 3], { angle: Math.PI })).toEqual([6, 5, 4, 3, 2, 1]);
  });

  it('perm: output plane j reads input plane perm[j], then rotates', async () => {
    // Two groups of two 2 x 2 planes; perm [1, 0] swaps the planes of each group.
    const data = [1, 2, 3, 4, 5, 6, 7, 8, 11, 12, 13, 14, 15, 16, 17, 18];
    const out = await transformed(data, [2, 2, 2, 2], { angle: Math.PI, perm: [1, 0] });
    expect(out).toEqual([8, 7, 6, 5, 4, 3, 2, 1, 18, 17, 16, 15, 14, 13, 12, 11]);
  });

  it('square maps: four quarter turns give the input back bit for bit, in every mode', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 2, max: 12 }), fc.integer(), async (n, seed) => {
        const data = Array.from(randomNormal(seed, 2 * n * n));
        for (const interpolation of ['nearest', 'bilinear', 'bicubic'] as const) {
          let x = data;
          for (let k = 0; k < 4; k++) x = await transformed(x, [2, n, n], { angle: QUARTER, interpolation });
          expect(x).toEqual(data);
        }
      }),
      { numRuns: 20 },
    );
  });

  it.each([
    ['(1, 0): one column to the right, zeros enter on the left', [1, 0], [0, 1, 2, 0, 4, 5, 0, 7, 8]],
    ['(0, 1): one row up (y points up), zeros enter at the bottom', [0, 1], [4, 5, 6, 7, 8, 9, 0, 0, 0]],
    ['(-1, -1): left and down', [-1, -1], [0, 0, 0, 2, 3, 0, 5, 6, 0]],
  ] as const)('3 x 3: the shift %s', async (_, shift, expected) => {
    for (const interpolation of ['nearest', 'bilinear', 'bicubic'] as const)
      expect(
        await transformed(PICTURE, [1, 3, 3], { angle: 0, shift: [shift[0], shift[1]], interpolation }),
      ).toEqual(expected);
  });

  it('(t, R_90): the quarter turn first, then the shift, as p4 elements act', async () => {
    // R_90 gives [3, 6, 9, 2, 5, 8, 1, 4, 7]; shifting that by (1, 0) moves it one column right.
    expect(await transformed(PICTURE, [1, 3, 3], { angle: QUARTER, shift: [1, 0] })).toEqual([
      0, 3, 6, 0, 2, 5, 0, 1, 4,
    ]);
  });

  it('throws for a shift that is not two finite numbers', () => {
    const t = backend.tensor([1, 3, 3]);
    const u = backend.tensor([1, 3, 3]);
    const opts = { angle: 0, reflect: false, interpolation: 'nearest' as const };
    expect(() => backend.transform(t, u, { ...opts, shift: [1, NaN] })).toThrow(/shift/);
  });

  // 5 x 5 picture k = 5 row + col; λ = 1/2 reads q = 2p, whole pixels, so every mode is exact.
  const FIVE = Array.from({ length: 25 }, (_, k) => k);
  it('scale 1/2 about the centre (5 x 5): every other pixel, shrunk into the middle 3 x 3', async () => {
    // Output (i, j) reads source (2i - 2, 2j - 2): rows and cols 0, 2, 4 land on 1, 2, 3; the rest is 0
    // (source (0, 0) holds 0 too).
    const expected = [0, 0, 0, 0, 0, 0, 0, 2, 4, 0, 0, 10, 12, 14, 0, 0, 20, 22, 24, 0, 0, 0, 0, 0, 0];
    for (const interpolation of ['nearest', 'bilinear', 'bicubic'] as const)
      expect(await transformed(FIVE, [5, 5], { angle: 0, scale: 0.5, interpolation })).toEqual(expected);
  });

  it('scale 2, bilinear (3 x 3): the linear picture 1 + col + 3 row keeps its values at q = p / 2', async () => {
    // p = (x, y) reads col 1 + x / 2, row 1 - y / 2: a linear ramp with half the slope about the centre 5.
    expect(await transformed(PICTURE, [3, 3], { angle: 0, scale: 2, interpolation: 'bilinear' })).toEqual([
      3, 3.5, 4, 4.5, 5, 5.5, 6, 6.5, 7,
    ]);
  });

  it('scale 2, nearest (4 x 4): each of the middle four pixels becomes a 2 x 2 block', async () => {
    // col = j / 2 + 0.75 rounds to 1, 1, 2, 2 (no ties), and likewise the rows.
    const data = Array.from({ length: 16 }, (_, k) => k);
    expect(await transformed(data, [4, 4], { angle: 0, scale: 2 })).toEqual([
      5, 5, 6, 6, 5, 5, 6, 6, 9, 9, 10, 10, 9, 9, 10, 10,
    ]);
  });

  it('(t, λ): the scale first (about the centre), then the shift, as the scale-translation group acts', async () => {
    // λ = 1/2 gives the middle 3 x 3 [[0, 2, 4], [10, 12, 14], [20, 22, 24]]; t = (1, 0) moves it right.
    const out = await transformed(FIVE, [5, 5], { angle: 0, scale: 0.5, shift: [1, 0] });
    expect(out).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 2, 4, 0, 0, 10, 12, 14, 0, 0, 20, 22, 24, 0, 0, 0, 0, 0]);
  });

  it('scale commutes with the quarter turn: (R_90, λ = 1/2) either way round is one element', async () => {
    const both = await transformed(FIVE, [5, 5], { angle: QUARTER, scale: 0.5 });
    const turned = await transformed(FIVE, [5, 5], { angle: QUARTER });
    expect(await transformed(turned, [5, 5], { angle: 0, scale: 0.5 })).toEqual(both);
  });

  it('throws for a scale that is not a finite number > 0', () => {
    const t = backend.tensor([1, 3, 3]);
    const u = backend.tensor([1, 3, 3]);
    const opts = { angle: 0, reflect: false, interpolation: 'nearest' as const };
    for (const scale of [0, -1, NaN, Infinity])
      expect(() => backend.transform(t, u, { ...opts, scale })).toThrow(/scale must be a finite number > 0/);
    const filter = backend.tensor([1, 1, 3, 3]);
    const bank = backend.tensor([1, 2, 1, 3, 3]);
    const elements = [
      { angle: 0, reflect: false },
      { angle: 0, reflect: false, scale: 0 },
    ];
    expect(() => backend.filterBank(filter, bank, elements, 'bilinear', false)).toThrow(
      /elements\[1\]\.scale/,
    );
  });

  it('throws for an output that is the input, and for a non-permutation perm', () => {
    const t = backend.tensor([1, 3, 3]);
    const opts = { angle: 0, reflect: false, interpolation: 'nearest' as const };
    expect(() => backend.transform(t, t, opts)).toThrow(/different/);
    const u = backend.tensor([1, 3, 3]);
    expect(() => backend.transform(t, u, { ...opts, perm: Int32Array.from([0, 0, 1]) })).toThrow(
      /permutation/,
    );
    expect(() => backend.transform(t, u, { ...opts, perm: Int32Array.from([1, 0]) })).toThrow(/multiple/);
  });
});

describe('interpolation off the grid (closed forms)', () => {
  it('bilinear at a known sub-pixel point: 3 x 3 picture turned 45 degrees, top middle pixel', async () => {
    // p = (0, 1) samples q = R_-45 p = (sqrt2/2, sqrt2/2): col 1 + sqrt2/2, row 1 - sqrt2/2.
    // The picture is 1 + col + 3 row, linear, so bilinear gives 1 + col + 3 row = 5 - sqrt2.
    const out = await transformed(PICTURE, [3, 3], { angle: Math.PI / 4, interpolation: 'bilinear' });
    expect(out[1]).toBeCloseTo(5 - Math.SQRT2, 6);
  });

  // f(col, row) = polynomial; an interior output pixel whose taps are all inside must equal f at its source.
  async function polynomialCheck(
    interpolation: Interpolation,
    f: (c: number, r: number) => number,
    tol: number,
  ): Promise<void> {
    const n = 15;
    const centre = (n - 1) / 2;
    const data = Array.from({ length: n * n }, (_, k) => f(k % n, Math.floor(k / n)));
    await fc.assert(
      fc.asyncProperty(offGridAngle, async (angle) => {
        const result = await transformed(data, [n, n], { angle, interpolation });
        for (let i = 0; i < n; i++) {
          for (let j = 0; j < n; j++) {
            const [x, y] = [j - centre, centre - i];
            if (Math.hypot(x, y) > 4) continue; // the 4 x 4 taps of the source stay inside
            const qx = Math.cos(angle) * x + Math.sin(angle) * y;
            const qy = -Math.sin(angle) * x + Math.cos(angle) * y;
            expect(Math.abs(result[i * n + j] - f(qx + centre, centre - qy))).toBeLessThan(tol);
          }
        }
      }),
      { numRuns: 30 },
    );
  }

  it('bilinear reproduces linear functions at any angle', async () => {
    await polynomialCheck('bilinear', (c, r) => 0.5 + 0.25 * c - 0.75 * r, 1e-5);
  });

  it('bicubic (Keys, a = -1/2) reproduces quadratics at any angle', async () => {
    await polynomialCheck(
      'bicubic',
      (c, r) => 0.1 * (c - 3) * (r - 5) + 0.05 * c * c - 0.02 * r * r + 1,
      1e-4,
    );
  });

  it('Keys kernel: 1 at 0, 0 at the other integers, partition of unity', () => {
    expect([keysCubic(0), keysCubic(1), keysCubic(-1), keysCubic(2), keysCubic(2.5)]).toEqual([
      1, 0, 0, 0, 0,
    ]);
    for (const t of [0.1, 0.37, 0.5, 0.93])
      expect(keysCubic(t + 1) + keysCubic(t) + keysCubic(1 - t) + keysCubic(2 - t)).toBeCloseTo(1, 12);
    expect(keysCubic(0.5)).toBeCloseTo(0.5625, 12); // (a+2)/8 - (a+3)/4 + 1 with a = -1/2
  });

  it('neighbours outside the plane read 0 (zero padding, not clamping)', async () => {
    // Corner (0, 0) is p = (-1, 1) -> q = R_-45 p = (0, sqrt2): col 1, row 1 - sqrt2. Bilinear mixes
    // row -1 (outside: 0) and row 0 (value 2) with weight 2 - sqrt2 on row 0.
    const bilinear = await transformed(PICTURE, [3, 3], { angle: Math.PI / 4, interpolation: 'bilinear' });
    expect(bilinear[0]).toBeCloseTo(2 * (2 - Math.SQRT2), 6);
    // Nearest rounds row -0.414 to 0: the value 2.
    const nearest = await transformed(PICTURE, [3, 3], { angle: Math.PI / 4, interpolation: 'nearest' });
    expect(nearest[0]).toBe(2);
  });
});

describe('snapping and the disk mask', () => {
  it('cos/sin are exact at multiples of pi/2 and not snapped beyond 1e-9', () => {
    expect(snappedCosSin(QUARTER)).toEqual({ cos: 0, sin: 1 });
    expect(snappedCosSin(-3 * QUARTER + 5e-10)).toEqual({ cos: 0, sin: 1 });
    expect(snappedCosSin(2 * Math.PI)).toEqual({ cos: 1, sin: 0 });
    expect(snappedCosSin(QUARTER + 1e-8).cos).not.toBe(0);
  });

  it.each([
    [4, 4, 12], // corners (1.5, 1.5) have r^2 = 4.5 > 4
    [5, 5, 21], // only the corners (2, 2) have r^2 = 8 > 6.25
    [3, 5, 9], // R = 1.5: x in {-1, 0, 1} on each of the 3 rows
  ])('%i x %i: maskDisk keeps %i pixels', async (H, W, kept) => {
    const ones = backend.tensor([H, W], new Float32Array(H * W).fill(1));
    const out = backend.tensor([H, W]);
    backend.maskDisk(ones, out);
    const sum = (await backend.read(out)).reduce((a, b) => a + b, 0);
    expect(sum).toBe(kept);
  });

  it('transform with mask equals transform then maskDisk', async () => {
    const data = Array.from(randomNormal(3, 2 * 9 * 9));
    const opts = { angle: 0.7, interpolation: 'bicubic' as const };
    const masked = await transformed(data, [2, 9, 9], { ...opts, mask: true });
    const plain = backend.tensor([2, 9, 9], Float32Array.from(await transformed(data, [2, 9, 9], opts)));
    const out = backend.tensor([2, 9, 9]);
    backend.maskDisk(plain, out);
    expect(masked).toEqual(Array.from(await backend.read(out)));
  });
});

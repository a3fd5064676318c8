// The public Backend API rejects bad arguments with an Error naming the op, what it expected and
// what it got (src/engine/contract/validate.ts), and still runs good ones. CPU backend; the
// WebGPU backend calls the same checks (tests/browser/engine/validation.test.ts).
import { describe, expect, it } from 'vitest';
import type { PlaneTransform, TransformOptions } from '../../../src/engine/backend';
import {
  correlate,
  createCpuBackend,
  filterBank,
  poolOrientations,
  rotateImage,
  transformPlanes,
} from '../../../src/engine/cpu/index';

const backend = createCpuBackend();
const t = (shape: number[]) => backend.tensor(shape);
const filled = (shape: number[]) =>
  backend.tensor(
    shape,
    Float32Array.from({ length: shape.reduce((a, b) => a * b, 1) }, (_, i) => i + 1),
  );
const opts: TransformOptions = { angle: 0.3, reflect: false, interpolation: 'bilinear' };
const quarter = (perm?: number[]): PlaneTransform => ({
  angle: Math.PI / 2,
  reflect: false,
  ...(perm ? { perm: Int32Array.from(perm) } : {}),
});

describe('tensor and write', () => {
  it('reject non-integer, non-finite, zero and negative shape entries', () => {
    for (const bad of [[2, -1], [2, 0], [NaN, 3], [Infinity], [1.5, 2]])
      expect(() => backend.tensor(bad)).toThrow(/^tensor: shape entries must be positive integers; got \[/);
    expect(() => backend.tensor([2, -1])).toThrow('got [2, -1]');
  });

  it('reject data of the wrong length or type', () => {
    expect(() => backend.tensor([2, 3], new Float32Array(4))).toThrow(
      /^tensor: data must be a Float32Array of 6 entries \(shape \[2, 3\]\); got Float32Array of 4 entries$/,
    );
    const x = t([2]);
    expect(() => backend.write(x, new Float32Array(3))).toThrow(
      /^write: data must be a Float32Array of 2 entries \(shape \[2\]\); got Float32Array of 3 entries$/,
    );
    expect(() => backend.write(x, new Float64Array(2) as unknown as Float32Array)).toThrow(
      /^write: data must be a Float32Array of 2 entries .*; got Float64Array of 2 entries$/,
    );
  });

  it('accept good shapes and data', async () => {
    const x = backend.tensor([2, 3], Float32Array.from([1, 2, 3, 4, 5, 6]));
    backend.write(x, Float32Array.from([6, 5, 4, 3, 2, 1]));
    expect(Array.from(await backend.read(x))).toEqual([6, 5, 4, 3, 2, 1]);
  });
});

describe('transform and maskDisk', () => {
  const src = filled([4, 5, 5]);
  const out = t([4, 5, 5]);

  it('reject a non-finite angle (it gave all zeros)', () => {
    for (const angle of [NaN, Infinity, -Infinity])
      expect(() => backend.transform(src, out, { ...opts, angle })).toThrow(
        new RegExp(`^transform: angle must be a finite number of radians; got ${angle}$`),
      );
  });

  it("reject an unknown interpolation (it failed with 'fill is not a function')", () => {
    const bad = { ...opts, interpolation: 'linear' } as unknown as TransformOptions;
    expect(() => backend.transform(src, out, bad)).toThrow(
      /^transform: interpolation must be 'nearest', 'bilinear' or 'bicubic'; got 'linear'$/,
    );
  });

  it('reject a perm that is not a permutation or does not divide the plane count', () => {
    expect(() => backend.transform(src, out, { ...opts, perm: Int32Array.from([0, 2, 2, 1]) })).toThrow(
      /^transform: perm must be a permutation of 0\.\.3; got \[0, 2, 2, 1\]$/,
    );
    expect(() => backend.transform(src, out, { ...opts, perm: Int32Array.from([2, 0, 1]) })).toThrow(
      /^transform: plane count must be a multiple of perm length 3; got 4 planes$/,
    );
  });

  it('reject an output of another size or plane shape, and the input as output', () => {
    expect(() => backend.transform(src, t([4, 5, 4]), opts)).toThrow(
      /^transform: out must match src \[4, 5, 5\] \(100 entries in 5 x 5 planes\); got \[4, 5, 4\]$/,
    );
    expect(() => backend.transform(src, t([2, 10, 5]), opts)).toThrow(/got \[2, 10, 5\]$/);
    expect(() => backend.transform(src, src, opts)).toThrow(/^transform: out must be a different tensor/);
    expect(() => backend.maskDisk(src, t([100]))).toThrow(
      /^maskDisk: out must match src \[4, 5, 5\].*got \[100\]$/,
    );
  });

  it('run good arguments: a quarter turn with a perm of the planes', async () => {
    backend.transform(src, out, { ...opts, angle: Math.PI / 2, perm: Int32Array.from([1, 0, 3, 2]) });
    const got = await backend.read(out);
    expect(got[0]).toBe(25 + 5); // plane 0 reads plane 1; top-left reads its top-right (1-based values)
    backend.maskDisk(src, out);
    expect((await backend.read(out))[12]).toBe(13);
  });
});

describe('filterBank', () => {
  const filter = filled([2, 3, 4, 3, 3]); // [O, C, P, K, K]
  const elements = [quarter([3, 0, 1, 2]), quarter([1, 2, 3, 0])];

  it('rejects a perm of the wrong length or not a permutation, naming the element', () => {
    const out = t([2, 2, 3, 4, 3, 3]);
    expect(() => backend.filterBank(filter, out, [elements[0], quarter([0, 1])], 'bilinear', false)).toThrow(
      /^filterBank: elements\[1\]\.perm must be a permutation of 0\.\.3; got \[0, 1\]$/,
    );
    expect(() => backend.filterBank(filter, out, [quarter([0, 0, 1, 2])], 'bilinear', false)).toThrow(
      /elements\[0\]\.perm must be a permutation of 0\.\.3; got \[0, 0, 1, 2\]$/,
    );
  });

  it('rejects an out that does not hold one bank per element', () => {
    expect(() => backend.filterBank(filter, t([2, 3, 3, 4, 3, 3]), elements, 'bilinear', false)).toThrow(
      /^filterBank: out must be \[O, G, \.\.\.\] = \[2, 2, 3, 4, 3, 3\] for 2 elements and filter \[2, 3, 4, 3, 3\]; got \[2, 3, 3, 4, 3, 3\]$/,
    );
    expect(() => backend.filterBank(filter, t([432]), elements, 'bilinear', false)).toThrow(/got \[432\]$/);
  });

  it('rejects a non-finite angle, an unknown interpolation and a filter that is not [O, C, (P,) K, K]', () => {
    const out = t([2, 2, 3, 4, 3, 3]);
    const nan = [elements[0], { ...elements[1], angle: NaN }];
    expect(() => backend.filterBank(filter, out, nan, 'bilinear', false)).toThrow(
      /^filterBank: elements\[1\]\.angle must be a finite number of radians; got NaN$/,
    );
    expect(() => backend.filterBank(filter, out, elements, 'cubic' as never, false)).toThrow(
      /^filterBank: interpolation must be .*; got 'cubic'$/,
    );
    expect(() => backend.filterBank(t([2, 3, 3]), t([4, 3, 3]), [quarter()], 'bilinear', false)).toThrow(
      /^filterBank: filter must be \[O, C, K, K\] or \[O, C, P, K, K\] with square kernels; got \[2, 3, 3\]$/,
    );
  });

  it('runs good arguments', async () => {
    const out = t([2, 2, 3, 4, 3, 3]);
    backend.filterBank(filter, out, elements, 'bilinear', true);
    expect((await backend.read(out)).some((v) => v !== 0)).toBe(true);
  });
});

describe('correlate', () => {
  const input = filled([3, 8, 8]);
  const out = t([4, 8, 8]);

  it('rejects weights whose channels do not match input and out, even when the size does', () => {
    expect(() => backend.correlate(input, t([4, 2, 5, 5]), null, out)).toThrow(
      /^correlate: weights must be \[Cout, Cin, K, K\] with Cin = 3 \(input \[3, 8, 8\]\) and Cout = 4 \(out \[4, 8, 8\]\); got \[4, 2, 5, 5\]$/,
    );
    // [Cin, Cout, K, K]: the right size, the wrong layout (it ran and returned mixed-up channels).
    expect(() => backend.correlate(input, t([3, 4, 3, 3]), null, out)).toThrow(
      /Cout = 4 .*got \[3, 4, 3, 3\]$/,
    );
  });

  it('rejects even or non-square kernels', () => {
    expect(() => backend.correlate(input, t([4, 3, 4, 4]), null, out)).toThrow(
      /^correlate: weights must be \[Cout, Cin, K, K\] with square kernels and K odd; got \[4, 3, 4, 4\]$/,
    );
    expect(() => backend.correlate(input, t([4, 3, 3, 5]), null, out)).toThrow(/K odd; got \[4, 3, 3, 5\]$/);
  });

  it('rejects a bias that is not [Cout] and an out of another plane size', () => {
    expect(() => backend.correlate(input, t([4, 3, 3, 3]), t([3]), out)).toThrow(
      /^correlate: bias must be \[Cout\] with Cout = 4 \(out \[4, 8, 8\]\); got \[3\]$/,
    );
    expect(() => backend.correlate(input, t([4, 3, 3, 3]), null, t([4, 6, 6]))).toThrow(
      /^correlate: out must be \[Cout, H, W\] with H x W = 8 x 8 \(input \[3, 8, 8\]\); got \[4, 6, 6\]$/,
    );
  });

  it('runs good arguments, including a bank [O, G, C, P, K, K] as weights [O*G, C*P, K, K]', async () => {
    const bias = backend.tensor([4], Float32Array.from([1, 2, 3, 4]));
    backend.correlate(input, t([4, 3, 3, 3]), bias, out);
    expect((await backend.read(out))[64 * 3]).toBe(4);
    backend.correlate(filled([1, 3, 8, 8]), t([2, 2, 1, 3, 3, 3]), null, out);
  });
});

describe('pointwise', () => {
  const a = filled([2, 2, 3, 3]); // complex [C = 2, 2, H, W]

  it('add, subtract and relu reject operands of different sizes', () => {
    expect(() => backend.add(a, t([2, 3, 3]), t([2, 2, 3, 3]))).toThrow(
      /^add: b must have the 36 entries of a \[2, 2, 3, 3\]; got \[2, 3, 3\] \(18\)$/,
    );
    expect(() => backend.subtract(a, a, t([35]))).toThrow(
      /^subtract: out must have the 36 entries .*; got \[35\] \(35\)$/,
    );
    expect(() => backend.relu(a, t([1]))).toThrow(
      /^relu: out must have the 36 entries of a \[2, 2, 3, 3\]; got \[1\]/,
    );
  });

  it('magnitude and magnitudeRelu need complex [C, 2, H, W], bias [C] and out [C, H, W]', () => {
    expect(() => backend.magnitude(filled([4, 3, 3]), t([2, 3, 3]))).toThrow(
      /^magnitude: a must be complex \[C, 2, H, W\]; got \[4, 3, 3\]$/,
    );
    expect(() => backend.magnitude(a, t([18]))).toThrow(
      /^magnitude: out must be \[C, H, W\] = \[2, 3, 3\] \(a \[2, 2, 3, 3\]\); got \[18\]$/,
    );
    expect(() => backend.magnitudeRelu(a, t([3]), t([2, 2, 3, 3]))).toThrow(
      /^magnitudeRelu: bias must be \[C\] with C = 2 \(a \[2, 2, 3, 3\]\); got \[3\]$/,
    );
    expect(() => backend.magnitudeRelu(a, t([2]), t([2, 2, 9]))).toThrow(
      /^magnitudeRelu: out must match a .*got \[2, 2, 9\]$/,
    );
  });

  it('run good arguments, in place where allowed', async () => {
    const b = filled([2, 2, 3, 3]);
    backend.add(b, b, b);
    backend.relu(b, b);
    backend.magnitudeRelu(b, t([2]), b);
    const m = t([2, 3, 3]);
    backend.magnitude(b, m);
    expect((await backend.read(m))[0]).toBeCloseTo(2 * Math.hypot(1, 10), 4);
  });
});

describe('pooling and errorNorms', () => {
  const a = filled([2, 4, 3, 3]);

  it('reject an unknown mode (poolOrientations gave the mean for any mode but max)', () => {
    expect(() => backend.poolOrientations(a, t([2, 3, 3]), 'min' as never)).toThrow(
      /^poolOrientations: mode must be 'max' or 'mean'; got 'min'$/,
    );
    expect(() => backend.globalPool(a, t([2]), 'avg' as never)).toThrow(
      /^globalPool: mode must be 'max' or 'mean'; got 'avg'$/,
    );
  });

  it('reject shapes that are not [C, P, H, W] -> [C, H, W] and [C, ...] -> [C]', () => {
    expect(() => backend.poolOrientations(filled([8, 3, 3]), t([2, 3, 3]), 'max')).toThrow(
      /^poolOrientations: a must be \[C, P, H, W\]; got \[8, 3, 3\]$/,
    );
    expect(() => backend.poolOrientations(a, t([4, 3, 3]), 'max')).toThrow(
      /^poolOrientations: out must be \[C, H, W\] = \[2, 3, 3\] \(a \[2, 4, 3, 3\]\); got \[4, 3, 3\]$/,
    );
    expect(() => backend.globalPool(a, t([8]), 'max')).toThrow(
      /^globalPool: out must be \[C\] = \[2\] \(a \[2, 4, 3, 3\]\); got \[8\]$/,
    );
  });

  it('errorNorms rejects maps of different shapes', async () => {
    await expect(backend.errorNorms(t([2, 3]), t([3, 2]))).rejects.toThrow(
      /^errorNorms: b must match a \[2, 3\] \(6 entries in 2 x 3 planes\); got \[3, 2\]$/,
    );
  });

  it('run good arguments', async () => {
    const out = t([2, 3, 3]);
    backend.poolOrientations(a, out, 'max');
    const g = t([2]);
    backend.globalPool(a, g, 'mean');
    expect(Array.from(await backend.read(g))).toEqual([18.5, 54.5]);
    expect(await backend.errorNorms(out, out)).toEqual({ maxAbs: 0, relL2: 0 });
  });
});

describe('the Float32Array helpers of src/engine/cpu use the same checks', () => {
  const img = new Float32Array(9);
  it('reject a bad angle, interpolation, mode, kernel or element', () => {
    expect(() => rotateImage(img, [1, 3, 3], NaN)).toThrow(
      /^rotateImage: angle must be a finite number.*got NaN$/,
    );
    expect(() => transformPlanes(img, [1, 3, 3], { ...opts, interpolation: 'area' as never })).toThrow(
      /^transformPlanes: interpolation must be .*got 'area'$/,
    );
    expect(() => transformPlanes(img, [1, 3, 4], opts)).toThrow(
      /^transformPlanes: data must be a Float32Array of 12 entries \(shape \[1, 3, 4\]\); got Float32Array of 9 entries$/,
    );
    expect(() => poolOrientations(new Float32Array(8), [2, 2, 1, 2], 'min' as never)).toThrow(/got 'min'$/);
    expect(() => correlate(img, [1, 3, 3], new Float32Array(4), [1, 1, 2, 2])).toThrow(
      /^correlate: weights must be \[Cout, Cin, K, K\] with Cin = 1 \(input \[1, 3, 3\]\) and K odd; got \[1, 1, 2, 2\]$/,
    );
    expect(() => filterBank(img, [1, 1, 3, 3], [{ angle: Infinity, reflect: false }])).toThrow(
      /^filterBank: elements\[0\]\.angle must be a finite number of radians; got Infinity$/,
    );
  });
});

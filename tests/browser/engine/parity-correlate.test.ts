// GPU against CPU for the planar correlation, over kernel sizes 1..13 (which change the staged
// channel count of the tiled kernel), channel counts that are not multiples of the 8 output
// lanes or of the staged chunk, planes that are not multiples of the 16 x 16 tile, with and
// without bias. Plus a closed form: a one-hot kernel shifts the map, which pins down the
// direction of the offsets d independently of the CPU reference.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createBackends,
  noValidationErrors,
  onBoth,
  PARITY,
  relativeErrors,
  report,
  sizeOfShape,
  uniform,
  type Backends,
} from './gpu';

let b: Backends;
const measured = new Map<string, number>();
beforeAll(async () => {
  b = await createBackends();
});
afterAll(() => {
  report('correlate parity, relative L2 GPU vs CPU', measured);
  b.destroy();
});

interface Case {
  Cin: number;
  Cout: number;
  H: number;
  W: number;
  K: number;
  bias: boolean;
}

const cases: Case[] = [
  { Cin: 1, Cout: 1, H: 8, W: 8, K: 1, bias: false },
  { Cin: 3, Cout: 8, H: 16, W: 16, K: 3, bias: true },
  { Cin: 5, Cout: 13, H: 13, W: 21, K: 5, bias: true },
  { Cin: 9, Cout: 4, H: 32, W: 32, K: 7, bias: false },
  { Cin: 17, Cout: 3, H: 18, W: 17, K: 9, bias: true },
  { Cin: 2, Cout: 9, H: 20, W: 12, K: 11, bias: true },
  { Cin: 3, Cout: 2, H: 15, W: 15, K: 13, bias: false },
];

describe('correlate', () => {
  it.each(cases)(
    'Cin $Cin -> Cout $Cout, $H x $W, K $K, bias $bias',
    async ({ Cin, Cout, H, W, K, bias }) => {
      const inputs = [
        { shape: [Cin, H, W], data: uniform(Cin * H * W, K) },
        { shape: [Cout, Cin, K, K], data: uniform(Cout * Cin * K * K, K + 1) },
        ...(bias ? [{ shape: [Cout], data: uniform(Cout, K + 2) }] : []),
      ];
      const { gpu, cpu } = await onBoth(b, inputs, [Cout, H, W], (k, [x, w, beta], out) =>
        k.correlate(x, w, beta ?? null, out),
      );
      const err = relativeErrors(gpu, cpu).relL2;
      measured.set(`K ${K}, ${Cin} -> ${Cout}, ${H} x ${W}`, err);
      expect(err).toBeLessThan(PARITY);
    },
  );

  it('a one-hot kernel at (dy, dx) = (1, -2) gives out(i, j) = in(i + 1, j - 2), zero-padded', async () => {
    const [H, W, K] = [9, 10, 5];
    const input = uniform(H * W, 31);
    const weights = new Float32Array(K * K);
    weights[(1 + 2) * K + (-2 + 2)] = 1;
    const got = await noValidationErrors(b.device, async () => {
      const x = b.gpu.tensor([1, H, W], input);
      const w = b.gpu.tensor([1, 1, K, K], weights);
      const out = b.gpu.tensor([1, H, W]);
      b.gpu.correlate(x, w, null, out);
      const data = await b.gpu.read(out);
      [x, w, out].forEach((t) => b.gpu.dispose(t));
      return data;
    });
    for (let i = 0; i < H; i++) {
      for (let j = 0; j < W; j++) {
        const inside = i + 1 < H && j - 2 >= 0;
        expect(got[i * W + j]).toBe(inside ? input[(i + 1) * W + j - 2] : 0);
      }
    }
  });

  it('the filter bank [O, G, C, P, K, K] serves as weights [O G, C P, K, K] without a reshape', async () => {
    const [O, G, C, P, K, H] = [2, 4, 1, 4, 3, 10];
    const input = { shape: [C, P, H, H], data: uniform(C * P * H * H, 37) };
    const bank = { shape: [O, G, C, P, K, K], data: uniform(O * G * C * P * K * K, 38) };
    const { gpu, cpu } = await onBoth(b, [input, bank], [O, G, H, H], (k, [x, w], out) =>
      k.correlate(x, w, null, out),
    );
    expect(relativeErrors(gpu, cpu).relL2).toBeLessThan(PARITY);
    expect(sizeOfShape([O, G, H, H])).toBe(gpu.length);
  });
});

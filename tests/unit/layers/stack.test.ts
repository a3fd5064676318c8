// Stacks: lift -> ReLU -> group conv -> ReLU -> orientation pool is invariant up to the spatial
// rotation on the grid; off the grid the error shrinks for smooth inputs and filters; the plain
// CNN is not equivariant; the Pipeline allocates nothing per run.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { Interpolation } from '../../../src/engine/backend';
import { createCpuBackend } from '../../../src/engine/cpu/index';
import {
  actOnImage,
  actOnLiftedMap,
  gaussianBlobImage,
  GlobalPoolLayer,
  GroupConvLayer,
  LiftingLayer,
  OrientationPoolLayer,
  Pipeline,
  PlanarConvLayer,
  ReluLayer,
  type Layer,
} from '../../../src/layers';
import { randomNormal } from '../../../src/math/random';
import { cyclicGroup, dihedralGroup, type PlanarGroup } from '../../../src/math';
import { copyTensor, equivarianceError, TOLERANCE } from '../helpers/equivariance';
import { noiseTensor } from '../helpers/tensors';

const backend = createCpuBackend();

function gcnnLayers(group: PlanarGroup, seed: number, pool: 'max' | 'mean'): Layer[] {
  const bias = randomNormal(seed, 3, 0.1);
  return [
    new LiftingLayer(backend, { group, inChannels: 1, outChannels: 3, kernelSize: 5 }, { seed, bias }),
    new ReluLayer(backend),
    new GroupConvLayer(backend, { group, inChannels: 3, outChannels: 2, kernelSize: 3 }, { seed: seed + 1 }),
    new ReluLayer(backend),
    new OrientationPoolLayer(backend, pool),
  ];
}

describe.each([
  ['C4', cyclicGroup(4)],
  ['D4', dihedralGroup(4)],
])('%s stack on the grid', (_, group) => {
  it('lift, ReLU, group conv, ReLU, orientation pool: Phi(L_g x) = L_g Phi(x), L_g spatial only', async () => {
    const params = fc.tuple(
      fc.integer({ min: 0, max: 1e6 }),
      fc.nat(),
      fc.constantFrom<'max' | 'mean'>('max', 'mean'),
    );
    await fc.assert(
      fc.asyncProperty(params, async ([seed, e, pool]) => {
        const g = { angle: group.angle(e % group.order), reflect: group.reflects(e % group.order) };
        const pipe = new Pipeline(backend, gcnnLayers(group, seed, pool), [1, 19, 19]);
        const err = await equivarianceError({
          backend,
          input: noiseTensor(backend, [1, 19, 19], seed),
          outputShape: [2, 19, 19],
          layer: (x, out) => copyTensor(backend, pipe.run(x), out),
          actOnInput: (x, out) => actOnImage(backend, x, out, g),
          actOnOutput: (y, out) => actOnImage(backend, y, out, g),
        });
        expect(err.relL2).toBeLessThan(TOLERANCE.cpu.gridExact);
        pipe.dispose(true);
      }),
      { numRuns: 12 },
    );
  });

  it('adding a global pool gives an invariant vector', async () => {
    const pipe = new Pipeline(
      backend,
      [...gcnnLayers(group, 4, 'max'), new GlobalPoolLayer(backend, 'mean')],
      [1, 18, 18],
    );
    const x = noiseTensor(backend, [1, 18, 18], 4);
    const moved = backend.tensor([1, 18, 18]);
    const last = group.order - 1; // r^3 or r^3 s
    actOnImage(backend, x, moved, { angle: group.angle(last), reflect: group.reflects(last) });
    const before = await backend.read(pipe.run(x));
    const after = await backend.read(pipe.run(moved));
    expect(before.length).toBe(2);
    after.forEach((v, k) => expect(Math.abs(v - before[k])).toBeLessThan(1e-5 * Math.abs(before[k]) + 1e-7));
  });
});

describe('the plain CNN baseline', () => {
  it('is far from equivariant for random filters, even for an exact quarter turn (error > planarBaselineMin)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 1e6 }), async (seed) => {
        const layer = new PlanarConvLayer(
          backend,
          { inChannels: 2, outChannels: 3, kernelSize: 5 },
          { seed },
        );
        const quarter = { angle: Math.PI / 2 };
        const err = await equivarianceError({
          backend,
          input: noiseTensor(backend, [2, 17, 17], seed + 1),
          outputShape: [3, 17, 17],
          layer: (x, out) => layer.forward(x, out),
          actOnInput: (x, out) => actOnImage(backend, x, out, quarter),
          actOnOutput: (y, out) => actOnImage(backend, y, out, quarter),
        });
        expect(err.relL2).toBeGreaterThan(TOLERANCE.cpu.planarBaselineMin);
        layer.dispose();
      }),
      { numRuns: 10 },
    );
  });
});

describe('off the grid: the error is governed by smoothness', () => {
  const S = 29;

  /** Mean relative L2 error (disk-masked) of lifting and of group conv on the lifted map, over 2 seeds. */
  async function offGridError(group: PlanarGroup, smooth: boolean): Promise<{ lift: number; gconv: number }> {
    const g = group.hasReflections ? group.rotations + 1 : 1; // r s or r
    const image: Interpolation = 'bilinear';
    const init = smooth ? 'smooth' : 'normal';
    const G = group.order;
    let [lift, gconv] = [0, 0];
    for (const seed of [1, 2]) {
      const raw = smooth ? gaussianBlobImage(seed, 1, S, S) : randomNormal(seed, S * S);
      const x = backend.tensor([1, S, S]);
      backend.maskDisk(backend.tensor([1, S, S], raw), x);
      const liftLayer = new LiftingLayer(
        backend,
        { group, inChannels: 1, outChannels: 3, kernelSize: 5 },
        { seed, init },
      );
      const groupLayer = new GroupConvLayer(
        backend,
        { group, inChannels: 3, outChannels: 2, kernelSize: 5 },
        { seed, init },
      );
      const onLifted = (y: Parameters<Layer['forward']>[0], out: Parameters<Layer['forward']>[1]) =>
        actOnLiftedMap(backend, group, g, y, out, image, true);
      const liftErr = await equivarianceError({
        backend,
        input: x,
        outputShape: [3, G, S, S],
        layer: (a, b) => liftLayer.forward(a, b),
        actOnInput: (a, b) =>
          actOnImage(backend, a, b, { angle: group.angle(g), reflect: group.reflects(g) }, image, true),
        actOnOutput: onLifted,
        mask: true,
      });
      const lifted = backend.tensor([3, G, S, S]);
      liftLayer.forward(x, lifted);
      const groupErr = await equivarianceError({
        backend,
        input: lifted,
        outputShape: [2, G, S, S],
        layer: (a, b) => groupLayer.forward(a, b),
        actOnInput: onLifted,
        actOnOutput: onLifted,
        mask: true,
      });
      lift += liftErr.relL2 / 2;
      gconv += groupErr.relL2 / 2;
    }
    return { lift, gconv };
  }

  it.each([
    ['C3', cyclicGroup(3)],
    ['C6', cyclicGroup(6)],
    ['C8', cyclicGroup(8)],
    ['C12', cyclicGroup(12)],
    ['C16', cyclicGroup(16)],
    ['D8', dihedralGroup(8)],
  ])(
    '%s: smooth filters on Gaussian blobs beat white noise by 10x, and stay below smoothOffGrid',
    async (_, group) => {
      const noise = await offGridError(group, false);
      const smooth = await offGridError(group, true);
      expect(noise.lift).toBeGreaterThan(0.3);
      expect(noise.gconv).toBeGreaterThan(0.3);
      expect(smooth.lift).toBeLessThan(TOLERANCE.cpu.smoothOffGrid);
      expect(smooth.gconv).toBeLessThan(TOLERANCE.cpu.smoothOffGrid);
      expect(smooth.lift).toBeLessThan(noise.lift / 10);
      expect(smooth.gconv).toBeLessThan(noise.gconv / 10);
    },
  );
});

describe('Pipeline', () => {
  it('allocates every tensor once: runs call no backend.tensor and reuse the same stages', () => {
    const pipe = new Pipeline(backend, gcnnLayers(cyclicGroup(4), 1, 'max'), [1, 17, 17]);
    expect(pipe.shapes).toEqual([
      [1, 17, 17],
      [3, 4, 17, 17],
      [3, 4, 17, 17],
      [2, 4, 17, 17],
      [2, 4, 17, 17],
      [2, 17, 17],
    ]);
    const spy = vi.spyOn(backend, 'tensor');
    const first = pipe.runOn(randomNormal(1, 17 * 17));
    const second = pipe.runOn(randomNormal(2, 17 * 17));
    expect(spy).not.toHaveBeenCalled();
    expect(second).toBe(first);
    spy.mockRestore();
    pipe.dispose(true);
    expect(() => pipe.run()).toThrow(/dispose/);
  });

  it('rejects a layer that does not fit the previous output', () => {
    const layers = [new ReluLayer(backend), new OrientationPoolLayer(backend)];
    expect(() => new Pipeline(backend, layers, [1, 17, 17])).toThrow(/\[C, G, H, W\]/);
  });
});

// The WASM backend (float32, XNNPACK) against the CPU reference (float64 sums) on the same random
// inputs: the correlation to relative 1e-5 at many shapes, the ops it borrows from the reference
// bit for bit, the layers built on it, and exact equivariance on the grid. Validation messages:
// wasm-validation.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend, PlaneTransform, Tensor, TransformOptions } from '../../../src/engine/backend';
import { createCpuBackend } from '../../../src/engine/cpu/index';
import { createWasmBackend, type WasmBackend } from '../../../src/engine/wasm/index';
import {
  actOnImage,
  actOnLiftedMap,
  GroupConvLayer,
  LiftingLayer,
  OrientationPoolLayer,
  Pipeline,
  PlanarConvLayer,
  ReluLayer,
  type Layer,
} from '../../../src/layers';
import { cyclicGroup, dihedralGroup, planeTransformOf, type PlanarGroup } from '../../../src/math';
import { randomNormal } from '../../../src/math/random';
import { equivarianceError, TOLERANCE } from '../helpers/equivariance';
import { noiseTensor } from '../helpers/tensors';
import { relativeErrors } from '../helpers/parity';

/** Relative error of float32 XNNPACK against the float64-summed reference (the brief's bound). */
const PARITY = 1e-5;

let wasm: WasmBackend;
const cpu = createCpuBackend();
const measured = new Map<string, number>();

beforeAll(async () => {
  wasm = await createWasmBackend();
});
afterAll(() => {
  const lines = [...measured].map(([k, v]) => `  ${k}: ${v.toExponential(2)}`);
  console.info(`WASM vs CPU reference, relative L2 (max-relative where marked)\n${lines.join('\n')}`);
  wasm.destroy();
});

interface Operand {
  shape: readonly number[];
  data: Float32Array;
}
const operand = (shape: readonly number[], seed: number): Operand => ({
  shape,
  data: randomNormal(
    seed,
    shape.reduce((a, b) => a * b, 1),
  ),
});

/** Runs op on both backends; the output starts as noise, so an entry left unwritten shows. */
async function onBoth(
  inputs: readonly Operand[],
  outShape: readonly number[],
  op: (k: Backend, ins: Tensor[], out: Tensor) => void,
): Promise<{ got: Float32Array; want: Float32Array }> {
  const run = async (k: Backend) => {
    const ins = inputs.map((x) => k.tensor(x.shape, x.data));
    const out = noiseTensor(k, outShape, 99);
    op(k, ins, out);
    const values = await k.read(out);
    [...ins, out].forEach((t) => k.dispose(t));
    return values;
  };
  return { got: await run(wasm), want: await run(cpu) };
}

describe('correlate on XNNPACK', () => {
  const cases = [
    { Cin: 1, Cout: 1, H: 8, W: 8, K: 1, bias: false },
    { Cin: 1, Cout: 8, H: 12, W: 20, K: 3, bias: true },
    { Cin: 3, Cout: 8, H: 16, W: 16, K: 3, bias: false },
    { Cin: 5, Cout: 13, H: 13, W: 21, K: 5, bias: true },
    { Cin: 9, Cout: 4, H: 32, W: 24, K: 7, bias: false },
    { Cin: 32, Cout: 32, H: 17, W: 19, K: 5, bias: true },
    { Cin: 2, Cout: 3, H: 5, W: 3, K: 7, bias: true },
  ];

  it.each(cases)(
    'Cin $Cin -> Cout $Cout, $H x $W, K $K, bias $bias',
    async ({ Cin, Cout, H, W, K, bias }) => {
      const inputs = [
        operand([Cin, H, W], K),
        operand([Cout, Cin, K, K], K + 1),
        ...(bias ? [operand([Cout], K + 2)] : []),
      ];
      const { got, want } = await onBoth(inputs, [Cout, H, W], (k, [x, w, b], out) =>
        k.correlate(x, w, b ?? null, out),
      );
      const { relL2, relMax } = relativeErrors(got, want);
      measured.set(`correlate K ${K}, ${Cin} -> ${Cout}, ${H} x ${W}${bias ? ', bias' : ''}`, relL2);
      measured.set(`correlate K ${K}, ${Cin} -> ${Cout}, ${H} x ${W}${bias ? ', bias' : ''} (max)`, relMax);
      expect(relL2).toBeLessThan(PARITY);
      expect(relMax).toBeLessThan(PARITY);
    },
  );

  it('a one-hot kernel at (dy, dx) = (1, -2) gives out(i, j) = in(i + 1, j - 2): no flip, zero padding', async () => {
    const [H, W, K] = [9, 10, 5];
    const input = randomNormal(31, H * W);
    const weights = new Float32Array(K * K);
    weights[(1 + 2) * K + (-2 + 2)] = 1;
    const out = wasm.tensor([1, H, W]);
    wasm.correlate(wasm.tensor([1, H, W], input), wasm.tensor([1, 1, K, K], weights), null, out);
    const got = await wasm.read(out);
    for (let i = 0; i < H; i++)
      for (let j = 0; j < W; j++) {
        const inside = i + 1 < H && j - 2 >= 0;
        expect(got[i * W + j]).toBe(inside ? input[(i + 1) * W + (j - 2)] : 0);
      }
  });
});

describe('ops shared with the CPU reference are bit-identical', () => {
  const quarter = planeTransformOf(cyclicGroup(4), 1);
  const transforms: [string, TransformOptions][] = [
    ['bilinear 0.3 rad', { angle: 0.3, reflect: false, interpolation: 'bilinear' }],
    ['bicubic reflected, masked', { angle: -1.1, reflect: true, interpolation: 'bicubic', mask: true }],
    ['nearest quarter turn with perm', { ...quarter, interpolation: 'nearest' }],
  ];

  it.each(transforms)('transform: %s', async (_, opts) => {
    const { got, want } = await onBoth([operand([3, 4, 9, 9], 1)], [3, 4, 9, 9], (k, [x], out) =>
      k.transform(x, out, opts),
    );
    expect(got).toEqual(want);
  });

  it('filterBank, with and without perms', async () => {
    const lift = [0, 1, 2, 3].map((g) => ({ angle: (g * Math.PI) / 4, reflect: false }));
    const regular: PlaneTransform[] = [0, 1, 5].map((g) => planeTransformOf(dihedralGroup(4), g));
    for (const [shape, elements] of [
      [[2, 3, 5, 5], lift],
      [[2, 3, 8, 3, 3], regular],
    ] as const) {
      const [O, ...rest] = shape;
      const { got, want } = await onBoth([operand(shape, 2)], [O, elements.length, ...rest], (k, [f], out) =>
        k.filterBank(f, out, elements, 'bicubic', true),
      );
      expect(got).toEqual(want);
    }
  });

  const entrywise: [string, readonly number[], number, (k: Backend, ins: Tensor[], out: Tensor) => void][] = [
    ['maskDisk', [2, 7, 9], 1, (k, [a], out) => k.maskDisk(a, out)],
    ['add', [2, 5, 5], 2, (k, [a, b], out) => k.add(a, b, out)],
    ['subtract', [2, 5, 5], 2, (k, [a, b], out) => k.subtract(a, b, out)],
    ['relu', [2, 5, 5], 1, (k, [a], out) => k.relu(a, out)],
    ['magnitudeRelu', [3, 2, 4, 4], 2, (k, [a, b], out) => k.magnitudeRelu(a, b, out)],
  ];

  it.each(entrywise)('%s', async (name, shape, arity, op) => {
    const inputs = [operand(shape, 3), name === 'magnitudeRelu' ? operand([3], 4) : operand(shape, 4)];
    const { got, want } = await onBoth(inputs.slice(0, arity), shape, op);
    expect(got).toEqual(want);
  });

  it('add, subtract and relu in place', async () => {
    for (const op of ['add', 'subtract', 'relu'] as const) {
      const run = async (k: Backend) => {
        const a = k.tensor([6, 6], randomNormal(5, 36));
        const b = k.tensor([6, 6], randomNormal(6, 36));
        if (op === 'relu') k.relu(a, a);
        else k[op](a, b, a);
        return k.read(a);
      };
      expect(await run(wasm)).toEqual(await run(cpu));
    }
  });

  it('magnitude, poolOrientations, globalPool', async () => {
    const cases: [readonly number[], readonly number[], (k: Backend, ins: Tensor[], out: Tensor) => void][] =
      [
        [[3, 2, 5, 6], [3, 5, 6], (k, [a], out) => k.magnitude(a, out)],
        [[3, 8, 5, 6], [3, 5, 6], (k, [a], out) => k.poolOrientations(a, out, 'max')],
        [[3, 8, 5, 6], [3, 5, 6], (k, [a], out) => k.poolOrientations(a, out, 'mean')],
        [[4, 3, 5, 6], [4], (k, [a], out) => k.globalPool(a, out, 'max')],
        [[4, 3, 5, 6], [4], (k, [a], out) => k.globalPool(a, out, 'mean')],
      ];
    for (const [inShape, outShape, op] of cases) {
      const { got, want } = await onBoth([operand(inShape, 7)], outShape, op);
      expect(got).toEqual(want);
    }
  });

  it('errorNorms', async () => {
    const run = (k: Backend) =>
      k.errorNorms(k.tensor([2, 4, 4], randomNormal(8, 32)), k.tensor([2, 4, 4], randomNormal(9, 32)));
    expect(await run(wasm)).toEqual(await run(cpu));
  });
});

describe('layers on the WASM backend', () => {
  const build = (k: Backend, group: PlanarGroup): Layer[] => [
    new LiftingLayer(
      k,
      { group, inChannels: 2, outChannels: 3, kernelSize: 5 },
      { seed: 1, bias: randomNormal(2, 3) },
    ),
    new ReluLayer(k),
    new GroupConvLayer(
      k,
      { group, inChannels: 3, outChannels: 2, kernelSize: 3 },
      { seed: 3, bias: randomNormal(4, 2) },
    ),
    new ReluLayer(k),
    new OrientationPoolLayer(k, 'max'),
  ];

  it.each([
    ['C4', cyclicGroup(4)],
    ['D4', dihedralGroup(4)],
    ['C8', cyclicGroup(8)],
  ] as const)(
    'lift -> ReLU -> group conv -> ReLU -> pool on %s agrees with the reference',
    async (name, group) => {
      const image = randomNormal(5, 2 * 20 * 18);
      const run = async (k: Backend) => {
        const pipeline = new Pipeline(k, build(k, group), [2, 20, 18]);
        const out = await k.read(pipeline.runOn(image));
        pipeline.dispose(true);
        return out;
      };
      const err = relativeErrors(await run(wasm), await run(cpu)).relL2;
      measured.set(`stack on ${name}, 20 x 18`, err);
      expect(err).toBeLessThan(PARITY);
    },
  );

  it('a planar layer agrees with the reference', async () => {
    const run = async (k: Backend) => {
      const layer = new PlanarConvLayer(k, { inChannels: 3, outChannels: 4, kernelSize: 7 }, { seed: 6 });
      const out = k.tensor([4, 15, 15]);
      layer.forward(k.tensor([3, 15, 15], randomNormal(7, 3 * 225)), out);
      return k.read(out);
    };
    const err = relativeErrors(await run(wasm), await run(cpu)).relL2;
    measured.set('planar layer 3 -> 4, 7 x 7', err);
    expect(err).toBeLessThan(PARITY);
  });
});

describe('equivariance on the grid is exact to float32 round-off', () => {
  it.each([
    ['C4', cyclicGroup(4), 1],
    ['C4', cyclicGroup(4), 3],
    ['D4', dihedralGroup(4), 5],
  ] as const)('lifting on %s, element %i: Phi(L_g x) = L_g Phi(x)', async (name, group, g) => {
    const layer = new LiftingLayer(
      wasm,
      { group, inChannels: 2, outChannels: 3, kernelSize: 5 },
      { seed: 11, bias: randomNormal(12, 3) },
    );
    const err = await equivarianceError({
      backend: wasm,
      input: noiseTensor(wasm, [2, 24, 24], 13),
      outputShape: [3, group.order, 24, 24],
      layer: (x, out) => layer.forward(x, out),
      actOnInput: (x, out) => actOnImage(wasm, x, out, { angle: group.angle(g), reflect: group.reflects(g) }),
      actOnOutput: (y, out) => actOnLiftedMap(wasm, group, g, y, out),
    });
    measured.set(`equivariance, lifting ${name}, g = ${g}`, err.relL2);
    expect(err.relL2).toBeLessThan(TOLERANCE.cpu.gridExact);
    layer.dispose();
  });

  it('group conv on C4, quarter turn', async () => {
    const group = cyclicGroup(4);
    const layer = new GroupConvLayer(
      wasm,
      { group, inChannels: 2, outChannels: 2, kernelSize: 3 },
      { seed: 14 },
    );
    const act = (x: Tensor, out: Tensor) => actOnLiftedMap(wasm, group, 1, x, out);
    const err = await equivarianceError({
      backend: wasm,
      input: noiseTensor(wasm, [2, 4, 20, 20], 15),
      outputShape: [2, 4, 20, 20],
      layer: (x, out) => layer.forward(x, out),
      actOnInput: act,
      actOnOutput: act,
    });
    measured.set('equivariance, group conv C4, g = 1', err.relL2);
    expect(err.relL2).toBeLessThan(TOLERANCE.cpu.gridExact);
    layer.dispose();
  });
});

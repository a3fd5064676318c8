// Lifting and group correlation layers: values against the papers' formulas computed naively, and
// equivariance Phi(L_g x) = L_g Phi(x) (regular action on the output) as a property on C4 and D4.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCpuBackend, groupCorrelation, liftingCorrelation } from '../../../src/engine/cpu/index';
import { actOnImage, actOnLiftedMap, GroupConvLayer, LiftingLayer } from '../../../src/layers';
import { randomNormal } from '../../../src/math/random';
import { cyclicGroup, dihedralGroup, type PlanarGroup } from '../../../src/math';
import { equivarianceError, TOLERANCE } from '../helpers/equivariance';
import { noiseTensor } from '../helpers/tensors';
import { groupConvReference, liftingReference, relativeMaxError } from './reference';

const backend = createCpuBackend();
const GRID_GROUPS: [string, PlanarGroup][] = [
  ['C4', cyclicGroup(4)],
  ['D4', dihedralGroup(4)],
];

describe.each(GRID_GROUPS)('%s: values against the naive formulas', (_, group) => {
  const dims = { C: 2, O: 3, H: 9, W: 8, K: 5 };
  const G = group.order;

  it('lifting layer = sum_y f(y) psi(g^-1 (y - x)) + b', async () => {
    const { C, O, H, W, K } = dims;
    const f = randomNormal(1, C * H * W);
    const psi = randomNormal(2, O * C * K * K);
    const bias = randomNormal(3, O);
    const layer = new LiftingLayer(
      backend,
      { group, inChannels: C, outChannels: O, kernelSize: K },
      { weights: psi, bias },
    );
    const out = backend.tensor([O, G, H, W]);
    layer.forward(backend.tensor([C, H, W], f), out);
    const got = await backend.read(out);
    expect(relativeMaxError(got, liftingReference(f, psi, bias, group, dims))).toBeLessThan(1e-6);
    // The synchronous helper computes the same (without bias).
    const helper = liftingCorrelation(f, [C, H, W], psi, [O, C, K, K], group);
    expect(relativeMaxError(helper, liftingReference(f, psi, new Float32Array(O), group, dims))).toBeLessThan(
      1e-6,
    );
  });

  it('group conv layer = sum_h sum_y f(h, y) psi(g^-1 h, g^-1 (y - x)) + b', async () => {
    const { C, O, H, W, K } = dims;
    const f = randomNormal(4, C * G * H * W);
    const psi = randomNormal(5, O * C * G * K * K);
    const bias = randomNormal(6, O);
    const layer = new GroupConvLayer(
      backend,
      { group, inChannels: C, outChannels: O, kernelSize: K },
      { weights: psi, bias },
    );
    const out = backend.tensor([O, G, H, W]);
    layer.forward(backend.tensor([C, G, H, W], f), out);
    const got = await backend.read(out);
    expect(relativeMaxError(got, groupConvReference(f, psi, bias, group, dims))).toBeLessThan(1e-6);
    const helper = groupCorrelation(f, [C, G, H, W], psi, [O, C, G, K, K], group);
    expect(
      relativeMaxError(helper, groupConvReference(f, psi, new Float32Array(O), group, dims)),
    ).toBeLessThan(1e-6);
  });
});

const cases = fc.record({
  seed: fc.integer({ min: 0, max: 1e6 }),
  size: fc.constantFrom(17, 20),
  K: fc.constantFrom(3, 5),
  element: fc.nat(),
});

describe.each(GRID_GROUPS)('%s: exact equivariance on the grid (relative L2 < gridExact)', (_, group) => {
  const G = group.order;

  it('lifting: Phi(L_g x) = L_g Phi(x), regular action on the output', async () => {
    await fc.assert(
      fc.asyncProperty(cases, async ({ seed, size, K, element }) => {
        const g = element % G;
        const layer = new LiftingLayer(
          backend,
          { group, inChannels: 2, outChannels: 3, kernelSize: K },
          { seed, bias: randomNormal(seed, 3) },
        );
        const err = await equivarianceError({
          backend,
          input: noiseTensor(backend, [2, size, size], seed + 1),
          outputShape: [3, G, size, size],
          layer: (x, out) => layer.forward(x, out),
          actOnInput: (x, out) =>
            actOnImage(backend, x, out, { angle: group.angle(g), reflect: group.reflects(g) }),
          actOnOutput: (y, out) => actOnLiftedMap(backend, group, g, y, out),
        });
        expect(err.relL2).toBeLessThan(TOLERANCE.cpu.gridExact);
        layer.dispose();
      }),
      { numRuns: 20 },
    );
  });

  it('group conv: Phi(L_g f) = L_g Phi(f) for the regular action on input and output', async () => {
    await fc.assert(
      fc.asyncProperty(cases, async ({ seed, size, K, element }) => {
        const g = element % G;
        const layer = new GroupConvLayer(
          backend,
          { group, inChannels: 2, outChannels: 2, kernelSize: K },
          { seed, bias: randomNormal(seed, 2) },
        );
        const act = (x: Parameters<typeof layer.forward>[0], out: Parameters<typeof layer.forward>[1]) =>
          actOnLiftedMap(backend, group, g, x, out);
        const err = await equivarianceError({
          backend,
          input: noiseTensor(backend, [2, G, size, size], seed + 1),
          outputShape: [2, G, size, size],
          layer: (x, out) => layer.forward(x, out),
          actOnInput: act,
          actOnOutput: act,
        });
        expect(err.relL2).toBeLessThan(TOLERANCE.cpu.gridExact);
        layer.dispose();
      }),
      { numRuns: 15 },
    );
  });

  it('the wrong output action (no orientation shift) is detected', async () => {
    // Guards the test itself: with the spatial part only, the lifting diagram does not commute.
    const g = 1;
    const layer = new LiftingLayer(
      backend,
      { group, inChannels: 1, outChannels: 2, kernelSize: 5 },
      { seed: 3 },
    );
    const err = await equivarianceError({
      backend,
      input: noiseTensor(backend, [1, 17, 17], 9),
      outputShape: [2, G, 17, 17],
      layer: (x, out) => layer.forward(x, out),
      actOnInput: (x, out) => actOnImage(backend, x, out, { angle: group.angle(g) }),
      actOnOutput: (y, out) => actOnImage(backend, y, out, { angle: group.angle(g) }),
    });
    expect(err.relL2).toBeGreaterThan(0.3);
  });
});

describe('weights', () => {
  it('setParams rebuilds the bank; the same seed gives the same layer', async () => {
    const group = cyclicGroup(4);
    const opts = { group, inChannels: 1, outChannels: 2, kernelSize: 3 };
    const a = new LiftingLayer(backend, opts, { seed: 5 });
    const b = new LiftingLayer(backend, opts, { seed: 6 });
    expect(Array.from(a.weights)).not.toEqual(Array.from(b.weights));
    b.setParams({ seed: 5 });
    expect(Array.from(await backend.read(b.bank))).toEqual(Array.from(await backend.read(a.bank)));
    expect(a.bank.shape).toEqual([2, 4, 1, 1, 3, 3]);
    // Setting only the bias keeps the weights.
    const before = a.weights;
    a.setParams({ bias: Float32Array.of(1, 2) });
    expect(Array.from(a.weights)).toEqual(Array.from(before));
    expect(Array.from(a.bias)).toEqual([1, 2]);
  });

  it('rejects inputs of the wrong shape and weights of the wrong size', () => {
    const layer = new GroupConvLayer(backend, {
      group: cyclicGroup(4),
      inChannels: 2,
      outChannels: 1,
      kernelSize: 3,
    });
    expect(() => layer.outputShape([2, 3, 9, 9])).toThrow(/does not match/);
    expect(() => layer.setParams({ weights: new Float32Array(5) })).toThrow();
    expect(layer.outputShape([2, 4, 9, 7])).toEqual([1, 4, 9, 7]);
  });
});

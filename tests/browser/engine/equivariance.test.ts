// Equivariance on the GPU of a small G-CNN built from the Backend's ops, for C4 and D4, where
// quarter turns and the reflection permute pixels exactly (Cohen & Welling 2016):
//   lifting correlation (filterBank without perm + correlate), ReLU, group correlation
//   (filterBank with the regular perm + correlate), then orientation and global pooling.
// Checked: Phi(L_g f) = L_g Phi(f) with L_g on the lifted output rotating the planes and
// cyclically permuting the orientation axis, to relative L2 error below 1e-5; pooled features
// are invariant. A plain CNN (no rotated filter copies) fails the same check by far, which
// shows that the check can fail.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend, Tensor } from '../../../src/engine/backend';
import { cyclicGroup, dihedralGroup, planeTransformOf, type PlanarGroup } from '../../../src/math/index';
import { createBackends, noValidationErrors, relativeErrors, report, uniform, type Backends } from './gpu';

const EXACT = 1e-5;
const [CIN, C1, C2, H, K1, K2] = [2, 3, 2, 16, 5, 3];

let b: Backends;
const measured = new Map<string, number>();
beforeAll(async () => {
  b = await createBackends();
});
afterAll(() => {
  report('equivariance on the GPU, relative L2', measured);
  b.destroy();
});

interface Network {
  forward(f: Tensor): Tensor;
  release(): void;
}

/** Lifting + ReLU + group correlation for group G, with trained-looking random weights. */
function gcnn(k: Backend, group: PlanarGroup, seed: number): Network {
  const G = group.order;
  const elements = Array.from({ length: G }, (_, g) => planeTransformOf(group, g));
  const lifting = k.tensor([C1, CIN, 1, K1, K1], uniform(C1 * CIN * K1 * K1, seed));
  const liftBank = k.tensor([C1, G, CIN, 1, K1, K1]);
  // Lifting uses the spatial action only: the input has no orientation axis.
  k.filterBank(
    lifting,
    liftBank,
    elements.map(({ angle, reflect }) => ({ angle, reflect })),
    'bilinear',
    false,
  );
  const groupFilter = k.tensor([C2, C1, G, K2, K2], uniform(C2 * C1 * G * K2 * K2, seed + 1));
  const groupBank = k.tensor([C2, G, C1, G, K2, K2]);
  k.filterBank(groupFilter, groupBank, elements, 'bilinear', false);
  // One bias per output channel, shared by its G orientation planes (else equivariance breaks).
  const b1 = uniform(C1, seed + 2);
  const bias = k.tensor(
    [C1 * G],
    Float32Array.from({ length: C1 * G }, (_, i) => b1[Math.floor(i / G)]),
  );
  const lifted = k.tensor([C1, G, H, H]);
  const out = k.tensor([C2, G, H, H]);
  return {
    forward(f) {
      k.correlate(f, liftBank, bias, lifted);
      k.relu(lifted, lifted);
      k.correlate(lifted, groupBank, null, out);
      return out;
    },
    release: () =>
      [lifting, liftBank, groupFilter, groupBank, bias, lifted, out].forEach((t) => k.dispose(t)),
  };
}

async function equivarianceError(group: PlanarGroup, g: number): Promise<{ gpu: number; host: number }> {
  const k = b.gpu;
  const net = gcnn(k, group, 7);
  const f = k.tensor([CIN, H, H], uniform(CIN * H * H, 3));
  const gf = k.tensor([CIN, H, H]);
  const { angle, reflect, perm } = planeTransformOf(group, g);
  k.transform(f, gf, { angle, reflect, interpolation: 'nearest' });
  const phiF = k.tensor([C2, group.order, H, H]);
  k.transform(net.forward(f), phiF, { angle, reflect, perm, interpolation: 'nearest' }); // L_g Phi(f)
  const phiGF = net.forward(gf); // Phi(L_g f)
  const norms = await k.errorNorms(phiGF, phiF);
  const host = relativeErrors(await k.read(phiGF), await k.read(phiF)).relL2;
  [f, gf, phiF].forEach((t) => k.dispose(t));
  net.release();
  return { gpu: norms.relL2, host };
}

describe.each([cyclicGroup(4), dihedralGroup(4)])('G-CNN on %s', (group: PlanarGroup) => {
  it('Phi(L_g f) = L_g Phi(f) for every element g, to float32 round-off', async () => {
    for (let g = 1; g < group.order; g++) {
      const { gpu, host } = await noValidationErrors(b.device, () => equivarianceError(group, g));
      measured.set(`${group.name} ${group.label(g)} (errorNorms on GPU)`, gpu);
      expect(gpu, group.label(g)).toBeLessThan(EXACT);
      expect(Math.abs(gpu - host)).toBeLessThan(1e-6 + 1e-3 * host);
    }
  });

  it('pooling over orientations and space gives invariant features', async () => {
    const k = b.gpu;
    const net = gcnn(k, group, 11);
    const f = k.tensor([CIN, H, H], uniform(CIN * H * H, 5));
    const gf = k.tensor([CIN, H, H]);
    const pooled = k.tensor([C2, H, H]);
    const features = [k.tensor([C2]), k.tensor([C2])];
    const g = group.order - 1;
    k.transform(f, gf, { ...planeTransformOf(group, g), perm: undefined, interpolation: 'bicubic' });
    [f, gf].forEach((x, i) => {
      k.poolOrientations(net.forward(x), pooled, 'max');
      k.globalPool(pooled, features[i], 'mean');
    });
    const err = relativeErrors(await k.read(features[1]), await k.read(features[0])).relL2;
    measured.set(`${group.name} invariant features`, err);
    expect(err).toBeLessThan(EXACT);
    [f, gf, pooled, ...features].forEach((t) => k.dispose(t));
    net.release();
  });
});

it('a plain CNN (one unrotated filter copy) is not equivariant: the check can fail', async () => {
  const k = b.gpu;
  const w = k.tensor([C1, CIN, K1, K1], uniform(C1 * CIN * K1 * K1, 13));
  const f = k.tensor([CIN, H, H], uniform(CIN * H * H, 3));
  const gf = k.tensor([CIN, H, H]);
  const [a, ga, rotated] = [0, 1, 2].map(() => k.tensor([C1, H, H]));
  const quarter = { angle: Math.PI / 2, reflect: false, interpolation: 'nearest' as const };
  k.transform(f, gf, quarter);
  k.correlate(f, w, null, a);
  k.transform(a, rotated, quarter);
  k.correlate(gf, w, null, ga);
  const { relL2 } = await k.errorNorms(ga, rotated);
  measured.set('plain CNN, quarter turn', relL2);
  expect(relL2).toBeGreaterThan(0.1);
  [w, f, gf, a, ga, rotated].forEach((t) => k.dispose(t));
});

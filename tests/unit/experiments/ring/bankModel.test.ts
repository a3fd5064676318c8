// The filter bank the view draws: for C4 and D4 each copy is psi moved by hand (exact, norm ratio
// 1); for C8 the 45-degree copies are interpolated and their norms drift, the quarter turns do not.
import { describe, expect, test } from 'vitest';
import { createCpuBackend } from '../../../../src/engine/cpu/index';
import { LiftingLayer } from '../../../../src/layers';
import { cyclicGroup, dihedralGroup } from '../../../../src/math';
import { copyNormRatios, largestNormChange } from '../../../../src/experiments/ring/bankModel';
import { cornerKernel, inKernelDisk } from '../../../../src/experiments/filters/kernels';
import { gridElement, relMaxDiff } from './pixels';

const K = 5;

async function bankOf(group: ReturnType<typeof cyclicGroup>, psi: Float32Array) {
  const backend = createCpuBackend();
  const layer = new LiftingLayer(
    backend,
    { group, inChannels: 1, outChannels: 1, kernelSize: K },
    { weights: psi },
  );
  const bank = await backend.read(layer.bank);
  layer.dispose();
  return bank;
}

describe.each([cyclicGroup(4), dihedralGroup(4)])('%s', (group) => {
  test('copy g is psi (masked to the disk) moved by g, and keeps its norm', async () => {
    const psi = cornerKernel(K);
    psi[0] = 0.9; // a corner cell: the disk mask must remove it from every copy
    const masked = psi.map((v, i) => (inKernelDisk((i % K) - 2, 2 - Math.floor(i / K), K) ? v : 0));
    const bank = await bankOf(group, psi);
    for (let g = 0; g < group.order; g++) {
      const want = gridElement(masked, K, g % 4, group.reflects(g) ? 1 : 0);
      expect(relMaxDiff(bank.subarray(g * K * K, (g + 1) * K * K), want), group.label(g)).toBeLessThan(1e-7);
    }
    const ratios = copyNormRatios(bank, group.order);
    expect(largestNormChange(ratios)).toBeLessThan(1e-6);
  });
});

test('C8: copies at 45 degrees change their norm, quarter turns do not', async () => {
  const ratios = copyNormRatios(await bankOf(cyclicGroup(8), cornerKernel(K)), 8);
  for (let k = 0; k < 8; k += 2) expect(Math.abs(ratios[k] - 1)).toBeLessThan(1e-6);
  for (let k = 1; k < 8; k += 2) expect(Math.abs(ratios[k] - 1)).toBeGreaterThan(1e-3);
});

test('norm ratios by hand', () => {
  const bank = Float32Array.from([3, 4, 0, 5, 6, 8, 0, 0]);
  expect(copyNormRatios(bank, 4)).toEqual([1, 1, 2, 0]);
  expect(largestNormChange([1, 1, 2, 0])).toBe(1);
});

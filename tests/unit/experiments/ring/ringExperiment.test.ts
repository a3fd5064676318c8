// The ring's numbers on the CPU reference. For grid-exact groups, slot h of Φ(g·x) must equal
// plane g^-1 h of Φ(x) turned by g: checked pixel by pixel against planes moved by hand, through
// the per-plane means the widget shows, and through the widget's own error readout.
import { describe, expect, test } from 'vitest';
import { createCpuBackend } from '../../../../src/engine/cpu/index';
import { cyclicGroup, dihedralGroup, type PlanarGroup } from '../../../../src/math';
import { cornerKernel, edgeKernel } from '../../../../src/experiments/filters/kernels';
import { ringLayout } from '../../../../src/ui/orientation/ringLayout';
import { RingExperiment, ringSize, type RingMode } from '../../../../src/experiments/ring/ringExperiment';
import { gridElement, letterL, relMaxDiff } from './pixels';

const S = 24;
const K = 5;
const EXACT = 1e-5; // float32 round-off

/** A filter no element of D4 fixes (the corner alone is symmetric about the diagonal, r s). */
const lopsided = () => cornerKernel(K).map((v, i) => v + 0.4 * edgeKernel(K)[i]);

function setup(group: PlanarGroup, mode: RingMode) {
  const backend = createCpuBackend();
  const exp = new RingExperiment(backend, { group, mode, kernel: K, size: S });
  exp.setFilter(lopsided());
  exp.setInput(letterL(S));
  const at = async (g: number) => {
    exp.run({ angle: group.angle(g), reflect: group.reflects(g), element: g, onGrid: true });
    const m = await exp.measure();
    return { ...m, phiGx: await backend.read(exp.phiGx), pooled: await backend.read(exp.pooled) };
  };
  return { exp, at };
}

/** Plane p of a [C, G, S, S] map. */
const plane = (a: Float32Array, p: number) => a.subarray(p * S * S, (p + 1) * S * S);

describe.each([
  { group: cyclicGroup(4), mode: 'lift' as const },
  { group: dihedralGroup(4), mode: 'lift' as const },
  { group: cyclicGroup(4), mode: 'gconv' as const },
  { group: dihedralGroup(4), mode: 'gconv' as const },
])('$group.name, $mode', ({ group, mode }) => {
  test('every slot holds the plane it came from, turned by g, to round-off', async () => {
    const { exp, at } = setup(group, mode);
    const G = group.order;
    const before = await at(0);
    for (let g = 1; g < G; g++) {
      const after = await at(g);
      const [k, m] = [g % 4, group.reflects(g) ? 1 : 0] as const;
      const { slots } = ringLayout(group, g);
      for (let c = 0; c < exp.channels; c++)
        for (const slot of slots) {
          const moved = gridElement(plane(before.phiGx, c * G + slot.source), S, k, m);
          expect(relMaxDiff(plane(after.phiGx, c * G + slot.element), moved)).toBeLessThan(EXACT);
          const [meanAfter, meanBefore] = [
            after.planeMeans[c * G + slot.element],
            before.planeMeans[c * G + slot.source],
          ];
          expect(Math.abs(meanAfter - meanBefore)).toBeLessThan(EXACT * Math.max(meanBefore, 1e-3));
        }
      expect(after.equivariance.relL2).toBeLessThan(EXACT);
      // Coset pooling: the max over the ring only turns, it does not cycle.
      expect(relMaxDiff(after.pooled, gridElement(before.pooled, S, k, m))).toBeLessThan(EXACT);
    }
    exp.dispose();
  });

  test('the planes respond differently (by 10x the tolerance above), so a wrong cycle would show', async () => {
    const { exp, at } = setup(group, mode);
    const means = Array.from((await at(0)).planeMeans.subarray(0, group.order));
    const sorted = [...means].sort((a, b) => a - b);
    for (let i = 1; i < sorted.length; i++)
      expect(sorted[i] - sorted[i - 1]).toBeGreaterThan(10 * EXACT * sorted[i]);
    exp.dispose();
  });
});

test('the colour range of each channel is max |Φ(x)| of that channel', async () => {
  const backend = createCpuBackend();
  const group = cyclicGroup(4);
  const exp = new RingExperiment(backend, { group, mode: 'gconv', kernel: K, size: S });
  exp.setFilter(lopsided());
  exp.setInput(letterL(S));
  exp.run({ angle: 0, reflect: false, element: 0, onGrid: true });
  const { channelMax } = await exp.measure();
  const phiX = await backend.read(exp.phiGx); // g = e, so Φ(g·x) = Φ(x)
  const per = S * S * group.order;
  for (let c = 0; c < exp.channels; c++) {
    const want = Math.max(...phiX.subarray(c * per, (c + 1) * per).map(Math.abs));
    expect(channelMax[c]).toBeCloseTo(want, 5);
  }
  exp.dispose();
});

test('off the grid (C8 at 45 degrees) the ring only approximately commutes', async () => {
  const group = cyclicGroup(8);
  const { exp, at } = setup(group, 'lift');
  const m = await at(1);
  expect(m.equivariance.relL2).toBeGreaterThan(1e-3);
  expect(m.equivariance.relL2).toBeLessThan(1);
  exp.dispose();
});

test('C8 and D8 still commute to round-off for quarter turns: 45-degree copies map onto 135-degree ones', async () => {
  for (const [group, g] of [
    [cyclicGroup(8), 2],
    [dihedralGroup(8), 8 + 6],
  ] as const) {
    const { exp, at } = setup(group, 'gconv');
    expect((await at(g)).equivariance.relL2, `${group.name} ${group.label(g)}`).toBeLessThan(EXACT);
    exp.dispose();
  }
});

test('map sizes: 256 px for the canonical C8 pipeline on a GPU, 64 px on CPU or SwiftShader', () => {
  expect(ringSize('gconv', 8, 'webgpu', false)).toBe(256);
  expect(ringSize('gconv', 16, 'webgpu', false)).toBe(128);
  expect(ringSize('lift', 32, 'webgpu', false)).toBe(256);
  expect(ringSize('gconv', 8, 'webgpu', true)).toBe(64);
  expect(ringSize('lift', 4, 'cpu', false)).toBe(64);
});

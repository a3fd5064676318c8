// The commuting diagram's numbers on the CPU reference: exact (float32 round-off) for C4 and D4
// on their grid, large for a plain CNN, and an honest interpolation error off the grid.
import { describe, expect, test } from 'vitest';
import { createCpuBackend } from '../../../../src/engine/cpu/index';
import { gaussianBlobImage } from '../../../../src/layers';
import { cyclicGroup, dihedralGroup, type PlanarGroup } from '../../../../src/math';
import { CommutingExperiment, type GroupAction } from '../../../../src/experiments/commuting/experiment';
import type { PhiKind } from '../../../../src/experiments/commuting/phi';

const SIZE = 25;
const EXACT = 1e-5; // float32 round-off on grid-exact groups

function letterLikeInput(size: number): Float32Array {
  // An asymmetric picture: an L of two bars plus a blob, so no rotation maps it to itself.
  const img = new Float32Array(size * size);
  for (let i = 5; i < 19; i++) img[i * size + 8] = 1;
  for (let j = 8; j < 17; j++) img[18 * size + j] = 1;
  img[7 * size + 15] = 0.6;
  return img;
}

function action(group: PlanarGroup, element: number): GroupAction {
  return { angle: group.angle(element), reflect: group.reflects(element), element, onGrid: true };
}

async function measure(kind: PhiKind, group: PlanarGroup, g: GroupAction, input = letterLikeInput(SIZE)) {
  const backend = createCpuBackend();
  const exp = new CommutingExperiment(
    backend,
    { kind, group, channels: 2, kernel: 5, init: 'normal', seed: 3 },
    SIZE,
  );
  exp.setInput(input);
  exp.run(g);
  const m = await exp.measure();
  exp.dispose();
  return m;
}

describe.each([cyclicGroup(4), dihedralGroup(4)])('%s on its grid', (group) => {
  test.each(['lift', 'lift-gconv', 'stack'] as const)(
    '%s commutes to float32 round-off for every element',
    async (kind) => {
      for (let u = 1; u < group.order; u++) {
        const m = await measure(kind, group, action(group, u));
        expect(m.equivariance.relL2, `${kind} ${group.label(u)}`).toBeLessThan(EXACT);
        expect(m.interpolation.relL2).toBeLessThan(1e-6);
        expect(m.outputMax).toBeGreaterThan(0);
      }
    },
  );

  test('a plain CNN layer does not commute with a quarter turn', async () => {
    const m = await measure('planar', group, action(group, 1));
    expect(m.equivariance.relL2).toBeGreaterThan(0.1);
  });
});

test('off the grid the interpolation error is reported and is larger for sharp pictures', async () => {
  const c8 = cyclicGroup(8);
  const g = action(c8, 1); // 45 degrees: not a pixel permutation
  const sharp = await measure('lift', c8, g);
  const smooth = await measure('lift', c8, g, gaussianBlobImage(5, 1, SIZE, SIZE, 3, SIZE / 8));
  expect(sharp.interpolation.relL2).toBeGreaterThan(1e-3);
  expect(smooth.interpolation.relL2).toBeLessThan(sharp.interpolation.relL2);
  expect(smooth.equivariance.relL2).toBeLessThan(sharp.equivariance.relL2);
});

test.each(['planar', 'lift', 'lift-gconv', 'stack'] as const)(
  '%s: the colour range of each channel is max |Φ(x)| over that channel, read from the map itself',
  async (kind) => {
    const backend = createCpuBackend();
    const exp = new CommutingExperiment(
      backend,
      { kind, group: cyclicGroup(4), channels: 2, kernel: 5, init: 'smooth', seed: 5 },
      SIZE,
    );
    exp.setInput(letterLikeInput(SIZE));
    exp.run(action(cyclicGroup(4), 1));
    const m = await exp.measure();
    const phi = await backend.read(exp.phiX);
    const C = exp.outputShape[0];
    const perChannel = phi.length / C;
    const expected = Array.from({ length: C }, (_, c) =>
      phi.subarray(c * perChannel, (c + 1) * perChannel).reduce((a, v) => Math.max(a, Math.abs(v)), 0),
    );
    expect(m.channelMax).toEqual(expected);
    expect(Math.max(...m.channelMax)).toBe(m.outputMax);
    exp.dispose();
  },
);

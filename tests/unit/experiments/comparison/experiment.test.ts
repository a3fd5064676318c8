// Plain CNN against C4 G-CNN on the CPU reference: the G-CNN's 8 outputs do not change under a
// quarter turn (float32 round-off), checked with inputs turned by the engine and, independently,
// turned by hand; the plain CNN's outputs do change. Off the grid and under a mirror the C4
// network promises nothing, and the numbers say so.
import { describe, expect, test } from 'vitest';
import { createCpuBackend, maskDisk } from '../../../../src/engine/cpu/index';
import { ComparisonExperiment, relativeChange } from '../../../../src/experiments/comparison/experiment';
import { letterL, quarterTurn } from '../ring/pixels';

const S = 32;
const EXACT = 1e-5;

async function measureAt(angle: number, reflect = false, input = letterL(S)) {
  const exp = new ComparisonExperiment(createCpuBackend(), S);
  exp.setInput(input);
  exp.run({ angle, reflect });
  const m = await exp.measure();
  exp.dispose();
  return m;
}

describe.each([1, 2, 3])('%i quarter turn(s)', (q) => {
  test('G-CNN outputs are invariant to round-off; plain CNN outputs are not', async () => {
    const m = await measureAt((q * Math.PI) / 2);
    expect(m.gcnn.invariance).toBeLessThan(EXACT);
    expect(m.plain.invariance).toBeGreaterThan(0.01);
    for (const net of [m.plain, m.gcnn]) expect(Math.max(...net.before)).toBeGreaterThan(0);
  });
});

test('a second method: the same outputs for a picture turned by hand', async () => {
  const masked = maskDisk(letterL(S), [1, S, S]);
  const base = await measureAt(0, false, masked);
  const turned = await measureAt(0, false, quarterTurn(masked, S));
  expect(relativeChange(turned.gcnn.before, base.gcnn.before)).toBeLessThan(EXACT);
  expect(relativeChange(turned.plain.before, base.plain.before)).toBeGreaterThan(0.01);
});

test('off the grid (45 degrees) and under a mirror the C4 G-CNN is not invariant', async () => {
  expect((await measureAt(Math.PI / 4)).gcnn.invariance).toBeGreaterThan(1e-3);
  expect((await measureAt(0, true)).gcnn.invariance).toBeGreaterThan(1e-3);
});

test('relativeChange by hand', () => {
  expect(relativeChange([3, 4], [3, 4])).toBe(0);
  expect(relativeChange([0, 0], [3, 4])).toBe(1);
  expect(relativeChange([6, 8], [3, 4])).toBe(1);
  expect(relativeChange([0], [0])).toBe(0);
  expect(relativeChange([1], [0])).toBe(Infinity);
});

// The bandwidth argument of spherical CNNs, measured: sampling and projecting is exactly equivariant, a pointwise nonlinearity
// is not. x² has a known bandwidth (2b0 − 1), so the grid represents it exactly once b >= 2b0 − 2; the
// smooth tanh's error decays faster than the ReLU's.
import { describe, expect, test } from 'vitest';
import { so3Random } from '../../../../src/math/so3';
import { mulberry32 } from '../../../../src/math/random';
import {
  bandwidthSweep,
  MAX_BANDWIDTH,
  randomBandLimited,
} from '../../../../src/experiments/steerable/bandwidthExperiment';
import { harmonicBasis, synthesize } from '../../../../src/experiments/steerable/sphereFunctions';
import { gaussLegendreSphere } from '../../../../src/math/so3/quadrature';

const EXACT = 1e-12;
const r = so3Random(mulberry32(42));

test('randomBandLimited has unit root-mean-square on the sphere (by an independent quadrature)', () => {
  const c = randomBandLimited(4, 3);
  const rule = gaussLegendreSphere(8);
  const f = synthesize(c, harmonicBasis(4, rule.points));
  const meanSquare = f.reduce((s, x, i) => s + rule.weights[i] * x * x, 0) / (4 * Math.PI);
  expect(Math.abs(meanSquare - 1)).toBeLessThan(1e-12);
});

describe('fixed input of bandwidth b0, grids b = b0 .. 16', () => {
  test.each([2, 3, 4])('b0 = %i: without a nonlinearity every b is exact', (b0) => {
    const pts = bandwidthSweep({ b0, from: b0, sigma: 'identity', r, seed: 1, fill: false });
    expect(pts.map((p) => p.b)).toEqual(Array.from({ length: MAX_BANDWIDTH - b0 + 1 }, (_, i) => b0 + i));
    for (const p of pts) expect(p.error).toBeLessThan(EXACT);
  });

  test.each([3, 4, 5])('b0 = %i: x² is aliased below b = 2b0 − 2 and exact from there on', (b0) => {
    for (const p of bandwidthSweep({ b0, from: b0, sigma: 'square', r, seed: 2, fill: false })) {
      if (p.b < 2 * b0 - 2) expect(p.error).toBeGreaterThan(1e-4);
      else expect(p.error).toBeLessThan(EXACT);
    }
  });

  test('tanh and ReLU are never exact; refining the grid helps tanh much more than ReLU', () => {
    const tanh = bandwidthSweep({ b0: 3, from: 3, sigma: 'tanh', r, seed: 3, fill: false });
    const relu = bandwidthSweep({ b0: 3, from: 3, sigma: 'relu', r, seed: 3, fill: false });
    for (const p of [...tanh, ...relu]) expect(p.error).toBeGreaterThan(1e-6);
    const last = tanh.length - 1;
    expect(tanh[last].error).toBeLessThan(tanh[0].error / 20);
    expect(relu[last].error).toBeLessThan(relu[0].error / 2);
    expect(tanh[last].error).toBeLessThan(relu[last].error);
  });
});

test('input filling the band (b0 = b): ReLU and x² stay far from equivariant at every b', () => {
  for (const sigma of ['relu', 'square'] as const) {
    const pts = bandwidthSweep({ b0: 2, from: 3, sigma, r, seed: 5, fill: true });
    for (const p of pts) expect(p.error).toBeGreaterThan(1e-2);
  }
  for (const p of bandwidthSweep({ b0: 2, from: 2, sigma: 'identity', r, seed: 5, fill: true }))
    expect(p.error).toBeLessThan(EXACT);
});

// Maps of a type-1 vector: only the norm nonlinearity commutes with rotations. The failures are
// checked at a hand-worked pair too: the quarter turn about z, v = (y, z, x) = (−1, 0, 1).
import { expect, test } from 'vitest';
import { matvec } from '../../../../src/math/linalg';
import { so3RotationZ, wignerD } from '../../../../src/math/so3';
import {
  VECTOR_MAPS,
  VECTOR_MAP_TOLERANCE,
  commutesWithRotations,
  vectorMapTest,
} from '../../../../src/experiments/steerable/vectorMaps';

test('the norm nonlinearity commutes; componentwise ReLU, a one-component gate and an added vector do not', () => {
  expect(commutesWithRotations('norm')).toBe(true);
  expect(vectorMapTest('norm').maxError).toBeLessThan(VECTOR_MAP_TOLERANCE);
  for (const map of ['relu', 'component-gate', 'bias'] as const) {
    expect(commutesWithRotations(map), map).toBe(false);
    expect(vectorMapTest(map).maxError, map).toBeGreaterThan(0.05);
  }
});

test('at the quarter turn about z, v = (−1, 0, 1) becomes (1, 0, 1): the failures by hand', () => {
  const d = wignerD(1, so3RotationZ(Math.PI / 2));
  const v = [-1, 0, 1];
  expect(matvec(d, v).map((x) => Math.round(x * 1e12) / 1e12 + 0)).toEqual([1, 0, 1]);
  const gap = (map: keyof typeof VECTOR_MAPS) => {
    const a = VECTOR_MAPS[map](matvec(d, v));
    const b = matvec(d, VECTOR_MAPS[map](v));
    return Math.hypot(...a.map((x, i) => x - b[i]));
  };
  // ReLU: (1, 0, 1) against D (0, 0, 1) = (1, 0, 0).
  expect(gap('relu')).toBeCloseTo(1, 12);
  // The added z vector is not turned by a turn about z, so it commutes with this one rotation.
  expect(gap('bias')).toBeLessThan(1e-12);
  // Gate from y: sigmoid(1) (1, 0, 1) against sigmoid(−1) (1, 0, 1); |difference| = √2 (σ(1) − σ(−1)).
  const s = (x: number) => 1 / (1 + Math.exp(-x));
  expect(gap('component-gate')).toBeCloseTo(Math.SQRT2 * (s(1) - s(-1)), 12);
  // Norm: √2 > 0.5, both sides (1 − 0.5/√2)(1, 0, 1).
  expect(gap('norm')).toBeLessThan(1e-12);
});

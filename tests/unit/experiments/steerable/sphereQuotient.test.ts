// S² = SO(3)/SO(2) against closed forms worked out by hand: the stabilizer of x̂ is the rotations
// about x̂, which move the north pole around the great circle x = 0; every coset rotation carries
// the north pole to the chosen point; the south pole is reached too.
import { describe, expect, test } from 'vitest';
import {
  apply,
  cosetRotations,
  frameOf,
  NORTH,
  sphereChecks,
  stabilizerRotations,
} from '../../../../src/experiments/steerable/sphereQuotient';

const TOL = 1e-12;
const close = (a: readonly number[], b: readonly number[]) =>
  expect(Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2])).toBeLessThan(TOL);

describe('the sphere as SO(3)/SO(2)', () => {
  test('the quarter turn about x̂ (right-handed) sends the north pole to (0, −1, 0)', () => {
    close(apply(stabilizerRotations([1, 0, 0], 4)[1], NORTH), [0, -1, 0]);
    close(apply(stabilizerRotations([1, 0, 0], 4)[2], NORTH), [0, 0, -1]);
  });
  test('coset rotations of (0, 1, 0) all carry n there, with headings a quarter turn apart', () => {
    const frames = cosetRotations([0, 1, 0], 4).map(frameOf);
    frames.forEach((f) => close(f.position, [0, 1, 0]));
    for (let k = 0; k < 4; k++) {
      const a = frames[k].heading;
      const b = frames[(k + 1) % 4].heading;
      expect(Math.abs(a[0] * b[0] + a[1] * b[1] + a[2] * b[2])).toBeLessThan(TOL);
      expect(Math.abs(a[0] * 0 + a[1] * 1 + a[2] * 0)).toBeLessThan(TOL); // tangent at (0, 1, 0)
    }
  });
  test('all checks are round-off, the poles included', () => {
    const s = Math.SQRT1_2;
    for (const p of [
      [0, 0, 1],
      [0, 0, -1],
      [s, 0, s],
      [0.36, -0.48, 0.8],
    ] as [number, number, number][]) {
      const c = sphereChecks(p, 12);
      expect(Math.max(c.coset, c.stabilizer, c.axisAngle), String(p)).toBeLessThan(1e-12);
    }
  });
});

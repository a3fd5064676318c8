// The point-cloud layers: exact E(3) behaviour (rotations, translations), symmetry predictions for
// water and methane, and the closed form of a two-atom cloud.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { so3FromQuaternion } from '../../../../src/math/so3';
import { CLOUD_PRESETS, randomCloud, type Atom } from '../../../../src/experiments/steerable/cloudPresets';
import {
  cloudEquivariance,
  invariantLayer,
  radial,
  steerableLayer,
  WEIGHTS,
} from '../../../../src/experiments/steerable/messagePassing';

const EXACT = 1e-12;
const unit = fc.double({ min: -1, max: 1, noNaN: true });
const rotation = fc
  .tuple(unit, unit, unit, unit)
  .filter((q) => Math.hypot(...q) > 0.1)
  .map((q) => so3FromQuaternion(q));
const norm = (v: readonly number[]) => Math.hypot(v[0], v[1], v[2]);
const cross = (a: readonly number[], b: readonly number[]) => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
];

describe('equivariance', () => {
  test('random clouds: scalars invariant, vectors rotate, invariant layer invariant (to round-off)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), rotation, (seed, r) => {
        const e = cloudEquivariance(randomCloud(seed), r);
        expect(e.vectorError).toBeLessThan(EXACT);
        expect(e.scalarChange).toBeLessThan(EXACT);
        expect(e.invariantChange).toBeLessThan(EXACT);
      }),
      { numRuns: 40 },
    );
  });

  test('translating the cloud changes nothing (messages see only x_j − x_i)', () => {
    const atoms = randomCloud(7);
    const moved = atoms.map((a) => ({
      ...a,
      position: [a.position[0] + 0.3, a.position[1] - 1.1, a.position[2] + 2] as [number, number, number],
    }));
    const [a, b] = [steerableLayer(atoms), steerableLayer(moved)];
    a.forEach((o, i) => {
      expect(Math.abs(o.scalar - b[i].scalar)).toBeLessThan(EXACT);
      expect(norm(o.vector.map((x, k) => x - b[i].vector[k]))).toBeLessThan(EXACT);
    });
  });

  test('the check can fail: comparing v(Rx) with v(x) instead of R v(x) shows a large error', () => {
    const atoms = CLOUD_PRESETS.water.atoms();
    const r = so3FromQuaternion([0.8, 0.3, -0.4, 0.2]);
    const turned = steerableLayer(
      atoms.map((a) => ({
        ...a,
        position: [0, 1, 2].map(
          (i) => r[i][0] * a.position[0] + r[i][1] * a.position[1] + r[i][2] * a.position[2],
        ) as [number, number, number],
      })),
    );
    const plain = steerableLayer(atoms);
    expect(
      Math.max(...plain.map((o, i) => norm(o.vector.map((x, k) => x - turned[i].vector[k])))),
    ).toBeGreaterThan(0.01);
  });
});

describe('symmetry predictions', () => {
  test('methane: the carbon gets no vector, each hydrogen a vector along its C-H bond, all the same length', () => {
    const atoms = CLOUD_PRESETS.methane.atoms();
    const out = steerableLayer(atoms);
    expect(norm(out[0].vector)).toBeLessThan(EXACT);
    const lengths = out.slice(1).map((o) => norm(o.vector));
    for (let i = 1; i < atoms.length; i++) {
      expect(norm(cross(out[i].vector, atoms[i].position))).toBeLessThan(EXACT);
      expect(Math.abs(lengths[i - 1] - lengths[0])).toBeLessThan(EXACT);
      expect(lengths[i - 1]).toBeGreaterThan(1e-3);
    }
  });

  test('water: the oxygen vector lies on the H-O-H bisector (the y axis), the hydrogens mirror each other', () => {
    const out = steerableLayer(CLOUD_PRESETS.water.atoms());
    expect(Math.abs(out[0].vector[0]) + Math.abs(out[0].vector[2])).toBeLessThan(EXACT);
    expect(Math.abs(out[0].vector[1])).toBeGreaterThan(1e-3);
    expect(Math.abs(out[1].scalar - out[2].scalar)).toBeLessThan(EXACT);
    expect(Math.abs(out[1].vector[0] + out[2].vector[0])).toBeLessThan(EXACT);
    expect(Math.abs(out[1].vector[1] - out[2].vector[1])).toBeLessThan(EXACT);
  });
});

test('two atoms: closed forms from Y_0 = 1/√(4π), |Y_l|² = (2l+1)/4π and (u ⊗ u)^(0) = (−1)^l |u|²/√(2l+1)', () => {
  const d = 1.3;
  const n = [0.48, -0.6, 0.64]; // a unit vector
  const atoms: Atom[] = [
    { element: 'H', position: [0.2, 0.1, -0.3] },
    { element: 'O', position: [0.2 + d * n[0], 0.1 + d * n[1], -0.3 + d * n[2]] },
  ];
  const [w0, w1, w2] = [0, 1, 2].map((l) => WEIGHTS.steerable[l][2] * radial(l, d)); // the neighbour is oxygen
  const { a, b } = WEIGHTS.update;
  const expectedScalar =
    w0 / Math.sqrt(4 * Math.PI) -
    (a * w1 * w1 * 3) / (4 * Math.PI) / Math.sqrt(3) +
    (b * w2 * w2 * 5) / (4 * Math.PI) / Math.sqrt(5);
  const out = steerableLayer(atoms)[0];
  expect(Math.abs(out.scalar - expectedScalar)).toBeLessThan(EXACT);
  // The only direction there is: the vector points along n (the (2 ⊗ 1)→1 term is parallel to Y_1(n) as well).
  expect(norm(cross(out.vector, n))).toBeLessThan(EXACT);
  expect(Math.abs(invariantLayer(atoms)[0] - WEIGHTS.invariant[2] * radial(0, d))).toBeLessThan(EXACT);
});

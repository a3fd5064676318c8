// SO(3) conversions: hand values of Rz, Ry and Rodrigues, round trips matrix <-> ZYZ Euler <-> axis-angle
// (including the gimbal-lock ends β = 0, π and the angle-π case), quaternions, and Haar moments of so3Random.
// Tolerance 1e-9 in float64 unless stated (the Haar moments are statistical).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  so3Distance,
  so3FromAxisAngle,
  so3FromEulerZYZ,
  so3FromQuaternion,
  so3Random,
  so3RotationY,
  so3RotationZ,
  so3ToAxisAngle,
  so3ToEulerZYZ,
} from '../../../../src/math/so3';
import { identity, matmul, matvec, maxAbsDiff, trace, transpose } from '../../../../src/math/linalg';
import { mulberry32 as seededRng } from '../../../../src/math/random';

const TOL = 1e-9;
const seeds = fc.integer({ min: 0, max: 2 ** 31 - 1 });
const angle = (min: number, max: number) => fc.double({ min, max, noNaN: true });

function det3(m: number[][]): number {
  return (
    m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) -
    m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0]) +
    m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0])
  );
}

describe('elementary rotations', () => {
  it('Rz(π/2) maps x to y, Ry(π/2) maps z to x, and Rodrigues agrees with both', () => {
    expect(maxAbsDiff([matvec(so3RotationZ(Math.PI / 2), [1, 0, 0])], [[0, 1, 0]])).toBeLessThan(TOL);
    expect(maxAbsDiff([matvec(so3RotationY(Math.PI / 2), [0, 0, 1])], [[1, 0, 0]])).toBeLessThan(TOL);
    expect(maxAbsDiff(so3FromAxisAngle([0, 0, 2], 0.7), so3RotationZ(0.7))).toBeLessThan(TOL);
    expect(maxAbsDiff(so3FromAxisAngle([0, 1, 0], 0.7), so3RotationY(0.7))).toBeLessThan(TOL);
    expect(
      maxAbsDiff([matvec(so3FromAxisAngle([1, 0, 0], Math.PI / 2), [0, 1, 0])], [[0, 0, 1]]),
    ).toBeLessThan(TOL);
  });

  it('ZYZ Euler angles compose fixed-axis rotations: R = Rz(α) Ry(β) Rz(γ), via Rodrigues', () => {
    const [a, b, g] = [0.3, 1.2, -2.1];
    const expected = matmul(
      so3FromAxisAngle([0, 0, 1], a),
      matmul(so3FromAxisAngle([0, 1, 0], b), so3FromAxisAngle([0, 0, 1], g)),
    );
    expect(maxAbsDiff(so3FromEulerZYZ(a, b, g), expected)).toBeLessThan(TOL);
  });
});

describe('Euler ZYZ conversion', () => {
  it('matrix -> Euler -> matrix is the identity on random rotations', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const r = so3Random(seededRng(seed));
        const { alpha, beta, gamma } = so3ToEulerZYZ(r);
        expect(maxAbsDiff(so3FromEulerZYZ(alpha, beta, gamma), r)).toBeLessThan(TOL);
      }),
      { numRuns: 100 },
    );
  });

  it('Euler -> matrix -> Euler recovers the angles away from gimbal lock (α, γ in (-π, π], β in (0, π))', () => {
    fc.assert(
      fc.property(angle(-3.14, 3.14), angle(0.01, 3.13), angle(-3.14, 3.14), (a, b, g) => {
        const e = so3ToEulerZYZ(so3FromEulerZYZ(a, b, g));
        expect(maxAbsDiff([[e.alpha, e.beta, e.gamma]], [[a, b, g]])).toBeLessThan(TOL);
      }),
      { numRuns: 100 },
    );
  });

  it.each([0, 1e-12, 1e-7, Math.PI - 1e-7, Math.PI - 1e-12, Math.PI])(
    'reproduces the matrix at β = %s',
    (b) => {
      const r = so3FromEulerZYZ(0.4, b, -1.3);
      const e = so3ToEulerZYZ(r);
      expect(maxAbsDiff(so3FromEulerZYZ(e.alpha, e.beta, e.gamma), r)).toBeLessThan(TOL);
      expect(Math.abs(e.beta - b)).toBeLessThan(TOL); // β = atan2(sin β, cos β) stays accurate at the ends
    },
  );
});

describe('axis-angle conversion', () => {
  it('matrix -> axis-angle -> matrix is the identity on random rotations', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const r = so3Random(seededRng(seed));
        const { axis, angle: t } = so3ToAxisAngle(r);
        expect(Math.abs(Math.hypot(axis[0], axis[1], axis[2]) - 1)).toBeLessThan(TOL);
        expect(maxAbsDiff(so3FromAxisAngle(axis, t), r)).toBeLessThan(TOL);
      }),
      { numRuns: 100 },
    );
  });

  it.each([1e-10, 0.5, 2, Math.PI - 1e-6, Math.PI])('recovers axis and angle %s', (t) => {
    const n = [2, -1, 2].map((c) => c / 3);
    const { axis, angle: back } = so3ToAxisAngle(so3FromAxisAngle(n, t));
    expect(Math.abs(back - t)).toBeLessThan(TOL);
    // At angle π the axis is only defined up to sign.
    const sign = t === Math.PI && axis[0] < 0 ? -1 : 1;
    // The axis of a tiny rotation is ill-conditioned (error ~ 1e-16 / angle); the matrix is not.
    expect(maxAbsDiff([axis.map((c) => sign * c)], [n])).toBeLessThan(t < 1e-6 ? 1e-5 : TOL);
    expect(maxAbsDiff(so3FromAxisAngle(axis, back), so3FromAxisAngle(n, t))).toBeLessThan(TOL);
  });

  it('returns angle 0 for the identity', () => {
    expect(so3ToAxisAngle(identity(3)).angle).toBe(0);
  });
});

describe('quaternions, random rotations and the geodesic distance', () => {
  it('q = (cos(t/2), sin(t/2) n) is the rotation by t about n', () => {
    const n = [1, 2, -2].map((c) => c / 3),
      t = 2.2;
    const q = [Math.cos(t / 2), ...n.map((c) => Math.sin(t / 2) * c)];
    expect(maxAbsDiff(so3FromQuaternion(q), so3FromAxisAngle(n, t))).toBeLessThan(TOL);
  });

  it('so3Random gives rotations (R^T R = I, det R = 1)', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const r = so3Random(seededRng(seed));
        expect(maxAbsDiff(matmul(transpose(r), r), identity(3))).toBeLessThan(TOL);
        expect(Math.abs(det3(r) - 1)).toBeLessThan(TOL);
      }),
      { numRuns: 50 },
    );
  });

  it('so3Random is Haar-uniform in its first two character moments: E[tr R] = 0, E[(tr R)^2] = 1', () => {
    // Schur orthogonality for the irreducible 3-dim representation; 20000 samples, tolerance ~5 standard errors.
    const rng = seededRng(12345);
    let m1 = 0,
      m2 = 0;
    const n = 20000;
    for (let i = 0; i < n; i++) {
      const t = trace(so3Random(rng));
      m1 += t / n;
      m2 += (t * t) / n;
    }
    expect(Math.abs(m1)).toBeLessThan(0.05);
    expect(Math.abs(m2 - 1)).toBeLessThan(0.05);
  });

  it('so3Distance is the rotation angle, accurate for tiny angles', () => {
    for (const t of [1e-9, 0.3, 3.0]) {
      expect(Math.abs(so3Distance(so3RotationZ(t), identity(3)) - t)).toBeLessThan(1e-15 + 1e-12 * t);
    }
  });
});

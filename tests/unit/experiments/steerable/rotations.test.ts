// The sphere view's coefficient rotation, the Wigner-D explorer's checks, its two parametrisations
// and the trackball, against closed forms (type-1 = permuted rotation matrix, rotations about z).
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Matrix } from '../../../../src/math/linalg';
import { matmul, matvec, maxAbsDiff, transpose } from '../../../../src/math/linalg';
import { so3FromQuaternion, so3RotationZ, wignerD } from '../../../../src/math/so3';
import { measureCoefficientRotation } from '../../../../src/experiments/steerable/coefficientRotation';
import {
  axisParamsOf,
  eulerParamsOf,
  P_YZX,
  rotationFromAxisParams,
  rotationFromEuler,
} from '../../../../src/experiments/steerable/rotationParams';
import {
  harmonicBasis,
  inverseRotatePoint,
  rotateCoefficients,
  synthesize,
} from '../../../../src/experiments/steerable/sphereFunctions';
import { dragRotation, project, viewFrame } from '../../../../lessons/steerable-vectors/trackball';
import { wignerChecks } from '../../../../src/experiments/steerable/wignerChecks';

const EXACT = 1e-12;
const unit = fc.double({ min: -1, max: 1, noNaN: true });
const rotation = fc
  .tuple(unit, unit, unit, unit)
  .filter((q) => Math.hypot(...q) > 0.1)
  .map((q) => so3FromQuaternion(q));
const coefficients = (l: number) => fc.array(unit, { minLength: 2 * l + 1, maxLength: 2 * l + 1 });

describe('measureCoefficientRotation', () => {
  test.each([0, 1, 2, 3, 4, 5, 6])('l = %i: quadrature coefficients of f∘R⁻¹ equal D^l(R) c', (l) => {
    fc.assert(
      fc.property(coefficients(l), rotation, (c, r) => {
        const m = measureCoefficientRotation(l, c, r);
        expect(m.maxError).toBeLessThan(EXACT);
        // Rotating a function keeps its L² norm, so the coefficient vector keeps its length.
        expect(Math.abs(Math.hypot(...m.measured) - Math.hypot(...c))).toBeLessThan(EXACT);
      }),
      { numRuns: 20 },
    );
  });

  test('l = 1 against the closed form P R Pᵀ c (Y_1 ∝ (y, z, x))', () => {
    fc.assert(
      fc.property(coefficients(1), rotation, (c, r) => {
        const expected = matvec(matmul(matmul(P_YZX, r), transpose(P_YZX)), c);
        const { measured } = measureCoefficientRotation(1, c, r);
        measured.forEach((x, k) => expect(Math.abs(x - expected[k])).toBeLessThan(EXACT));
      }),
      { numRuns: 30 },
    );
  });

  test('the check can fail: the inverse rotation gives a visible error', () => {
    const r = rotationFromAxisParams({ azimuth: 0.3, elevation: 0.4, angle: 1.2 });
    const m = measureCoefficientRotation(2, [0.2, -0.5, 0.7, 0.1, 0.4], r);
    const wrong = matvec(wignerD(2, transpose(r)), m.before);
    expect(maxAbsDiff([m.measured], [wrong])).toBeGreaterThan(0.05);
  });
});

test('rotateCoefficients: synthesising D(R)c equals evaluating f at R⁻¹n (bandwidth 5)', () => {
  fc.assert(
    fc.property(fc.array(unit, { minLength: 25, maxLength: 25 }), rotation, (c, r) => {
      const points = [
        [0.3, -0.2, 0.9],
        [-0.7, 0.1, 0.2],
        [0, 0, 1],
        [0.5, 0.5, -0.7],
      ];
      const direct = synthesize(
        c,
        harmonicBasis(
          5,
          points.map((p) => inverseRotatePoint(r, p)),
        ),
      );
      const viaD = synthesize(rotateCoefficients(c, r), harmonicBasis(5, points));
      direct.forEach((x, i) => expect(Math.abs(x - viaD[i])).toBeLessThan(EXACT));
    }),
    { numRuns: 20 },
  );
});

describe('wignerChecks', () => {
  test.each([0, 1, 2, 3, 4])('l = %i: homomorphism and orthogonality hold to round-off', (l) => {
    fc.assert(
      fc.property(rotation, rotation, (r1, r2) => {
        const c = wignerChecks(l, r1, r2);
        expect(c.homomorphism).toBeLessThan(EXACT);
        expect(c.orthogonality).toBeLessThan(EXACT);
        expect(c.typeOne === null).toBe(l !== 1);
        if (c.typeOne !== null) expect(c.typeOne).toBeLessThan(EXACT);
      }),
      { numRuns: 20 },
    );
  });

  test('a rotation about z by t acts on the (m, −m) pairs by cos(mt), sin(mt)', () => {
    const t = 0.7;
    const d = wignerChecks(3, so3RotationZ(t), so3RotationZ(0)).d1;
    for (let m = 1; m <= 3; m++) {
      expect(d[3 + m][3 + m]).toBeCloseTo(Math.cos(m * t), 14);
      expect(d[3 - m][3 - m]).toBeCloseTo(Math.cos(m * t), 14);
      expect(d[3 - m][3 + m]).toBeCloseTo(Math.sin(m * t), 14);
      expect(d[3 + m][3 - m]).toBeCloseTo(-Math.sin(m * t), 14);
    }
  });
});

describe('rotation parameters', () => {
  test('axis-angle and Euler parameters round-trip through the matrix', () => {
    fc.assert(
      fc.property(rotation, (r: Matrix) => {
        expect(maxAbsDiff(rotationFromAxisParams(axisParamsOf(r)), r)).toBeLessThan(1e-12);
        expect(maxAbsDiff(rotationFromEuler(eulerParamsOf(r)), r)).toBeLessThan(1e-12);
      }),
      { numRuns: 100 },
    );
  });

  test('at angle 0 the previous axis is kept (any axis describes the identity)', () => {
    const previous = { azimuth: 1, elevation: -0.3, angle: 0.5 };
    const p = axisParamsOf(rotationFromAxisParams({ ...previous, angle: 0 }), previous);
    expect(p).toEqual({ ...previous, angle: 0 });
  });
});

describe('trackball', () => {
  test('viewFrame is a right-handed orthonormal frame with right × up = viewer', () => {
    const f = viewFrame(0.5, 0.35);
    const dot = (a: readonly number[], b: readonly number[]) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    expect(dot(f.right, f.up)).toBeCloseTo(0, 15);
    expect(dot(f.right, f.right)).toBeCloseTo(1, 15);
    const cross = [
      f.right[1] * f.up[2] - f.right[2] * f.up[1],
      f.right[2] * f.up[0] - f.right[0] * f.up[2],
      f.right[0] * f.up[1] - f.right[1] * f.up[0],
    ];
    cross.forEach((x, i) => expect(x).toBeCloseTo(f.viewer[i], 15));
    expect(project(f, f.up)).toMatchObject({ x: expect.closeTo(0, 12), y: expect.closeTo(-1, 12) });
  });

  test('a small drag right moves the point facing the viewer to the right on screen, a drag down moves it down', () => {
    const f = viewFrame(0.5, 0.35);
    const front = f.viewer;
    const right = project(f, matvec(dragRotation(f, 5, 0, 100)!, [...front]));
    expect(right.x).toBeCloseTo(Math.sin(0.05), 12);
    expect(right.y).toBeCloseTo(0, 12);
    const down = project(f, matvec(dragRotation(f, 0, 5, 100)!, [...front]));
    expect(down.y).toBeCloseTo(Math.sin(0.05), 12);
    expect(dragRotation(f, 0, 0, 100)).toBeNull();
  });
});

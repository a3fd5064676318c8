// Real Wigner-D matrices: small d against published closed forms (d^1, d^2; e.g. Wikipedia "Wigner D-matrix"),
// D^1(R) = P R P^T, the rotation property Y_l(R v) = D^l(R) Y_l(v), an independent least-squares fit of D^l from
// sampled harmonics, rotations about z as 2x2 blocks by mα, homomorphism and orthogonality. Tolerance 1e-9 in float64.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  realSphericalHarmonics,
  so3FromEulerZYZ,
  so3Random,
  so3RotationZ,
  wignerD,
  wignerDFromEuler,
  wignerSmallD,
} from '../../../../src/math/so3';
import type { Matrix } from '../../../../src/math/linalg';
import { identity, inverse, matmul, matvec, maxAbsDiff, transpose } from '../../../../src/math/linalg';
import { mulberry32 as seededRng } from '../../../../src/math/random';

const TOL = 1e-9;
const DEGREES = [0, 1, 2, 3, 4, 5, 6];
const seeds = fc.integer({ min: 0, max: 2 ** 31 - 1 });

function randomUnit(rng: () => number): number[] {
  const z = 2 * rng() - 1,
    phi = 2 * Math.PI * rng(),
    rho = Math.sqrt(1 - z * z);
  return [rho * Math.cos(phi), rho * Math.sin(phi), z];
}

describe('wignerSmallD', () => {
  it('matches the published d^1 and d^2 entries', () => {
    for (const b of [0.3, 1.7, 2.9]) {
      const c = Math.cos(b),
        s = Math.sin(b);
      const d1 = wignerSmallD(1, b),
        d2 = wignerSmallD(2, b);
      const at = (d: Matrix, l: number, mp: number, m: number) => d[mp + l][m + l];
      const expected: [number, number][] = [
        [at(d1, 1, 1, 1), (1 + c) / 2],
        [at(d1, 1, 1, 0), -s / Math.SQRT2],
        [at(d1, 1, 1, -1), (1 - c) / 2],
        [at(d1, 1, 0, 0), c],
        [at(d2, 2, 2, 2), ((1 + c) / 2) ** 2],
        [at(d2, 2, 2, 1), (-(1 + c) * s) / 2],
        [at(d2, 2, 2, 0), Math.sqrt(3 / 8) * s * s],
        [at(d2, 2, 2, -2), ((1 - c) / 2) ** 2],
        [at(d2, 2, 1, 1), ((1 + c) * (2 * c - 1)) / 2],
        [at(d2, 2, 1, 0), -Math.sqrt(3 / 2) * s * c],
        [at(d2, 2, 1, -1), ((1 - c) * (2 * c + 1)) / 2],
        [at(d2, 2, 0, 0), (3 * c * c - 1) / 2],
      ];
      for (const [got, want] of expected) expect(Math.abs(got - want)).toBeLessThan(TOL);
    }
  });

  it.each(DEGREES)("has the symmetries d_{m'm} = (-1)^{m-m'} d_{mm'} = d_{-m,-m'} for l = %i", (l) => {
    const d = wignerSmallD(l, 1.1);
    for (let mp = -l; mp <= l; mp++) {
      for (let m = -l; m <= l; m++) {
        const sign = (m - mp) % 2 === 0 ? 1 : -1;
        expect(Math.abs(d[mp + l][m + l] - sign * d[m + l][mp + l])).toBeLessThan(TOL);
        expect(Math.abs(d[mp + l][m + l] - d[-m + l][-mp + l])).toBeLessThan(TOL);
      }
    }
  });
});

describe('wignerD (real basis)', () => {
  it('D^1(R) = P R P^T with P the permutation (x, y, z) -> (y, z, x)', () => {
    const p = [
      [0, 1, 0],
      [0, 0, 1],
      [1, 0, 0],
    ];
    fc.assert(
      fc.property(seeds, (seed) => {
        const r = so3Random(seededRng(seed));
        expect(maxAbsDiff(wignerD(1, r), matmul(p, matmul(r, transpose(p))))).toBeLessThan(TOL);
      }),
      { numRuns: 30 },
    );
  });

  it.each(DEGREES)('rotates the harmonics: Y_l(R v) = D^l(R) Y_l(v) for l = %i', (l) => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const rng = seededRng(seed);
        const r = so3Random(rng),
          v = randomUnit(rng);
        const lhs = realSphericalHarmonics(l, matvec(r, v));
        expect(maxAbsDiff([lhs], [matvec(wignerD(l, r), realSphericalHarmonics(l, v))])).toBeLessThan(TOL);
      }),
      { numRuns: 30 },
    );
  });

  it.each(DEGREES)(
    'equals the least-squares fit of Y_l(R v_k) against Y_l(v_k) over 60 points, l = %i',
    (l) => {
      const rng = seededRng(100 + l);
      const r = so3Random(rng);
      const vs = Array.from({ length: 60 }, () => randomUnit(rng));
      const a = vs.map((v) => realSphericalHarmonics(l, v));
      const b = vs.map((v) => realSphericalHarmonics(l, matvec(r, v)));
      // B = A D^T, so D^T = (A^T A)^{-1} A^T B.
      const at = transpose(a);
      const fitted = transpose(matmul(inverse(matmul(at, a)), matmul(at, b)));
      expect(maxAbsDiff(wignerD(l, r), fitted)).toBeLessThan(TOL);
    },
  );

  it.each(DEGREES)('a rotation about z by α turns each (m, -m) pair by mα, l = %i', (l) => {
    const alpha = 0.83;
    const expected = identity(2 * l + 1);
    for (let m = 1; m <= l; m++) {
      const [c, s] = [Math.cos(m * alpha), Math.sin(m * alpha)];
      expected[l + m][l + m] = c;
      expected[l + m][l - m] = -s;
      expected[l - m][l + m] = s;
      expected[l - m][l - m] = c;
    }
    expect(maxAbsDiff(wignerD(l, so3RotationZ(alpha)), expected)).toBeLessThan(TOL);
  });

  it.each(DEGREES)(
    'is an orthogonal representation: D(R1 R2) = D(R1) D(R2), D D^T = I, D(I) = I, l = %i',
    (l) => {
      fc.assert(
        fc.property(seeds, (seed) => {
          const rng = seededRng(seed);
          const r1 = so3Random(rng),
            r2 = so3Random(rng);
          const d1 = wignerD(l, r1);
          expect(maxAbsDiff(wignerD(l, matmul(r1, r2)), matmul(d1, wignerD(l, r2)))).toBeLessThan(TOL);
          expect(maxAbsDiff(matmul(d1, transpose(d1)), identity(2 * l + 1))).toBeLessThan(TOL);
        }),
        { numRuns: 20 },
      );
      expect(maxAbsDiff(wignerD(l, identity(3)), identity(2 * l + 1))).toBeLessThan(TOL);
    },
  );

  it('wignerDFromEuler agrees with wignerD of the Euler matrix, also at gimbal lock', () => {
    for (const [a, b, g] of [
      [0.2, 0, 1.1],
      [0.2, Math.PI, 1.1],
      [-2.5, 1.3, 0.4],
    ]) {
      expect(maxAbsDiff(wignerDFromEuler(4, a, b, g), wignerD(4, so3FromEulerZYZ(a, b, g)))).toBeLessThan(
        TOL,
      );
    }
  });
});

// The complex-to-real change of basis U_l against the tabulated complex Condon-Shortley harmonics for l = 1, 2
// (e.g. Wikipedia, "Table of spherical harmonics"): U_l Y_complex(v) must equal realSphericalHarmonics(l, v).
// Tolerance 1e-9 in float64.
import { describe, expect, it } from 'vitest';
import type { ComplexMatrix } from '../../../../src/math/so3';
import { complexToRealBasis, realSphericalHarmonics } from '../../../../src/math/so3';
import { add, identity, matmul, matvec, maxAbsDiff, sub, transpose } from '../../../../src/math/linalg';

const TOL = 1e-9;
const PI = Math.PI;

/** Complex Y_l^m, m = -l..l, as [re, im] arrays, from the table (l = 1, 2). */
function complexTabulated(l: number, [x, y, z]: number[]): [number[], number[]] {
  if (l === 1) {
    const a = 0.5 * Math.sqrt(3 / (2 * PI));
    return [
      [a * x, 0.5 * Math.sqrt(3 / PI) * z, -a * x],
      [-a * y, 0, -a * y],
    ];
  }
  const a = 0.25 * Math.sqrt(15 / (2 * PI)),
    b = 0.5 * Math.sqrt(15 / (2 * PI)),
    c = 0.25 * Math.sqrt(5 / PI);
  // (x ± iy)^2 = x^2 - y^2 ± 2ixy
  return [
    [a * (x * x - y * y), b * x * z, c * (3 * z * z - 1), -b * x * z, a * (x * x - y * y)],
    [-2 * a * x * y, -b * y * z, 0, -b * y * z, 2 * a * x * y],
  ];
}

function applyComplex(u: ComplexMatrix, [re, im]: [number[], number[]]): [number[], number[]] {
  const r = sub([matvec(u.re, re)], [matvec(u.im, im)])[0];
  const i = add([matvec(u.re, im)], [matvec(u.im, re)])[0];
  return [r, i];
}

describe('complexToRealBasis', () => {
  it.each([1, 2])('maps the tabulated complex harmonics of degree %i to the real ones', (l) => {
    for (const v of [
      [0.48, -0.6, 0.64],
      [0, 0.8, -0.6],
      [-1, 0, 0],
    ]) {
      const [re, im] = applyComplex(complexToRealBasis(l), complexTabulated(l, v));
      expect(maxAbsDiff([re], [realSphericalHarmonics(l, v)])).toBeLessThan(TOL);
      expect(maxAbsDiff([im], [im.map(() => 0)])).toBeLessThan(TOL);
    }
  });

  it.each([0, 1, 2, 3, 4, 5, 6])('U_%i is unitary', (l) => {
    const { re, im } = complexToRealBasis(l);
    // U U^† = (re + i im)(re^T - i im^T): real part re re^T + im im^T, imaginary part im re^T - re im^T.
    expect(
      maxAbsDiff(add(matmul(re, transpose(re)), matmul(im, transpose(im))), identity(2 * l + 1)),
    ).toBeLessThan(TOL);
    expect(
      maxAbsDiff(
        sub(matmul(im, transpose(re)), matmul(re, transpose(im))),
        identity(2 * l + 1).map((r) => r.map(() => 0)),
      ),
    ).toBeLessThan(TOL);
  });
});

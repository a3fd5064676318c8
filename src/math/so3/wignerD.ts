// Real Wigner-D matrices D^l(R) in the basis of realSphericalHarmonics, so that Y_l(R v) = D^l(R) Y_l(v).
//
// Route: the complex Wigner matrix of R = Rz(α) Ry(β) Rz(γ) in the standard (Condon-Shortley) convention,
//   D^l_{m'm}(α, β, γ) = e^{-i m' α} d^l_{m'm}(β) e^{-i m γ}, with (R Y_l^m)(v) = Y_l^m(R^{-1} v) = Σ_m' Y_l^m'(v) D^l_{m'm},
// gives Y_complex(R v) = conj(D^l(R)) Y_complex(v) (D unitary), hence D_real = U_l conj(D^l) U_l^† with U_l the
// complex-to-real change of basis. D_real is real and orthogonal; rows and columns are ordered m = -l..l.
import type { Matrix } from '../linalg';
import { complexAdjoint, complexMatmul } from './complex';
import { complexToRealBasis } from './changeOfBasis';
import { factorial } from './factorial';
import { so3ToEulerZYZ } from './rotations';

/**
 * Wigner's small d: d^l_{m'm}(β) = sqrt((l+m')!(l-m')!(l+m)!(l-m)!) Σ_s (-1)^{m'-m+s}
 *   cos(β/2)^{2l+m-m'-2s} sin(β/2)^{m'-m+2s} / ((l+m-s)! s! (m'-m+s)! (l-m'-s)!).
 * Returned as d[m' + l][m + l].
 */
export function wignerSmallD(l: number, beta: number): Matrix {
  const c = Math.cos(beta / 2),
    s = Math.sin(beta / 2);
  const n = 2 * l + 1;
  const d: Matrix = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let mp = -l; mp <= l; mp++) {
    for (let m = -l; m <= l; m++) {
      const pre = Math.sqrt(factorial(l + mp) * factorial(l - mp) * factorial(l + m) * factorial(l - m));
      let sum = 0;
      for (let k = Math.max(0, m - mp); k <= Math.min(l + m, l - mp); k++) {
        const sign = (mp - m + k) % 2 === 0 ? 1 : -1;
        const den = factorial(l + m - k) * factorial(k) * factorial(mp - m + k) * factorial(l - mp - k);
        sum += (sign * c ** (2 * l + m - mp - 2 * k) * s ** (mp - m + 2 * k)) / den;
      }
      d[mp + l][m + l] = pre * sum;
    }
  }
  return d;
}

/** Real D^l of R = Rz(α) Ry(β) Rz(γ): D_real = U_l conj(D^l(α, β, γ)) U_l^†. */
export function wignerDFromEuler(l: number, alpha: number, beta: number, gamma: number): Matrix {
  const d = wignerSmallD(l, beta);
  // conj(D)_{m'm} = e^{i m' α} d_{m'm} e^{i m γ}
  const re = d.map((row, i) => row.map((x, j) => x * Math.cos((i - l) * alpha + (j - l) * gamma)));
  const im = d.map((row, i) => row.map((x, j) => x * Math.sin((i - l) * alpha + (j - l) * gamma)));
  const u = complexToRealBasis(l);
  return complexMatmul(complexMatmul(u, { re, im }), complexAdjoint(u)).re;
}

/** The real Wigner-D matrix D^l(R) of a rotation matrix R (size 2l+1): Y_l(R v) = D^l(R) Y_l(v). */
export function wignerD(l: number, r: Matrix): Matrix {
  const { alpha, beta, gamma } = so3ToEulerZYZ(r);
  return wignerDFromEuler(l, alpha, beta, gamma);
}

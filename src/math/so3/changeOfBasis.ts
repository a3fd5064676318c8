// The unitary change of basis from complex (Condon-Shortley) to real spherical harmonics of degree l.
import { zeros } from '../linalg';
import type { ComplexMatrix } from './complex';

/**
 * U_l with Y_real = U_l Y_complex (rows: real m = -l..l, columns: complex m = -l..l). From the definition
 *   Y_{l,m} = √2 (-1)^m Re Y_l^m (m > 0),  Y_l^0 (m = 0),  √2 (-1)^m Im Y_l^{|m|} (m < 0)
 * and conj(Y_l^m) = (-1)^m Y_l^{-m}:
 *   Y_{l,m}  = ((-1)^m Y_l^m + Y_l^{-m}) / √2,          m > 0,
 *   Y_{l,-m} = i (Y_l^{-m} - (-1)^m Y_l^m) / √2,         m > 0.
 */
export function complexToRealBasis(l: number): ComplexMatrix {
  const n = 2 * l + 1;
  const re = zeros(n),
    im = zeros(n);
  re[l][l] = 1;
  for (let m = 1; m <= l; m++) {
    const sign = m % 2 === 0 ? 1 : -1;
    re[l + m][l + m] = sign * Math.SQRT1_2;
    re[l + m][l - m] = Math.SQRT1_2;
    im[l - m][l - m] = Math.SQRT1_2;
    im[l - m][l + m] = -sign * Math.SQRT1_2;
  }
  return { re, im };
}

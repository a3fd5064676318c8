// Real orthonormal spherical harmonics Y_{l,m}, m = -l..l, evaluated at directions of R^3.
//
// Convention: from the complex Condon-Shortley harmonics Y_l^m = (-1)^m N_lm P_l^m(cos θ) e^{imφ} (m >= 0),
//   Y_{l,m} = √2 (-1)^m Im Y_l^{|m|}  (m < 0),   Y_l^0  (m = 0),   √2 (-1)^m Re Y_l^m  (m > 0),
// so the Condon-Shortley sign cancels and Y_{1,(-1,0,1)} = sqrt(3/(4π)) (y, z, x).
// Orthonormal: ∫_{S^2} Y_{l,m} Y_{l',m'} dΩ = δ_ll' δ_mm'.
import { factorial } from './factorial';

/** The unit vector along v (the harmonics only depend on the direction). */
function direction(v: readonly number[]): [number, number, number] {
  const r = Math.hypot(v[0], v[1], v[2]);
  if (r === 0) throw new RangeError('realSphericalHarmonics: the zero vector has no direction');
  return [v[0] / r, v[1] / r, v[2] / r];
}

/**
 * Q[l][m] = P_l^m(z) / (1 - z^2)^{m/2} without the Condon-Shortley sign, a polynomial in z, by the standard
 * recurrences Q_m^m = (2m-1)!!, Q_{m+1}^m = (2m+1) z Q_m^m, (l-m) Q_l^m = (2l-1) z Q_{l-1}^m - (l+m-1) Q_{l-2}^m.
 */
function legendreFactors(maxL: number, z: number): number[][] {
  const q = Array.from({ length: maxL + 1 }, (_, l) => new Array<number>(l + 1).fill(0));
  let doubleFactorial = 1;
  for (let m = 0; m <= maxL; m++) {
    if (m > 0) doubleFactorial *= 2 * m - 1;
    q[m][m] = doubleFactorial;
    if (m + 1 <= maxL) q[m + 1][m] = (2 * m + 1) * z * doubleFactorial;
    for (let l = m + 2; l <= maxL; l++) {
      q[l][m] = ((2 * l - 1) * z * q[l - 1][m] - (l + m - 1) * q[l - 2][m]) / (l - m);
    }
  }
  return q;
}

/** All Y_l for l = 0..maxL at the direction of v: result[l][m + l] = Y_{l,m}. */
export function realSphericalHarmonicsUpTo(maxL: number, v: readonly number[]): number[][] {
  if (!Number.isInteger(maxL) || maxL < 0) throw new RangeError(`realSphericalHarmonics: degree ${maxL}`);
  const [x, y, z] = direction(v);
  const q = legendreFactors(maxL, z);
  // Re and Im of (x + iy)^m = sin^m θ (cos mφ, sin mφ).
  const cosPart = [1],
    sinPart = [0];
  for (let m = 1; m <= maxL; m++) {
    cosPart[m] = x * cosPart[m - 1] - y * sinPart[m - 1];
    sinPart[m] = x * sinPart[m - 1] + y * cosPart[m - 1];
  }
  return q.map((ql, l) => {
    const out = new Array<number>(2 * l + 1);
    out[l] = Math.sqrt((2 * l + 1) / (4 * Math.PI)) * ql[0];
    for (let m = 1; m <= l; m++) {
      // √2 N_lm with N_lm = sqrt((2l+1)/(4π) (l-m)!/(l+m)!).
      const norm = Math.sqrt(((2 * l + 1) / (2 * Math.PI)) * (factorial(l - m) / factorial(l + m)));
      out[l + m] = norm * ql[m] * cosPart[m];
      out[l - m] = norm * ql[m] * sinPart[m];
    }
    return out;
  });
}

/** Y_l = (Y_{l,-l}, ..., Y_{l,l}) at the direction of v (v need not be unit, but must be non-zero). */
export function realSphericalHarmonics(l: number, v: readonly number[]): number[] {
  return realSphericalHarmonicsUpTo(l, v)[l];
}

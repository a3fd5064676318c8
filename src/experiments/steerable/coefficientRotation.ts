// Rotating a function on the sphere rotates its degree-l coefficients by D^l(R) (lesson, "bandwidth"):
// ∫ f(R^{-1} n) Y_l(n) dn = D^l(R) f^l. Measured here by quadrature, independently of the Wigner-D formula.
import type { Matrix } from '../../math/linalg';
import { matvec } from '../../math/linalg';
import { realSphericalHarmonics, wignerD } from '../../math/so3';
import { inverseRotatePoint } from './sphereFunctions';
import { gaussLegendreSphere, type SphereRule } from '../../math/so3/quadrature';

export interface CoefficientRotation {
  /** The coefficients c of f = Σ_m c_m Y_{l,m}. */
  before: number[];
  /** D^l(R) c from the Wigner-D matrix. */
  predicted: number[];
  /** ∫ f(R^{-1} n) Y_{l,m}(n) dn by Gauss-Legendre quadrature (exact for these degrees). */
  measured: number[];
  /** max_m |measured - predicted|. */
  maxError: number;
}

// 8 nodes in z and 16 in φ integrate degree < 16 exactly: enough for products Y_l Y_l with l <= 7.
const RULE: SphereRule = gaussLegendreSphere(8);

/** f(n) = Σ_m c_m Y_{l,m}(n). */
export function evaluateDegree(l: number, c: readonly number[], n: readonly number[]): number {
  const y = realSphericalHarmonics(l, n);
  return y.reduce((s, x, k) => s + x * c[k], 0);
}

export function measureCoefficientRotation(l: number, c: readonly number[], r: Matrix): CoefficientRotation {
  if (l > 7) throw new RangeError('measureCoefficientRotation: the quadrature is exact for l <= 7');
  const predicted = matvec(wignerD(l, r), [...c]);
  const measured = new Array<number>(2 * l + 1).fill(0);
  RULE.points.forEach((p, i) => {
    const wf = RULE.weights[i] * evaluateDegree(l, c, inverseRotatePoint(r, p));
    realSphericalHarmonics(l, p).forEach((y, k) => (measured[k] += wf * y));
  });
  const maxError = Math.max(...measured.map((x, k) => Math.abs(x - predicted[k])));
  return { before: [...c], predicted, measured, maxError };
}

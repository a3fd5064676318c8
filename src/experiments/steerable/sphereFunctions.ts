// Band-limited functions on the sphere as coefficient vectors in the real spherical-harmonic basis.
// Flat layout: coefficient (l, m) sits at index l² + l + m, so degrees 0..L-1 take L² numbers.
import type { Matrix } from '../../math/linalg';
import { realSphericalHarmonicsUpTo, wignerD } from '../../math/so3';
import type { SphereRule } from '../../math/so3/quadrature';

export const harmonicIndex = (l: number, m: number) => l * l + l + m;

/** Row i holds Y_{l,m}(p_i) for every l < bandwidth, flattened as above. */
export function harmonicBasis(bandwidth: number, points: readonly (readonly number[])[]): Float64Array[] {
  return points.map((p) => Float64Array.from(realSphericalHarmonicsUpTo(bandwidth - 1, p).flat()));
}

/** f(p_i) = Σ_{l,m} f^m_l Y_{l,m}(p_i) (lesson: the spherical Fourier series). */
export function synthesize(coeffs: readonly number[], basis: readonly Float64Array[]): number[] {
  return basis.map((row) => {
    let s = 0;
    for (let k = 0; k < coeffs.length; k++) s += coeffs[k] * row[k];
    return s;
  });
}

/** f^m_l ≈ Σ_i w_i f(p_i) Y_{l,m}(p_i): the spherical Fourier transform by quadrature, for l < bandwidth. */
export function analyze(
  values: readonly number[],
  rule: SphereRule,
  basis: readonly Float64Array[],
  bandwidth: number,
): number[] {
  const out = new Array<number>(bandwidth * bandwidth).fill(0);
  for (let i = 0; i < values.length; i++) {
    const wf = rule.weights[i] * values[i];
    const row = basis[i];
    for (let k = 0; k < out.length; k++) out[k] += wf * row[k];
  }
  return out;
}

/** Coefficients of the rotated function f∘R^{-1}: each degree block l becomes D^l(R) f^l (lesson, "bandwidth"). */
export function rotateCoefficients(coeffs: readonly number[], r: Matrix): number[] {
  const bandwidth = Math.round(Math.sqrt(coeffs.length));
  const out: number[] = [];
  for (let l = 0; l < bandwidth; l++) {
    const block = coeffs.slice(l * l, (l + 1) * (l + 1));
    for (const row of wignerD(l, r)) out.push(row.reduce((s, x, j) => s + x * block[j], 0));
  }
  return out;
}

/** R^T p: the point where f∘R^{-1} looks up f. */
export function inverseRotatePoint(r: Matrix, p: readonly number[]): [number, number, number] {
  return [0, 1, 2].map((j) => r[0][j] * p[0] + r[1][j] * p[1] + r[2][j] * p[2]) as [number, number, number];
}

// Real-basis Clebsch-Gordan coupling matrices and the CG tensor product of steerable vectors (Bekkers' lecture notes).
//
// Convention: vectors u (type l1) and v (type l2) are in the real spherical-harmonic basis (m = -l..l) and
// u ⊗ v is the row-major flattening of u v^T: (u ⊗ v)[(m1 + l1)(2 l2 + 1) + (m2 + l2)] = u_m1 v_m2.
// With C the complex CG matrix C[M, (m1, m2)] = <l1 m1 l2 m2 | J M> and U_l the complex-to-real change of basis,
//   C_real = U_J C (U_l1 ⊗ U_l2)^†          when l1 + l2 + J is even (this product is real),
//   C_real = -i U_J C (U_l1 ⊗ U_l2)^†       when l1 + l2 + J is odd  (the product is purely imaginary).
// Then C_real (D^l1(R) ⊗ D^l2(R)) = D^J(R) C_real. Each C_real has orthonormal rows, and stacking the rows
// for J = |l1-l2|..l1+l2 gives an orthogonal (2l1+1)(2l2+1) square matrix (a real orthogonal change of basis).
import type { Matrix } from '../linalg';
import { complexAdjoint, complexFromReal, complexKron, complexMatmul } from './complex';
import { complexToRealBasis } from './changeOfBasis';
import { clebschGordan } from './clebschGordan';

/** A type-l steerable vector: 2l+1 components in the real basis, ordered m = -l..l. */
export interface SteerableVector {
  readonly l: number;
  readonly components: number[];
}

const CACHE = new Map<string, Matrix>();

/** The complex CG matrix C[M + J][(m1 + l1)(2l2+1) + (m2 + l2)] = <l1 m1 l2 m2 | J M>. */
function complexCouplingMatrix(l1: number, l2: number, J: number): Matrix {
  const n2 = 2 * l2 + 1;
  return Array.from({ length: 2 * J + 1 }, (_, row) =>
    Array.from({ length: (2 * l1 + 1) * n2 }, (_, col) =>
      clebschGordan(l1, Math.floor(col / n2) - l1, l2, (col % n2) - l2, J, row - J),
    ),
  );
}

function checkDegrees(l1: number, l2: number, J: number): void {
  const ok = [l1, l2, J].every((l) => Number.isInteger(l) && l >= 0);
  if (!ok || J < Math.abs(l1 - l2) || J > l1 + l2) {
    throw new RangeError(`clebschGordanReal: (${l1}, ${l2}) -> ${J} breaks the triangle rule`);
  }
}

function computeReal(l1: number, l2: number, J: number): Matrix {
  const c = complexFromReal(complexCouplingMatrix(l1, l2, J));
  const inputs = complexAdjoint(complexKron(complexToRealBasis(l1), complexToRealBasis(l2)));
  const product = complexMatmul(complexMatmul(complexToRealBasis(J), c), inputs);
  // -i (re + i im) = im - i re: for odd l1 + l2 + J the real part vanishes and the coupling is the imaginary part.
  return (l1 + l2 + J) % 2 === 0 ? product.re : product.im;
}

/** The real coupling matrix C^{l1,l2→J}, shape (2J+1) x (2l1+1)(2l2+1) (a fresh copy; cached internally). */
export function clebschGordanReal(l1: number, l2: number, J: number): Matrix {
  return cachedReal(l1, l2, J).map((row) => [...row]);
}

function cachedReal(l1: number, l2: number, J: number): Matrix {
  checkDegrees(l1, l2, J);
  const key = `${l1},${l2},${J}`;
  let m = CACHE.get(key);
  if (!m) {
    m = computeReal(l1, l2, J);
    CACHE.set(key, m);
  }
  return m;
}

/** Bekkers' lecture notes: (u ⊗_cg v)^{(J)}_M = Σ_{m1,m2} C^{(J,M)}_{(l1,m1)(l2,m2)} u_m1 v_m2, for J = |l1-l2|..l1+l2. */
export function cgTensorProduct(
  l1: number,
  u: readonly number[],
  l2: number,
  v: readonly number[],
): SteerableVector[] {
  if (u.length !== 2 * l1 + 1 || v.length !== 2 * l2 + 1)
    throw new RangeError('cgTensorProduct: wrong vector sizes');
  const outer = u.flatMap((a) => v.map((b) => a * b));
  const out: SteerableVector[] = [];
  for (let J = Math.abs(l1 - l2); J <= l1 + l2; J++) {
    const c = cachedReal(l1, l2, J);
    out.push({ l: J, components: c.map((row) => row.reduce((s, x, k) => s + x * outer[k], 0)) });
  }
  return out;
}

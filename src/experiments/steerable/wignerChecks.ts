// The identities the Wigner-D explorer checks live, each as a max-abs difference.
import type { Matrix } from '../../math/linalg';
import { identity, matmul, maxAbsDiff, sub, transpose } from '../../math/linalg';
import { wignerD } from '../../math/so3';
import { P_YZX } from './rotationParams';

export interface WignerChecks {
  d1: Matrix;
  d2: Matrix;
  /** D^l(R1) D^l(R2). */
  product: Matrix;
  /** D^l(R1 R2). */
  ofProduct: Matrix;
  difference: Matrix;
  /** max |D(R1)D(R2) - D(R1R2)|: the homomorphism law. */
  homomorphism: number;
  /** max |D(R1) D(R1)^T - I|: D is orthogonal. */
  orthogonality: number;
  /** For l = 1 only, max |D^1(R1) - P R1 P^T| (lesson: type-1 vectors in (y, z, x) order). */
  typeOne: number | null;
}

export function wignerChecks(l: number, r1: Matrix, r2: Matrix): WignerChecks {
  const d1 = wignerD(l, r1);
  const d2 = wignerD(l, r2);
  const product = matmul(d1, d2);
  const ofProduct = wignerD(l, matmul(r1, r2));
  const difference = sub(product, ofProduct);
  return {
    d1,
    d2,
    product,
    ofProduct,
    difference,
    homomorphism: maxAbsDiff(product, ofProduct),
    orthogonality: maxAbsDiff(matmul(d1, transpose(d1)), identity(2 * l + 1)),
    typeOne: l === 1 ? maxAbsDiff(d1, matmul(matmul(P_YZX, r1), transpose(P_YZX))) : null,
  };
}

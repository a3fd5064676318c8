// Just enough complex matrix arithmetic for the complex-to-real changes of basis (real and imaginary parts kept apart).
import type { Matrix } from '../linalg';
import { add, kron, matmul, scale, sub, transpose, zeros } from '../linalg';

export interface ComplexMatrix {
  readonly re: Matrix;
  readonly im: Matrix;
}

/** A real matrix seen as a complex one. */
export function complexFromReal(a: Matrix): ComplexMatrix {
  return { re: a, im: zeros(a.length, a[0].length) };
}

/** (a.re + i a.im)(b.re + i b.im). */
export function complexMatmul(a: ComplexMatrix, b: ComplexMatrix): ComplexMatrix {
  return {
    re: sub(matmul(a.re, b.re), matmul(a.im, b.im)),
    im: add(matmul(a.re, b.im), matmul(a.im, b.re)),
  };
}

/** The conjugate transpose a^†. */
export function complexAdjoint(a: ComplexMatrix): ComplexMatrix {
  return { re: transpose(a.re), im: scale(transpose(a.im), -1) };
}

/** The Kronecker product a ⊗ b. */
export function complexKron(a: ComplexMatrix, b: ComplexMatrix): ComplexMatrix {
  return {
    re: sub(kron(a.re, b.re), kron(a.im, b.im)),
    im: add(kron(a.re, b.im), kron(a.im, b.re)),
  };
}

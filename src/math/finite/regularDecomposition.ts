// The regular representation splits into irreps: Q^T ρ_reg(g) Q = ⊕ ψ(g), each irrep ψ repeated.
// Basis vectors are matrix coefficients, e_j^(i)(h) = sqrt(d/|G|) ψ_ij(h^-1): then
// (ρ_reg(g) e_j^(i))(h) = ψ_ij(h^-1 g) = Σ_k ψ_kj(g) e_k^(i)(h), so ρ_reg acts on (e_0^(i), ...) as ψ.
// Over C each irrep appears d_ψ times. Over R, a real irrep of real type appears d_ψ times, one of
// complex type (the 2x2 blocks of C_N) only d_ψ / 2 times: its copies i = 0, 1 span the same plane.

import { directSum, zeros } from '../linalg';
import type { ComplexMatrix, Matrix } from '../linalg';
import type { PlanarGroup } from './group';
import { planarComplexIrreps, planarRealIrreps } from './irreps';
import type { ComplexIrrep, FiniteIrrep } from './irreps';

export interface RegularDecomposition {
  /** Orthogonal change of basis, columns = the basis vectors e_j^(i) grouped by block. */
  readonly Q: Matrix;
  /** The irreps in block order, repeated by multiplicity. */
  readonly blocks: readonly FiniteIrrep[];
}

export interface ComplexRegularDecomposition {
  /** Unitary change of basis: Q^* ρ_reg(g) Q = ⊕ blocks. */
  readonly Q: ComplexMatrix;
  readonly blocks: readonly ComplexIrrep[];
}

/** How often a real irrep occurs in the real regular representation: d for real type, d/2 for complex. */
export function regularMultiplicity(irrep: FiniteIrrep): number {
  return irrep.type === 'real' ? irrep.dim : irrep.dim / 2;
}

/** Real decomposition: Q^T ρ_reg(g) Q = ⊕ ψ(g) over planarRealIrreps, ψ repeated regularMultiplicity(ψ) times. */
export function regularDecomposition(group: PlanarGroup): RegularDecomposition {
  const n = group.order;
  const Q = zeros(n);
  const blocks: FiniteIrrep[] = [];
  let col = 0;
  for (const psi of planarRealIrreps(group)) {
    const mats = Array.from({ length: n }, (_, h) => psi.rho(h));
    const norm = Math.sqrt(psi.dim / n);
    for (let i = 0; i < regularMultiplicity(psi); i++) {
      blocks.push(psi);
      // ψ is orthogonal, so ψ_ij(h^-1) = ψ_ji(h).
      for (let j = 0; j < psi.dim; j++, col++) for (let h = 0; h < n; h++) Q[h][col] = norm * mats[h][j][i];
    }
  }
  return { Q, blocks };
}

/** Complex decomposition: Q^* ρ_reg(g) Q = ⊕ ψ(g) over planarComplexIrreps, ψ repeated d_ψ times. */
export function complexRegularDecomposition(group: PlanarGroup): ComplexRegularDecomposition {
  const n = group.order;
  const Q = { re: zeros(n), im: zeros(n) };
  const blocks: ComplexIrrep[] = [];
  let col = 0;
  for (const psi of planarComplexIrreps(group)) {
    const mats = Array.from({ length: n }, (_, h) => psi.rho(h));
    const norm = Math.sqrt(psi.dim / n);
    for (let i = 0; i < psi.dim; i++) {
      blocks.push(psi);
      // ψ is unitary, so ψ_ij(h^-1) = conj ψ_ji(h).
      for (let j = 0; j < psi.dim; j++, col++) {
        for (let h = 0; h < n; h++) {
          Q.re[h][col] = norm * mats[h].re[j][i];
          Q.im[h][col] = -norm * mats[h].im[j][i];
        }
      }
    }
  }
  return { Q, blocks };
}

/** ⊕ of the blocks at g: the right-hand side Q^T ρ_reg(g) Q should equal. */
export function blockDiagonalAt(blocks: readonly FiniteIrrep[], g: number): Matrix {
  return directSum(blocks.map((psi) => psi.rho(g)));
}

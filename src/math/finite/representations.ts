// Representations ρ: G -> GL(V), ρ(st) = ρ(s)ρ(t) (Worrall et al. 2017), as functions from element indices
// to real matrices, and the ways to build new ones: direct sum, tensor product, change of basis.

import { directSum, inverse, kron, matmul, zeros } from '../linalg';
import type { ComplexMatrix, Matrix } from '../linalg';
import type { FiniteGroup, PlanarGroup } from './group';
import { cosetIndexMap, leftCosets } from './subgroups';

export interface Representation {
  readonly group: FiniteGroup;
  readonly dim: number;
  readonly name: string;
  rho(a: number): Matrix;
}

/** A representation by complex matrices (ComplexMatrix from linalg: {re, im}). */
export interface ComplexRepresentation {
  readonly group: FiniteGroup;
  readonly dim: number;
  readonly name: string;
  rho(a: number): ComplexMatrix;
}

/** ρ(g) = [1] for every g. */
export function trivialRepresentation(group: FiniteGroup): Representation {
  return { group, dim: 1, name: 'trivial', rho: () => [[1]] };
}

/** The permutation matrix P with P e_j = e_{target[j]}, i.e. P[target[j]][j] = 1. */
function permutationMatrix(target: (j: number) => number, n: number): Matrix {
  const m = zeros(n);
  for (let j = 0; j < n; j++) m[target(j)][j] = 1;
  return m;
}

/** Left-regular representation on functions on G: ρ(g) e_h = e_{gh}, i.e. (ρ(g) f)(h) = f(g^-1 h). */
export function regularRepresentation(group: FiniteGroup): Representation {
  const n = group.order;
  return { group, dim: n, name: 'regular', rho: (g) => permutationMatrix((h) => group.compose(g, h), n) };
}

/** Quotient representation on G/H: ρ(g) e_{cH} = e_{g c H}, cosets indexed as in leftCosets. */
export function quotientRepresentation(
  group: FiniteGroup,
  h: readonly number[],
  hName = 'H',
): Representation {
  const list = leftCosets(group, h);
  const cosetOf = cosetIndexMap(group, list);
  return {
    group,
    dim: list.length,
    name: `quotient ${group.name}/${hName}`,
    rho: (g) => permutationMatrix((c) => cosetOf[group.compose(g, list[c][0])], list.length),
  };
}

/** Sign: -1 on the reflections of D_N; (-1)^k on r^k in C_N for even N (odd N has none but trivial). */
export function signRepresentation(group: PlanarGroup): Representation {
  if (group.hasReflections)
    return { group, dim: 1, name: 'sign', rho: (g) => [[group.reflects(g) ? -1 : 1]] };
  if (group.rotations % 2 !== 0) throw new Error(`${group.name}: odd N has no sign representation`);
  return { group, dim: 1, name: 'sign', rho: (g) => [[g % 2 === 0 ? 1 : -1]] };
}

/** (⊕ ρ_i)(g) = diag(ρ_1(g), ρ_2(g), ...). */
export function directSumRepresentation(reps: readonly Representation[]): Representation {
  if (reps.length === 0) throw new Error('directSumRepresentation: no summands');
  return {
    group: reps[0].group,
    dim: reps.reduce((s, r) => s + r.dim, 0),
    name: reps.map((r) => r.name).join(' ⊕ '),
    rho: (g) => directSum(reps.map((r) => r.rho(g))),
  };
}

/** (ρ_1 ⊗ ρ_2)(g) = ρ_1(g) ⊗ ρ_2(g) (Kronecker product). */
export function tensorProductRepresentation(a: Representation, b: Representation): Representation {
  return {
    group: a.group,
    dim: a.dim * b.dim,
    name: `${a.name} ⊗ ${b.name}`,
    rho: (g) => kron(a.rho(g), b.rho(g)),
  };
}

/** ρ'(g) = Q ρ(g) Q^-1: the same representation in another basis. */
export function changeOfBasisRepresentation(rep: Representation, q: Matrix, name = rep.name): Representation {
  const qInv = inverse(q);
  return { group: rep.group, dim: rep.dim, name, rho: (g) => matmul(matmul(q, rep.rho(g)), qInv) };
}

// Irreducible representations of C_N and D_N, real and complex, and of SO(2).
// Real forms: rotation blocks R(2πmk/N) of frequency m; D_N adds the reflection s -> diag(1, -1).
// Type: 'real' when the irrep stays irreducible over C; 'complex' when it splits over C into a
// pair of conjugate characters (the 2x2 blocks of C_N carry χ_m ⊕ χ_-m). D_N has only real type.

import { rotation2 } from '../linalg';
import type { ComplexMatrix, Matrix } from '../linalg';
import type { PlanarGroup } from './group';
import { rotationByFraction } from './planar';
import type { ComplexRepresentation, Representation } from './representations';

export type IrrepType = 'real' | 'complex';

export interface FiniteIrrep extends Representation {
  /** 'm=1' for C_N, 'j=1,m=0' for D_N (j = 1: the reflection acts with -1 / flips). */
  readonly id: string;
  readonly latex: string;
  readonly type: IrrepType;
  /** Rotation frequency m: ρ(r) rotates by 2πm/N (m = N/2: ρ(r) = -1). */
  readonly frequency: number;
}

export interface ComplexIrrep extends ComplexRepresentation {
  readonly id: string;
  readonly latex: string;
  readonly frequency: number;
}

/** SO(2) irrep of frequency m >= 0: θ -> [1] for m = 0, else the rotation R(mθ). */
export function so2Irrep(m: number): (theta: number) => Matrix {
  if (!Number.isInteger(m) || m < 0) throw new Error(`so2Irrep: frequency must be an integer >= 0, got ${m}`);
  return m === 0 ? () => [[1]] : (theta) => rotation2(m * theta);
}

/** Real irrep of C_N of frequency m, 0 <= m <= N/2: ρ(r^k) = R(2πmk/N), or (±1)^k for m = 0, N/2. */
export function cyclicRealIrrep(group: PlanarGroup, m: number): FiniteIrrep {
  const n = group.rotations;
  if (group.hasReflections || !Number.isInteger(m) || m < 0 || 2 * m > n)
    throw new Error(`cyclicRealIrrep: no frequency ${m} for ${group.name}`);
  const oneDim = m === 0 || 2 * m === n;
  const base = { group, id: `m=${m}`, latex: `\\rho_{${m}}`, frequency: m };
  if (oneDim) {
    const name = m === 0 ? 'trivial' : 'sign';
    return { ...base, name, dim: 1, type: 'real', rho: (k) => [[m === 0 || k % 2 === 0 ? 1 : -1]] };
  }
  return {
    ...base,
    name: `rotation m=${m}`,
    dim: 2,
    type: 'complex',
    rho: (k) => rotationByFraction(m * k, n),
  };
}

/** Complex character χ_k(r^j) = e^{2πijk/N} of C_N, k = 0..N-1 (χ_{N-k} = conj χ_k = χ_{-k}). */
export function cyclicCharacterIrrep(group: PlanarGroup, k: number): ComplexIrrep {
  const n = group.rotations;
  if (group.hasReflections || !Number.isInteger(k) || k < 0 || k >= n)
    throw new Error(`cyclicCharacterIrrep: no character ${k} for ${group.name}`);
  const rho = (j: number): ComplexMatrix => {
    const r = rotationByFraction(j * k, n); // e^{it} = cos t + i sin t, read off R(t)
    return { re: [[r[0][0]]], im: [[r[1][0]]] };
  };
  return { group, dim: 1, name: `χ_${k}`, id: `k=${k}`, latex: `\\chi_{${k}}`, frequency: k, rho };
}

/**
 * Real irrep (j, m) of D_N. 1-d: (0,0) trivial; (1,0) reflection sign; for even N also (0,N/2):
 * r -> -1, s -> 1 and (1,N/2): r -> -1, s -> -1. 2-d: (1,m), 0 < m < N/2: r^k -> R(2πmk/N), s -> diag(1,-1).
 */
export function dihedralIrrep(group: PlanarGroup, j: 0 | 1, m: number): FiniteIrrep {
  const n = group.rotations;
  const oneDim = m === 0 || 2 * m === n;
  if (!group.hasReflections || !Number.isInteger(m) || m < 0 || 2 * m > n || (!oneDim && j !== 1))
    throw new Error(`dihedralIrrep: no irrep (${j}, ${m}) for ${group.name}`);
  const base = {
    group,
    id: `j=${j},m=${m}`,
    latex: `\\rho_{${j},${m}}`,
    frequency: m,
    type: 'real' as const,
  };
  if (oneDim) {
    const name =
      m === 0
        ? j === 0
          ? 'trivial'
          : 'reflection sign'
        : j === 0
          ? 'rotation sign'
          : 'rotation-reflection sign';
    const rho = (a: number): Matrix => {
      const rot = m === 0 || (a % n) % 2 === 0 ? 1 : -1;
      const ref = j === 1 && group.reflects(a) ? -1 : 1;
      return [[rot * ref]];
    };
    return { ...base, name, dim: 1, rho };
  }
  const rho = (a: number): Matrix => {
    const r = rotationByFraction(m * (a % n), n);
    // R diag(1, -1): negate the second column when a = r^k s.
    return group.reflects(a) ? r.map((row) => [row[0], 0 - row[1]]) : r;
  };
  return { ...base, name: `rotation m=${m}`, dim: 2, rho };
}

/** All real irreps of C_N or D_N, ordered: 1-d ones first, then 2-d by increasing frequency. */
export function planarRealIrreps(group: PlanarGroup): FiniteIrrep[] {
  const n = group.rotations;
  const even = n % 2 === 0;
  const twoDim = Array.from({ length: Math.ceil(n / 2) - 1 }, (_, i) => i + 1);
  if (!group.hasReflections) {
    const oneDim = even ? [0, n / 2] : [0];
    return [...oneDim, ...twoDim].map((m) => cyclicRealIrrep(group, m));
  }
  const oneDim: [0 | 1, number][] = even
    ? [
        [0, 0],
        [1, 0],
        [0, n / 2],
        [1, n / 2],
      ]
    : [
        [0, 0],
        [1, 0],
      ];
  return [
    ...oneDim.map(([j, m]) => dihedralIrrep(group, j, m)),
    ...twoDim.map((m) => dihedralIrrep(group, 1, m)),
  ];
}

/** A real representation read as a complex one (imaginary part 0). */
export function complexifyIrrep(irrep: FiniteIrrep): ComplexIrrep {
  const rho = (a: number): ComplexMatrix => {
    const re = irrep.rho(a);
    return { re, im: re.map((row) => row.map(() => 0)) };
  };
  return {
    group: irrep.group,
    dim: irrep.dim,
    name: irrep.name,
    id: irrep.id,
    latex: irrep.latex,
    frequency: irrep.frequency,
    rho,
  };
}

/** All complex irreps: the N characters of C_N; for D_N its real irreps (all of real type). */
export function planarComplexIrreps(group: PlanarGroup): ComplexIrrep[] {
  if (group.hasReflections) return planarRealIrreps(group).map(complexifyIrrep);
  return Array.from({ length: group.rotations }, (_, k) => cyclicCharacterIrrep(group, k));
}

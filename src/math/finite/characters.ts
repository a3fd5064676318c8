// Characters χ_ρ(g) = Tr ρ(g), their inner product ⟨χ, χ'⟩ = (1/|G|) Σ_g χ(g) conj χ'(g), and the
// character table (rows: complex irreps; columns: conjugacy classes; entries are class functions).

import { trace } from '../linalg';
import type { FiniteGroup, PlanarGroup } from './group';
import { planarComplexIrreps } from './irreps';
import type { ComplexIrrep } from './irreps';
import type { ComplexRepresentation, Representation } from './representations';
import { conjugacyClasses } from './subgroups';

/** A complex class function on G as real and imaginary parts indexed by element. */
export interface ComplexFunction {
  re: number[];
  im: number[];
}

/** χ(g) = Tr ρ(g) of a real representation. */
export function character(rep: Representation): number[] {
  return Array.from({ length: rep.group.order }, (_, g) => trace(rep.rho(g)));
}

/** χ(g) = Tr ρ(g) of a complex representation. */
export function complexCharacter(rep: ComplexRepresentation): ComplexFunction {
  const re: number[] = [];
  const im: number[] = [];
  for (let g = 0; g < rep.group.order; g++) {
    const m = rep.rho(g);
    re.push(trace(m.re));
    im.push(trace(m.im));
  }
  return { re, im };
}

/** ⟨a, b⟩ = (1/|G|) Σ_g a(g) conj b(g). */
export function characterInnerProduct(
  group: FiniteGroup,
  a: ComplexFunction,
  b: ComplexFunction,
): { re: number; im: number } {
  let re = 0;
  let im = 0;
  for (let g = 0; g < group.order; g++) {
    re += a.re[g] * b.re[g] + a.im[g] * b.im[g];
    im += a.im[g] * b.re[g] - a.re[g] * b.im[g];
  }
  return { re: re / group.order, im: im / group.order };
}

/** How often the complex irrep ψ occurs in a real representation: ⟨χ_rep, χ_ψ⟩. */
export function irrepMultiplicity(rep: Representation, irrep: ComplexIrrep): number {
  const chi = { re: character(rep), im: new Array<number>(rep.group.order).fill(0) };
  return characterInnerProduct(rep.group, chi, complexCharacter(irrep)).re;
}

export interface CharacterTable {
  readonly irreps: readonly ComplexIrrep[];
  /** Conjugacy classes as in conjugacyClasses. */
  readonly classes: readonly (readonly number[])[];
  /** re[i][c], im[i][c]: the character of irrep i on class c. */
  readonly re: number[][];
  readonly im: number[][];
}

export function characterTable(group: PlanarGroup): CharacterTable {
  const irreps = planarComplexIrreps(group);
  const classes = conjugacyClasses(group);
  const chars = irreps.map(complexCharacter);
  return {
    irreps,
    classes,
    re: chars.map((chi) => classes.map((c) => chi.re[c[0]])),
    im: chars.map((chi) => classes.map((c) => chi.im[c[0]])),
  };
}

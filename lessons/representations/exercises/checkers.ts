// Checkers of the representations lesson's exercises; every expected value comes from the math core.
import {
  character,
  characterInnerProduct,
  groupFourierTransform,
  planarRealIrreps,
  type FiniteIrrep,
  type PlanarGroup,
  type Representation,
} from '../../../src/math';
import { maxAbsDiff, matmul, type Matrix } from '../../../src/math/linalg';
import type { CheckResult } from '../../../src/ui/exercises/Exercise';
import { parseElement, parseNumber } from '../../../src/ui/exercises/answerParsing';
import { irrepEnergies } from '../../../src/experiments/representations/fourierCheck';

/** Entries are small integers or simple surds; typed answers are accepted within this distance. */
export const MATRIX_TOLERANCE = 1e-6;

/** value = the element index whose matrix was picked; right when that matrix equals ρ(target). */
export function checkMatrixPick(rep: Representation, target: number, value: string): CheckResult {
  const picked = Number(value);
  if (!Number.isInteger(picked) || picked < 0 || picked >= rep.group.order) return false;
  if (maxAbsDiff(rep.rho(picked), rep.rho(target)) === 0) return true;
  return { correct: false, feedback: `That matrix is ρ(${rep.group.label(picked)}).` };
}

/** The irreps on which f has a non-zero Fourier coefficient (above round-off). */
export function irrepsOf(group: PlanarGroup, f: ArrayLike<number>): FiniteIrrep[] {
  return irrepEnergies(group, f)
    .filter((e) => e.norm > 1e-9)
    .map((e) => e.irrep);
}

/** value = an irrep id; right when f lives in that irrep alone. */
export function checkIrrepOfFunction(group: PlanarGroup, f: ArrayLike<number>, value: string): CheckResult {
  const support = irrepsOf(group, f);
  return support.length === 1 && support[0].id === value;
}

/** values = the entries of f̂(ρ) row by row. */
export function checkFourierCoefficient(
  f: ArrayLike<number>,
  irrep: FiniteIrrep,
  values: readonly string[],
): CheckResult {
  const nums = values.map(parseNumber);
  if (nums.some((x) => x === null)) return { correct: false, feedback: 'Enter a number in every entry.' };
  const d = irrep.dim;
  const typed: Matrix = Array.from({ length: d }, (_, i) => nums.slice(i * d, i * d + d) as number[]);
  const expected = groupFourierTransform(f, irrep);
  if (maxAbsDiff(typed, expected) <= MATRIX_TOLERANCE) return true;
  const transposed = expected.map((row, i) => row.map((_, j) => expected[j][i]));
  if (maxAbsDiff(typed, transposed) <= MATRIX_TOLERANCE)
    return { correct: false, feedback: 'That is the transpose: the matrix of the inverse element.' };
  return false;
}

/** values = [count] of the irreps of dimension dim. */
export function checkIrrepCount(group: PlanarGroup, dim: number, text: string): CheckResult {
  const n = parseNumber(text);
  if (n === null) return { correct: false, feedback: 'Enter a whole number.' };
  return n === planarRealIrreps(group).filter((psi) => psi.dim === dim).length;
}

/** The typed element x should satisfy ρ(a)ρ(b) = ρ(x). */
export function checkHomomorphism(
  group: PlanarGroup,
  rep: Representation,
  a: number,
  b: number,
  text: string,
): CheckResult {
  const x = parseElement(group, text);
  if (x === null) return { correct: false, feedback: 'Write the element as e, r^k, s or r^k s.' };
  if (maxAbsDiff(matmul(rep.rho(a), rep.rho(b)), rep.rho(x)) <= MATRIX_TOLERANCE) return true;
  if (x === group.compose(b, a))
    return {
      correct: false,
      feedback: `That is ${group.label(b)}·${group.label(a)}, the product in the other order.`,
    };
  return false;
}

/** ⟨χ, χ⟩ = (1/|G|) Σ_g |χ(g)|² of a real representation's character, from the math core. */
export function characterNorm(rep: Representation): number {
  const chi = { re: character(rep), im: new Array<number>(rep.group.order).fill(0) };
  return characterInnerProduct(rep.group, chi, chi).re;
}

/** The typed ⟨χ, χ⟩ of rep; 1 earns a note, since that is the complex irreps' value. */
export function checkCharacterNorm(rep: Representation, text: string): CheckResult {
  const n = parseNumber(text);
  if (n === null) return { correct: false, feedback: 'Enter a number.' };
  const expected = characterNorm(rep);
  if (Math.abs(n - expected) <= MATRIX_TOLERANCE) return true;
  if (Math.abs(n - 1) <= MATRIX_TOLERANCE)
    return {
      correct: false,
      feedback: '1 is the value for an irrep over ℂ. Add up |χ(g)|² over the group and divide by |G|.',
    };
  return false;
}

// Checkers of the steerable vectors lesson's exercises: pure functions of the typed answers, every
// expected value from the SO(3) tools of the math core (cgTensorProduct, realSphericalHarmonics,
// wignerD, clebschGordan) or the rotation test of degreeInvariants; feedback names the usual mistakes.
import { cgTensorProduct, clebschGordan, realSphericalHarmonics, so3FromAxisAngle, wignerD } from '../../../src/math';
import { maxAbsDiff, transpose, type Matrix } from '../../../src/math/linalg';
import type { CheckResult } from '../../../src/ui/exercises/Exercise';
import { close, parseNumber } from '../../../src/ui/exercises/answerParsing';
import { parseIntegerList, sameSet } from '../../../src/ui/exercises/answerParsing';
import { invarianceTest, isInvariant, type DegreeQuantity } from '../../../src/experiments/steerable/degreeInvariants';
import { harmonicIndex } from '../../../src/experiments/steerable/sphereFunctions';
import { convolutionConstant, spectralConvolution } from '../../../src/experiments/steerable/sphericalConvolution';
import { commutesWithRotations, vectorMapTest, type VectorMap } from '../../../src/experiments/steerable/vectorMaps';

/** Typed harmonics and matrix entries are accepted within this distance. */
export const VALUE_TOLERANCE = 1e-3;
/** Typed Clebsch-Gordan coefficients are accepted within this distance. */
export const CG_TOLERANCE = 1e-4;

const numbers = (values: readonly string[]): number[] | null => {
  const parsed = values.map(parseNumber);
  return parsed.some((x) => x === null) ? null : (parsed as number[]);
};
const near = (a: readonly number[], b: readonly number[], tol: number) =>
  a.length === b.length && a.every((x, i) => close(x, b[i], tol));

/** The output blocks of l1 ⊗_cg l2, as cgTensorProduct returns them (any inputs of the right sizes). */
export function tensorProductBlocks(l1: number, l2: number): { l: number; size: number }[] {
  const ones = (l: number) => Array<number>(2 * l + 1).fill(1);
  return cgTensorProduct(l1, ones(l1), l2, ones(l2)).map((b) => ({ l: b.l, size: b.components.length }));
}

/** The text lists the degrees J that V_l1 ⊗ V_l2 splits into. */
export function checkAllowedDegrees(l1: number, l2: number, text: string): CheckResult {
  const typed = parseIntegerList(text);
  if (typed === null) return { correct: false, feedback: 'Type the degrees as a list, for example 0, 2.' };
  const expected = tensorProductBlocks(l1, l2).map((b) => b.l);
  if (sameSet(typed, expected)) return true;
  const [low, high] = [Math.min(...expected), Math.max(...expected)];
  const notes = [
    typed.some((J) => J < low) && `No J below |l₁ − l₂| = ${low} occurs.`,
    typed.some((J) => J > high) && `No J above l₁ + l₂ = ${high} occurs.`,
    expected.some((J) => !typed.includes(J)) && 'Some allowed degrees are missing.',
  ];
  return { correct: false, feedback: notes.filter(Boolean).join(' ') };
}

/** values = [dim V_l, dim (V_l1 ⊗ V_l2)]. */
export function checkDimensions(l: number, l1: number, l2: number, values: readonly string[]): CheckResult {
  const typed = numbers(values);
  if (typed === null) return { correct: false, feedback: 'Enter two whole numbers.' };
  const [dimV, dimProduct] = typed;
  const blocks = tensorProductBlocks(l1, l2);
  const expected = [realSphericalHarmonics(l, [0, 0, 1]).length, blocks.reduce((s, b) => s + b.size, 0)];
  if (dimV === expected[0] && dimProduct === expected[1]) return true;
  const single = (k: number) => realSphericalHarmonics(k, [0, 0, 1]).length;
  const notes = [
    dimV !== expected[0] && dimV === l && `V_${l} has one component for each order m, not ${l}.`,
    dimProduct === single(l1) + single(l2) &&
      'That is the direct sum V ⊕ V; the tensor product has an entry per pair.',
    dimProduct === blocks.length && 'That counts the output blocks; add up their sizes.',
  ];
  return { correct: false, feedback: notes.filter(Boolean).join(' ') || undefined };
}

/** values = (Y_{1,-1}, Y_{1,0}, Y_{1,1}) at the direction n. */
export function checkHarmonicsL1(n: readonly number[], values: readonly string[]): CheckResult {
  const typed = numbers(values);
  if (typed === null) return { correct: false, feedback: 'Enter three numbers.' };
  const y1 = realSphericalHarmonics(1, n);
  if (near(typed, y1, VALUE_TOLERANCE)) return true;
  const [c1, c0] = [Math.hypot(...y1), realSphericalHarmonics(0, n)[0]];
  // y1 = c1 (y, z, x): the same numbers in the (x, y, z) order, without c1, or with c0 in its place.
  if (near(typed, [y1[2], y1[0], y1[1]], VALUE_TOLERANCE))
    return {
      correct: false,
      feedback: 'Those are the components in the (x, y, z) order; the basis is (y, z, x).',
    };
  if (
    near(
      typed,
      y1.map((v) => v / c1),
      VALUE_TOLERANCE,
    )
  )
    return { correct: false, feedback: 'The direction is right; the normalisation constant is missing.' };
  if (
    near(
      typed,
      y1.map((v) => (v * c0) / c1),
      VALUE_TOLERANCE,
    )
  )
    return { correct: false, feedback: 'That uses the degree-0 constant 1/√(4π); degree 1 has its own.' };
  return false;
}

/** values = the entries of D^(1)(R) row by row (rows and columns m = -1, 0, 1). */
export function checkWignerD1(R: Matrix, values: readonly string[]): CheckResult {
  const typed = numbers(values);
  if (typed === null) return { correct: false, feedback: 'Enter a number in every entry.' };
  const matrix = [typed.slice(0, 3), typed.slice(3, 6), typed.slice(6, 9)];
  const expected = wignerD(1, R);
  if (maxAbsDiff(matrix, expected) <= VALUE_TOLERANCE) return true;
  if (maxAbsDiff(matrix, transpose(expected)) <= VALUE_TOLERANCE)
    return {
      correct: false,
      feedback: 'That is the transpose, D¹(R)ᵀ = D¹(R⁻¹): the rotation the other way.',
    };
  if (maxAbsDiff(matrix, R) <= VALUE_TOLERANCE)
    return { correct: false, feedback: 'That is R in the (x, y, z) order; rows and columns go (y, z, x).' };
  return false;
}

/** value = the picked per-degree quantity; right when it is rotation invariant. */
export function checkInvariantQuantity(value: string): CheckResult {
  const quantity = value as DegreeQuantity;
  if (isInvariant(quantity)) return true;
  const { worst } = invarianceTest(quantity);
  return {
    correct: false,
    feedback: `It changes under rotation: for one random rotation, degree ${worst.l} went from ${worst.before.toFixed(3)} to ${worst.after.toFixed(3)}.`,
  };
}

/** The text is ⟨j1 m1 j2 m2 | J M⟩ to CG_TOLERANCE. */
export function checkClebschGordan([j1, m1, j2, m2, J, M]: readonly number[], text: string): CheckResult {
  const typed = parseNumber(text);
  if (typed === null) return { correct: false, feedback: 'Enter one number (a fraction like 1/3 is fine).' };
  const expected = clebschGordan(j1, m1, j2, m2, J, M);
  if (close(typed, expected, CG_TOLERANCE)) return true;
  if (expected !== 0 && close(typed, -expected, CG_TOLERANCE))
    return { correct: false, feedback: 'The size is right; the sign is not.' };
  if (close(typed, expected * expected, CG_TOLERANCE))
    return {
      correct: false,
      feedback: 'That is the square of the coefficient (a probability in quantum mechanics).',
    };
  return false;
}

/**
 * values = where the rotation by `angle` about `axis` (right-handed) sends the north pole; checked
 * with the math core's Rodrigues formula, the turn the other way named.
 */
export function checkStabilizerImage(axis: readonly number[], angle: number, values: readonly string[]): CheckResult {
  const typed = numbers(values);
  if (typed === null) return { correct: false, feedback: 'Enter a number in every entry.' };
  const image = (a: number) => rotateVector(so3FromAxisAngle(axis, a), [0, 0, 1]);
  const close3 = (v: readonly number[]) => Math.hypot(...v.map((x, i) => x - typed[i])) <= VALUE_TOLERANCE;
  if (close3(image(angle))) return true;
  if (close3(image(-angle)))
    return { correct: false, feedback: 'That is the turn the other way: right-handed means counter-clockwise seen from the tip of the axis.' };
  return false;
}

function rotateVector(r: Matrix, v: readonly number[]): number[] {
  return r.map((row) => row[0] * v[0] + row[1] * v[1] + row[2] * v[2]);
}

const MAP_MISTAKES: Record<VectorMap, string> = {
  relu: 'ReLU on each component clips along the axes of the basis, and a rotation moves the vector across them.',
  norm: '',
  'component-gate': 'The gate reads one component, and rotating v changes it: a gate must be an invariant (a scalar, a norm).',
  bias: 'The added vector stays put while v turns: D(v + c) = Dv + Dc, not Dv + c.',
};

/** value = the picked map of a type-1 vector; right when it commutes with every rotation (tested). */
export function checkCommutingMap(value: string): CheckResult {
  const map = value as VectorMap;
  if (!(map in MAP_MISTAKES)) return false;
  if (commutesWithRotations(map)) return true;
  const error = vectorMapTest(map).maxError;
  return {
    correct: false,
    feedback: `${MAP_MISTAKES[map]} Measured on 20 random vectors and rotations: ‖Φ(Dv) − DΦ(v)‖ reached ${error.toFixed(3)}.`,
  };
}

/**
 * values = (f * h)^m_l typed for each (l, m) of `targets`, for the band-limited f (flat coefficients)
 * and the zonal filter h^0_l; expected from the spectral theorem of sphericalConvolution.
 */
export function checkConvolutionCoefficients(
  f: readonly number[],
  h0: readonly number[],
  targets: readonly (readonly [number, number])[],
  values: readonly string[],
): CheckResult {
  const typed = numbers(values);
  if (typed === null) return { correct: false, feedback: 'Enter a number in every field.' };
  const out = spectralConvolution(f, h0);
  const expected = targets.map(([l, m]) => out[harmonicIndex(l, m)]);
  if (near(typed, expected, VALUE_TOLERANCE)) return true;
  const bare = targets.map(([l, m]) => f[harmonicIndex(l, m)] * (h0[l] ?? 0));
  const scaled = (c: (l: number) => number) => targets.map(([l], k) => bare[k] * c(l));
  const notes = [
    near(typed, bare, VALUE_TOLERANCE) && 'That is f times h without the constant √(4π/(2l+1)).',
    near(typed, scaled(() => Math.sqrt(4 * Math.PI)), VALUE_TOLERANCE) &&
      'That uses the degree-0 constant √(4π); the constant depends on l.',
    near(typed, scaled((l) => 1 / convolutionConstant(l)), VALUE_TOLERANCE) && 'The constant is upside down.',
    targets.some(([l], k) => (h0[l] ?? 0) === 0 && typed[k] !== 0) &&
      'Where the filter has no coefficient of that degree, nothing of that degree comes out.',
  ];
  return { correct: false, feedback: notes.filter(Boolean).join(' ') || undefined };
}

// Checkers of the groups lesson's exercises: pure functions of the typed answers, every expected
// value computed by the math core (nothing hard-coded), with feedback aimed at the usual mistakes.
import { ROUND_OFF } from '../../../src/experiments/exercises/equivarianceExperiments';
import {
  leftCosets,
  P4,
  rightCosets,
  SE2,
  ScaleTranslation,
  angularDistance,
  type P4Element,
  type ScaleTranslationElement,
  type PlanarGroup,
  type SE2Element,
} from '../../../src/math';
import type { CheckResult } from '../../../src/ui/exercises/Exercise';
import { parseElement, parseNumber } from '../../../src/ui/exercises/answerParsing';
import { checkAxioms, firstFailingAxiom, parseOperationTable } from '../../../src/experiments/groups/axioms';

const FORM = 'Write each element as e, r^k, s or r^k s (for example r^3 s).';

/** Row a of the Cayley table: values[b] should name a·b. */
export function checkCayleyRow(group: PlanarGroup, a: number, values: readonly string[]): CheckResult {
  const parsed = values.map((v) => parseElement(group, v));
  if (parsed.some((p) => p === null)) return { correct: false, feedback: FORM };
  const wrong = parsed.flatMap((p, b) =>
    p === group.compose(a, b) ? [] : [`${group.label(a)}·${group.label(b)}`],
  );
  if (wrong.length === 0) return true;
  return {
    correct: false,
    feedback: `${wrong.length} of ${group.order} entries are wrong: ${wrong.join(', ')}.`,
  };
}

/** Any g with g·x ≠ x·g. */
export function checkNonCommuting(group: PlanarGroup, x: number, text: string): CheckResult {
  const g = parseElement(group, text);
  if (g === null) return { correct: false, feedback: FORM };
  const gx = group.compose(g, x),
    xg = group.compose(x, g);
  if (gx !== xg)
    return {
      correct: true,
      feedback: `${group.label(g)}·${group.label(x)} = ${group.label(gx)} but ${group.label(x)}·${group.label(g)} = ${group.label(xg)}.`,
    };
  return {
    correct: false,
    feedback: `${group.label(g)} commutes with ${group.label(x)}: both products are ${group.label(gx)}.`,
  };
}

const DEG = Math.PI / 180;
/** Typed answers to two decimals are accepted within these tolerances. */
export const SE2_TOLERANCE = { translation: 0.01, degrees: 0.5 };

/** values = [x, y, θ in degrees] of g^-1. */
export function checkSE2Inverse(g: SE2Element, values: readonly string[]): CheckResult {
  const [x, y, deg] = values.map(parseNumber);
  if (x === null || y === null || deg === null)
    return { correct: false, feedback: 'Enter three numbers: x, y and the angle in degrees.' };
  const inv = SE2.inverse(g);
  const transOk = Math.hypot(x - inv.x, y - inv.y) <= SE2_TOLERANCE.translation;
  const angleOk = angularDistance(deg * DEG, inv.theta) <= SE2_TOLERANCE.degrees * DEG;
  if (transOk && angleOk) return true;
  if (!angleOk) return { correct: false, feedback: 'The rotation part is not the inverse rotation.' };
  const naive = Math.hypot(x + g.x, y + g.y) <= SE2_TOLERANCE.translation;
  return {
    correct: false,
    feedback: naive
      ? 'The rotation is right, but −x alone is not enough: the translation must also be turned back by the inverse rotation.'
      : 'The rotation is right; the translation is not.',
  };
}

/** Candidate sets for "which set is gH": the left coset, the right coset Hg and two near misses. */
export function cosetOptions(group: PlanarGroup, h: readonly number[], g: number): number[][] {
  const left = leftCosets(group, h).find((c) => c.includes(g))!;
  const right = rightCosets(group, h).find((c) => c.includes(g))!;
  const withH = [...new Set([g, ...h.filter((x) => x !== group.identity)])];
  const withInverse = [...new Set([g, group.inverse(g)])];
  const out: number[][] = [];
  for (const c of [left, right, withH, withInverse]) {
    const sorted = [...c].sort((a, b) => a - b);
    if (!out.some((o) => o.join(',') === sorted.join(','))) out.push(sorted);
  }
  return out;
}

/** value = the picked set as 'i,j,…' (sorted indices). */
export function checkLeftCoset(
  group: PlanarGroup,
  h: readonly number[],
  g: number,
  value: string,
): CheckResult {
  const left = leftCosets(group, h).find((c) => c.includes(g))!;
  if (value === left.join(',')) return true;
  const right = rightCosets(group, h).find((c) => c.includes(g))!;
  if (value === right.join(','))
    return {
      correct: false,
      feedback: `That is the right coset H${group.label(g)} = {h·${group.label(g)}}, where ${group.label(g)} acts first.`,
    };
  return { correct: false };
}

/** value = 'closure' | 'identity' | 'inverses' | 'associativity' | 'group'. */
export function checkFailingAxiom(
  cells: readonly (readonly string[])[],
  symbols: readonly string[],
  value: string,
): CheckResult {
  const first = firstFailingAxiom(checkAxioms(parseOperationTable(cells, symbols)));
  return value === (first ?? 'group');
}

/** values = [r, u, v] of a·b in p4. */
export function checkP4Product(a: P4Element, b: P4Element, values: readonly string[]): CheckResult {
  const [r, u, v] = values.map(parseNumber);
  if (r === null || u === null || v === null)
    return { correct: false, feedback: 'Enter three integers r, u, v.' };
  const ab = P4.compose(a, b);
  if (((r % 4) + 4) % 4 === ab.r && u === ab.u && v === ab.v) return true;
  const naive = u === a.u + b.u && v === a.v + b.v;
  return {
    correct: false,
    feedback: naive ? 'The translations were added without turning the second one.' : undefined,
  };
}

/**
 * values = (x, y, θ in degrees) of an element that fixes `point` and rotates by `degrees`: right when
 * it sends the point to itself (the math core's SE(2) action) with that rotation.
 */
export function checkStabilizerElement(
  point: readonly [number, number],
  degrees: number,
  values: readonly string[],
): CheckResult {
  const [x, y, deg] = values.map(parseNumber);
  if (x === null || y === null || deg === null)
    return { correct: false, feedback: 'Enter three numbers: x, y and the angle in degrees.' };
  if (angularDistance(deg * DEG, degrees * DEG) > SE2_TOLERANCE.degrees * DEG)
    return { correct: false, feedback: `The rotation part should be R_${degrees}°.` };
  const moved = SE2.actOnPoint({ x, y, theta: deg * DEG }, point);
  const miss = Math.hypot(moved[0] - point[0], moved[1] - point[1]);
  if (miss <= SE2_TOLERANCE.translation) return true;
  if (Math.hypot(x, y) <= SE2_TOLERANCE.translation)
    return {
      correct: false,
      feedback: `With no translation this turns about the origin and moves (${point.join(', ')}) away.`,
    };
  return {
    correct: false,
    feedback: `This element sends (${point.join(', ')}) to (${moved.map((v) => v.toFixed(2)).join(', ')}), not to itself.`,
  };
}

/** Typed answers with three decimals are accepted within this distance. */
export const SCALE_TOLERANCE = 0.005;

/** values = [x, y, λ] of a·b in the scale-translation group (math core: (x, λ)(x', λ') = (λx' + x, λλ')). */
export function checkScaleProduct(
  a: ScaleTranslationElement,
  b: ScaleTranslationElement,
  values: readonly string[],
): CheckResult {
  const [x, y, s] = values.map(parseNumber);
  if (x === null || y === null || s === null)
    return { correct: false, feedback: 'Enter three numbers: x, y and the scale λ.' };
  const near = (g: ScaleTranslationElement) =>
    Math.hypot(x - g.x, y - g.y, s - g.s) <= SCALE_TOLERANCE;
  if (near(ScaleTranslation.compose(a, b))) return true;
  if (near(ScaleTranslation.compose(b, a)))
    return { correct: false, feedback: 'That is the product in the other order, b·a: in a·b, b acts first.' };
  if (near({ x: a.x + b.x, y: a.y + b.y, s: a.s * b.s }))
    return {
      correct: false,
      feedback: 'The shifts were added as they are: the second shift must first be scaled by the first λ.',
    };
  return {
    correct: false,
    feedback: Math.abs(s - a.s * b.s) > SCALE_TOLERANCE ? 'The scales multiply.' : 'The scale is right; the shift is not.',
  };
}

/** Candidate elements of p4 for the plain layer: value → (t, r^k), with the CPU reference's error. */
export interface PlainElementOption {
  value: string;
  error: number;
}

/** value = the picked element; right when it is the one the plain layer commutes with (measured). */
export function checkPlainCommutes(options: readonly PlainElementOption[], value: string): CheckResult {
  const picked = options.find((o) => o.value === value);
  if (!picked) return false;
  if (picked.error <= ROUND_OFF) return true;
  return {
    correct: false,
    feedback: `Measured on the CPU reference, the two paths differ by ${picked.error.toFixed(2)} (relative): the turned input meets the same, unturned filter.`,
  };
}

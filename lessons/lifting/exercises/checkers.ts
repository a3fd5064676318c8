// Checkers of the lifting lesson's exercises: pure functions of the typed answers. Every expected
// value comes from the math core (regular action, pixel index maps) or the engine's CPU reference
// (the lifting correlation itself), with feedback aimed at the usual mistakes.
import { liftingCorrelation } from '../../../src/engine/cpu';
import { randomUniform } from '../../../src/layers';
import {
  applyIndexMap,
  cyclicGroup,
  imageActionIndexMap,
  MAX_PLANAR_ROTATIONS,
  planeTransformOf,
  type PlanarGroup,
} from '../../../src/math';
import type { CheckResult } from '../../../src/ui/exercises/Exercise';
import { parseElement, parseNumber } from '../../../src/ui/exercises/answerParsing';
import { checkCount, combineParts, parseCount, parseNumbers } from '../../../src/ui/exercises/answerFields';
import { formatErrorBrief } from '../../../src/experiments/format';

const FORM = 'Write an element as e, r^k, s or r^k s (for example r^3 s).';
/** Planes that agree to this relative L2 distance count as equal (float32 round-off, with room). */
export const PLANE_TOLERANCE = 1e-6;

/** A fixed generic test image: on it, only a filter that survives every element lifts to equal planes. */
export function liftingTestImage(size: number): Float32Array {
  return randomUniform(7, size * size, -1, 1);
}

/** The |G| planes of the lifting correlation of `image` (size x size) with one K x K filter. */
export function liftedPlanes(
  group: PlanarGroup,
  kernel: readonly number[],
  image: Float32Array,
  size: number,
): Float32Array[] {
  const K = Math.round(Math.sqrt(kernel.length));
  const out = liftingCorrelation(image, [1, size, size], Float32Array.from(kernel), [1, 1, K, K], group);
  const plane = size * size;
  return Array.from({ length: group.order }, (_, g) => out.subarray(g * plane, (g + 1) * plane));
}

/** ||a - b|| / ||b|| (0 when both vanish). */
function relativeDistance(a: Float32Array, b: Float32Array): number {
  let d = 0,
    n = 0;
  for (let i = 0; i < a.length; i++) {
    d += (a[i] - b[i]) ** 2;
    n += b[i] ** 2;
  }
  return n === 0 ? (d === 0 ? 0 : Infinity) : Math.sqrt(d / n);
}

/** values: the K x K filter row by row; right when every lifted plane equals the plane of e. */
export function checkEqualPlanes(
  group: PlanarGroup,
  image: Float32Array,
  size: number,
  values: readonly string[],
): CheckResult {
  const kernel = parseNumbers(values);
  if (!kernel) return { correct: false, feedback: 'Type a number in every cell (0 for an empty one).' };
  if (kernel.every((v) => v === 0))
    return { correct: false, feedback: 'The zero filter gives equal planes, all zero: it detects nothing.' };
  if (kernel.every((v) => v === kernel[0]))
    return { correct: false, feedback: 'A constant filter works, but use at least two different values.' };
  const planes = liftedPlanes(group, kernel, image, size);
  const distances = planes.map((p) => relativeDistance(p, planes[0]));
  const differ = distances.flatMap((d, g) => (d > PLANE_TOLERANCE ? [g] : []));
  if (differ.length === 0) {
    const worst = Math.max(...distances);
    return {
      correct: true,
      feedback: `All ${group.order} planes agree (largest relative difference ${formatErrorBrief(worst)}).`,
    };
  }
  const names = differ.map((g) => group.label(g)).join(', ');
  const halfTurn = group.rotations % 2 === 0 ? group.rotations / 2 : -1;
  const survivesHalfTurn = halfTurn > 0 && !differ.includes(halfTurn);
  return {
    correct: false,
    feedback:
      `The planes of ${names} differ from the plane of e.` +
      (survivesHalfTurn ? ' Your ψ survives a half turn, but not a quarter turn.' : ''),
  };
}

/** Which plane a slot of a lifted map shows after g acts. */
export interface SlotQuestion {
  group: PlanarGroup;
  g: number;
  slot: number;
}

/** (L_g F)(h) = F(g^-1 h): slot h shows plane g^-1 h, read from the regular action's permutation. */
export const planeInSlot = (q: SlotQuestion): number => planeTransformOf(q.group, q.g).perm[q.slot];

function checkSlot(q: SlotQuestion, text: string): CheckResult {
  const { group, g, slot } = q;
  const p = parseElement(group, text);
  if (p === null) return { correct: false, feedback: FORM };
  if (p === planeInSlot(q)) return true;
  if (p === group.compose(g, slot))
    return {
      correct: false,
      feedback: 'that is g·h, where the plane in slot h moves to; slot h receives g⁻¹h',
    };
  if (group.reflects(g) && group.reflects(p) === group.reflects(slot))
    return { correct: false, feedback: 'a mirror moves every plane to the other ring (r^k ↔ r^k s)' };
  if (p === group.compose(slot, group.inverse(g)))
    return { correct: false, feedback: 'h·g⁻¹ is the other order; with a mirror the order matters' };
  return { correct: false };
}

/** values[i] names the plane shown in questions[i]'s slot. */
export function checkSlots(questions: readonly SlotQuestion[], values: readonly string[]): CheckResult {
  return combineParts(questions.map((q, i) => ({ name: `(${i + 1})`, result: checkSlot(q, values[i]) })));
}

/** A small drawing and the element whose action the student should find. */
export interface ElementQuestion {
  group: PlanarGroup;
  size: number;
  source: readonly number[];
  /** L_g source for the element g the question is about. */
  target: readonly number[];
}

/** L_g f as an index map on the pixel grid ((L_g f)(x) = f(g^-1 x)). */
export function actOnDrawing(group: PlanarGroup, g: number, f: readonly number[], size: number): number[] {
  return Array.from(applyIndexMap(f, imageActionIndexMap(group, g, size)));
}

const mapsTo = (q: ElementQuestion, g: number) =>
  actOnDrawing(q.group, g, q.source, q.size).every((v, i) => v === q.target[i]);

function checkElement(q: ElementQuestion, text: string): CheckResult {
  const g = parseElement(q.group, text);
  if (g === null) return { correct: false, feedback: FORM };
  if (mapsTo(q, g)) return true;
  const inverse = q.group.inverse(g);
  if (mapsTo(q, inverse))
    return {
      correct: false,
      feedback: `${q.group.label(g)} maps the result back to the drawing: that is g⁻¹`,
    };
  const answerReflects = Array.from({ length: q.group.order }, (_, h) => h).some(
    (h) => q.group.reflects(h) && mapsTo(q, h),
  );
  if (answerReflects && q.group.reflects(g))
    return {
      correct: false,
      feedback: `${q.group.label(g)} is a mirror too, across another line (in r^k s, s acts first)`,
    };
  return { correct: false, feedback: `${q.group.label(g)} turns the drawing into a different picture` };
}

/** values[i] names an element mapping questions[i].source to questions[i].target. */
export function checkElements(questions: readonly ElementQuestion[], values: readonly string[]): CheckResult {
  return combineParts(questions.map((q, i) => ({ name: `g${i + 1}`, result: checkElement(q, values[i]) })));
}

/** values: the learned weights of a lifting layer and the entries of its filter bank. */
export function checkLiftingCounts(
  counts: { weights: number; bank: number },
  groupOrder: number,
  values: readonly string[],
): CheckResult {
  const [weights, bank] = values.map(parseCount);
  return combineParts([
    {
      name: 'The weights',
      result: checkCount(weights, counts.weights, [
        [counts.bank, 'the turned copies are made from the filters, not learned'],
      ]),
    },
    {
      name: 'The bank',
      result: checkCount(bank, counts.bank, [
        [
          counts.weights,
          `the bank holds one turned copy of every filter for each of the ${groupOrder} elements`,
        ],
      ]),
    },
  ]);
}

/** The orientations of C_N in degrees, read from the math core's element angles. */
const orientationDegrees = (N: number): number[] => {
  const G = cyclicGroup(N);
  return Array.from({ length: N }, (_, k) => (G.angle(k) * 180) / Math.PI);
};

/** The largest angle between any rotation and the nearest orientation of C_N: half the widest spacing. */
export function largestOrientationGap(N: number): number {
  const a = orientationDegrees(N);
  const spacings = a.map((d, k) => (k + 1 < N ? a[k + 1] : 360 + a[0]) - d);
  // Rounded to 1e-9 degrees: the element angles carry float round-off.
  return Math.round((Math.max(...spacings) / 2) * 1e9) / 1e9;
}

/** Whether C_N has an element that rotates by `deg` degrees. */
export function samplesAngle(N: number, deg: number): boolean {
  return orientationDegrees(N).some((d) => Math.abs(d - (((deg % 360) + 360) % 360)) < 1e-9);
}

/** The smallest N whose orientations include every angle listed. */
export function smallestGridThrough(angles: readonly number[]): number {
  for (let N = 1; N <= MAX_PLANAR_ROTATIONS; N++) if (angles.every((a) => samplesAngle(N, a))) return N;
  throw new Error(`no C_N with N <= ${MAX_PLANAR_ROTATIONS} samples ${angles.join(', ')} degrees`);
}

export interface OrientationGridQuestion {
  /** (1) the N whose largest gap is asked for */
  N: number;
  /** (2) the angles (degrees) the smallest grid must contain */
  angles: readonly number[];
}

function checkGap(N: number, text: string): CheckResult {
  const typed = parseNumber(text.replace(/°\s*$/, ''));
  if (typed === null) return { correct: false, feedback: 'type an angle in degrees, e.g. 12.5' };
  const right = largestOrientationGap(N);
  if (Math.abs(typed - right) < 1e-6) return true;
  if (Math.abs(typed - 2 * right) < 1e-6)
    return { correct: false, feedback: `${typed}° is the whole step 360°/${N}; the nearest sample is closer` };
  return { correct: false };
}

function checkGrid(angles: readonly number[], text: string): CheckResult {
  const typed = parseCount(text);
  const right = smallestGridThrough(angles);
  if (typed === null || typed === right) return checkCount(typed, right);
  if (typed < 1 || typed > MAX_PLANAR_ROTATIONS) return { correct: false };
  const missed = angles.filter((a) => !samplesAngle(typed, a));
  if (missed.length === 0) return { correct: false, feedback: `N = ${typed} samples both, but a smaller N does too` };
  const step = +(360 / typed).toFixed(2);
  return { correct: false, feedback: `N = ${typed} samples every ${step}° and misses ${missed.join('° and ')}°` };
}

/** values: (1) the largest gap for question.N, in degrees; (2) the smallest N sampling every angle. */
export function checkOrientationGrid(question: OrientationGridQuestion, values: readonly string[]): CheckResult {
  return combineParts([
    { name: '(1)', result: checkGap(question.N, values[0]) },
    { name: '(2)', result: checkGrid(question.angles, values[1]) },
  ]);
}

// Checker of the stride-2 exercise: which output shift matches an input shift after a C4 lifting
// layer and stride-2 subsampling? Every typed shift is measured on the engine's CPU reference
// (liftingCorrelation on a fixed random image, zero-padded so that nothing leaves the map), never
// compared with a stored answer.
import { liftingCorrelation } from '../../../src/engine/cpu';
import { randomNormal, randomUniform } from '../../../src/layers';
import { applyIndexMap, imageActionIndexMap, type Point2 } from '../../../src/math';
import { actOnLifted, C4, padImage, relativeError, stridedSize, subsample } from '../../../src/experiments/subsampling/stride';
import { ROUND_OFF } from '../../../src/experiments/exercises/equivarianceExperiments';
import { formatErrorBrief } from '../../../src/experiments/format';
import type { CheckResult } from '../../../src/ui/exercises/Exercise';
import { combineParts } from '../../../src/ui/exercises/answerFields';
import { parseIntegerList } from '../../../src/ui/exercises/answerParsing';

const IMAGE = 16;
const MARGIN = 8;
const N = IMAGE + 2 * MARGIN;
const K = 3;
/** Output shifts searched for a match: wider than any input shift the exercise asks about can need. */
const SEARCH = 4;

const image = padImage(randomUniform(21, IMAGE * IMAGE, -1, 1), IMAGE, MARGIN, MARGIN);
const filter = randomNormal(22, K * K);
const lift = (f: Float32Array) =>
  liftingCorrelation(f, [1, N, N], filter, [1, 1, K, K], C4, { interpolation: 'nearest', mask: false });
const strided = (f: Float32Array) => subsample(lift(f), 4, N);
const base = strided(image);

/** S Φ(L_t f): the input shifted by t = (right, up), lifted, subsampled. */
const stridedShifted = (t: Point2) => strided(Float32Array.from(applyIndexMap(image, imageActionIndexMap(C4, 0, N, t))));

/** ||S Φ(L_t f) − L_u S Φ(f)|| / ||L_u S Φ(f)||: how far the output shift u is from matching the input shift t. */
export function strideShiftError(t: Point2, u: Point2, after = stridedShifted(t)): number {
  return relativeError(after, actOnLifted(base, stridedSize(N), 0, u));
}

/** The output shifts within ±SEARCH that match t to round-off, and the best of the others. */
export function strideShiftMatches(t: Point2): { matches: [number, number][]; closest: { u: [number, number]; error: number } } {
  const after = stridedShifted(t);
  const matches: [number, number][] = [];
  let closest = { u: [0, 0] as [number, number], error: Infinity };
  for (let x = -SEARCH; x <= SEARCH; x++)
    for (let y = -SEARCH; y <= SEARCH; y++) {
      const error = strideShiftError(t, [x, y], after);
      if (error <= ROUND_OFF) matches.push([x, y]);
      else if (error < closest.error) closest = { u: [x, y], error };
    }
  return { matches, closest };
}

const NONE = /^\s*(none|no|no shift|nothing|-|—|–)\s*$/i;
const pairText = (p: Point2) => `(${p[0]}, ${p[1]})`.replace(/-/g, '−');

/** One field: an output shift "(x, y)" or "none". */
function checkOne(t: Point2, text: string): CheckResult {
  const { matches, closest } = strideShiftMatches(t);
  if (NONE.test(text)) {
    if (matches.length === 0) return true;
    return { correct: false, feedback: `the output shifted by ${pairText(matches[0])} matches exactly` };
  }
  const typed = parseIntegerList(text);
  if (!typed || typed.length !== 2) return { correct: false, feedback: 'type a shift like (1, −2), or none' };
  const u: Point2 = [typed[0], typed[1]];
  const error = strideShiftError(t, u);
  if (error <= ROUND_OFF) return true;
  if (matches.length === 0)
    return {
      correct: false,
      feedback: `no output shift matches: the kept samples land on dropped ones; yours leaves a relative error of ${formatErrorBrief(error)}, the closest ${pairText(closest.u)} still ${formatErrorBrief(closest.error)}`,
    };
  if (u[0] === t[0] && u[1] === t[1])
    return { correct: false, feedback: 'the output has half as many pixels a side, so it moves half as far' };
  return { correct: false, feedback: `that shift leaves a relative error of ${formatErrorBrief(error)}` };
}

/** values[i]: the typed output shift for the input shift shifts[i]. */
export function checkStrideShifts(shifts: readonly Point2[], values: readonly string[]): CheckResult {
  return combineParts(shifts.map((t, i) => ({ name: `For t = ${pairText(t)}`, result: checkOne(t, values[i]) })));
}

// Checkers of the harmonic filters lesson's exercises: pure functions of the typed answers. Expected
// values come from the math core (the SO(2) irreps e^{imθ}), the sampled filters (circularHarmonic,
// through the filter explorer's filterFacts) or a harmonic network run on the CPU engine
// (measuredOrder); feedback names the usual mistakes.
import { angularDistance, so2Irrep } from '../../../src/math';
import type { RadialProfile } from '../../../src/layers';
import type { CheckResult } from '../../../src/ui/exercises/Exercise';
import { close, parseNumber } from '../../../src/ui/exercises/answerParsing';
import { filterFacts } from '../../../src/experiments/harmonic/filterFacts';
import type { Complex } from '../../../src/experiments/harmonic/phase';
import { parseIntegerList, sameSet } from '../../../src/ui/exercises/answerParsing';
import type { OrderNet } from '../../../src/experiments/harmonic/measuredOrder';

const DEG = Math.PI / 180;
/** Typed phase turns are accepted within this many degrees (mod 360). */
export const PHASE_TOLERANCE_DEG = 0.5;
/** Typed real and imaginary parts are accepted within this distance. */
export const VALUE_TOLERANCE = 1e-3;

/** e^{imθ} as [re, im]: the SO(2) irrep of frequency |m| at sign(m)·θ, whose first column is (cos mθ, sin mθ). */
export function phaseFactor(m: number, theta: number): Complex {
  const r = so2Irrep(Math.abs(m))(Math.sign(m) * theta);
  return r.length === 1 ? [1, 0] : [r[0][0], r[1][0]];
}

/** The text is a turn in degrees; the order-m response turns by arg e^{imθ} (any multiple of 360 apart). */
export function checkPhaseTurn(m: number, theta: number, text: string): CheckResult {
  const deg = parseNumber(text);
  if (deg === null) return { correct: false, feedback: 'Enter one number: the turn in degrees.' };
  const [re, im] = phaseFactor(m, theta);
  const expected = Math.atan2(im, re);
  const near = (target: number) => angularDistance(deg * DEG, target) <= PHASE_TOLERANCE_DEG * DEG;
  if (near(expected)) return true;
  if (near(-expected))
    return {
      correct: false,
      feedback: `That is how far an order ${-m} response turns: the sign of m decides which way the phase goes.`,
    };
  if (near(theta))
    return {
      correct: false,
      feedback: 'That is the turn of the input; an order-m phase turns m times as far.',
    };
  return false;
}

const times = (a: Complex, b: Complex): Complex => [a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]];

/** values = [Re, Im] of the response z0 after the input turns by theta: z0 e^{imθ}. */
export function checkTurnedResponse(
  m: number,
  theta: number,
  z0: Complex,
  values: readonly string[],
): CheckResult {
  const [re, im] = values.map(parseNumber);
  if (re === null || im === null)
    return { correct: false, feedback: 'Enter two numbers: the real and the imaginary part.' };
  const is = (factor: Complex) => {
    const z = times(z0, factor);
    return close(re, z[0], VALUE_TOLERANCE) && close(im, z[1], VALUE_TOLERANCE);
  };
  if (is(phaseFactor(m, theta))) return true;
  if (is(phaseFactor(-m, theta)))
    return { correct: false, feedback: 'That is z₀ times e^(−imθ): the phase turned the wrong way.' };
  if (is(phaseFactor(m, theta / DEG)))
    return { correct: false, feedback: 'The angle was read in radians; mθ here is in degrees.' };
  if (is(phaseFactor(1, theta)))
    return { correct: false, feedback: 'That turns z₀ by θ; an order-m response turns by mθ.' };
  return false;
}

/** A rotation order to predict: the network whose order is measured, and its field label. */
export interface OrderQuestion {
  label: string;
  net: OrderNet;
}

/** Why a typed order is wrong, from the shape of the net. */
function orderNote(q: OrderQuestion, typed: number): string | undefined {
  const last = q.net.after.at(-1);
  if (last === 'magnitude') return `|z| drops the phase, so ${q.label} does not turn at all.`;
  if (last === 'cRelu' && typed === 0)
    return 'ℂ-ReLU only rescales |z|; it keeps the phase and so the order.';
  const [first] = q.net.branches;
  if (q.net.branches.length === 1 && typed === first.reduce((p, m) => p * m, 1))
    return 'Along a chain the orders add; they do not multiply.';
  return undefined;
}

/** values[i] = the order typed for questions[i]; measured[i] = the order the network shows. */
export function checkOrders(
  questions: readonly OrderQuestion[],
  measured: readonly number[],
  values: readonly string[],
): CheckResult {
  const typed = values.map(parseNumber);
  if (typed.some((t) => t === null || !Number.isInteger(t)))
    return { correct: false, feedback: 'Enter a whole number (an order, possibly negative) in every field.' };
  const wrong = measured.flatMap((order, i) => (typed[i] === order ? [] : [i]));
  if (wrong.length === 0) return true;
  const notes = wrong.map((i) => orderNote(questions[i], typed[i]!)).filter((n) => n !== undefined);
  const names = wrong.map((i) => questions[i].label).join(', ');
  return { correct: false, feedback: [`Not right: ${names}.`, ...new Set(notes)].join(' ') };
}

/** |ΣW_m| / Σ|W_m| for each order: the response to a constant image, relative (as the filter explorer shows it). */
export function constantResponses(orders: readonly number[], K: number, radial: RadialProfile) {
  return orders.map((m) => ({ m, response: filterFacts(m, K, radial, 0).constantResponse }));
}

const filterName = (m: number) => `W_${m}`.replace('-', '−');

/** The text lists the orders whose relative constant response exceeds threshold. */
export function checkConstantResponse(
  orders: readonly number[],
  K: number,
  radial: RadialProfile,
  threshold: number,
  text: string,
): CheckResult {
  const typed = parseIntegerList(text);
  if (typed === null) return { correct: false, feedback: 'Type the orders as a list, for example 1, 3.' };
  const expected = constantResponses(orders, K, radial)
    .filter((r) => r.response > threshold)
    .map((r) => r.m);
  if (sameSet(typed, expected)) return true;
  const extra = typed.filter((m) => !expected.includes(m));
  const missing = expected.filter((m) => !typed.includes(m));
  const notes = [
    extra.length > 0 && `The samples of ${extra.map(filterName).join(', ')} sum to (nearly) zero.`,
    missing.length > 0 &&
      `${missing.length} filter${missing.length > 1 ? 's' : ''} with a non-zero sum missing.`,
  ];
  return { correct: false, feedback: notes.filter(Boolean).join(' ') };
}

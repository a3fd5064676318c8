// Checker of the lifting-to-harmonics exercise: which orders n the m-th orientation coefficient of
// a C_N lifted map cannot tell apart from m. Expected values from the math core: e^{i n theta}
// restricted to the rotations of C_N, compared with the character chi_{m mod N} of C_N.
import { cyclicCharacterIrrep, cyclicGroup, groupElements, so2Irrep } from '../../../src/math';
import type { CheckResult } from '../../../src/ui/exercises/Exercise';
import { parseIntegerList, sameSet } from '../../../src/ui/exercises/answerParsing';

/** e^{i n theta} as [cos, sin]: the first column of the SO(2) irrep of frequency |n| at sign(n) theta. */
function so2Character(n: number, theta: number): [number, number] {
  const r = so2Irrep(Math.abs(n))(Math.sign(n) * theta);
  return r.length === 1 ? [1, 0] : [r[0][0], r[1][0]];
}

/** The orders n in [lo, hi] whose e^{i n theta} equals chi_m of C_N on every element: n = m (mod N). */
export function ordersSeenAs(m: number, N: number, lo: number, hi: number): number[] {
  const G = cyclicGroup(N);
  const chi = cyclicCharacterIrrep(G, ((m % N) + N) % N);
  const elements = groupElements(G);
  const out: number[] = [];
  for (let n = lo; n <= hi; n++) {
    const same = elements.every((g) => {
      const { re, im } = chi.rho(g);
      const [c, s] = so2Character(n, G.angle(g));
      return Math.abs(c - re[0][0]) < 1e-9 && Math.abs(s - im[0][0]) < 1e-9;
    });
    if (same) out.push(n);
  }
  return out;
}

/** The text lists the orders in [lo, hi] that alias onto m over C_N. */
export function checkAliasedOrders(m: number, N: number, lo: number, hi: number, text: string): CheckResult {
  const typed = parseIntegerList(text);
  if (typed === null) return { correct: false, feedback: 'Type the orders as a list, for example 1, 9.' };
  const expected = ordersSeenAs(m, N, lo, hi);
  if (sameSet(typed, expected)) return true;
  if (!typed.includes(m))
    return { correct: false, feedback: `Order ${m} itself belongs in the list: it is what the coefficient is meant to measure.` };
  const stray = typed.filter((n) => !expected.includes(n));
  if (stray.some((n) => (((n + m) % N) + N) % N === 0))
    return {
      correct: false,
      feedback: `${stray.join(', ').replace(/-/g, '−')}: that is −m (mod N), the conjugate order; it aliases onto −${m}, not onto ${m}.`,
    };
  if (stray.length > 0)
    return { correct: false, feedback: `${stray.join(', ').replace(/-/g, '−')} differ from ${m} by no multiple of ${N}.` };
  return { correct: false, feedback: `Some orders are missing: every n = ${m} + kN in the range counts, negative k too.` };
}

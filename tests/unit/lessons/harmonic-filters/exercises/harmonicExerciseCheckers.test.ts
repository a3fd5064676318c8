// The harmonic filters lesson's checkers accept the answers worked out by hand (cos/sin tables, the
// order rules of Worrall et al. 2017, the quarter-turn argument) and reject the usual mistakes with feedback.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { circularHarmonic, defaultRadialProfile } from '../../../../../src/layers';
import type { CheckResult } from '../../../../../src/ui/exercises/Exercise';
import {
  checkConstantResponse,
  checkOrders,
  checkPhaseTurn,
  checkTurnedResponse,
  constantResponses,
  phaseFactor,
  type OrderQuestion,
} from '../../../../../lessons/harmonic-filters/exercises/checkers';
import { asSet, parseIntegerList } from '../../../../../src/ui/exercises/answerParsing';

const DEG = Math.PI / 180;
const ok = (r: CheckResult) => (typeof r === 'boolean' ? r : r.correct);
const feedback = (r: CheckResult) => (typeof r === 'boolean' ? undefined : r.feedback);

describe('phase factor e^{imθ}', () => {
  test('equals (cos mθ, sin mθ) for every integer order, negative ones included (to 1e-12)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -8, max: 8 }), fc.double({ min: -7, max: 7, noNaN: true }), (m, t) => {
        const [re, im] = phaseFactor(m, t);
        expect(re).toBeCloseTo(Math.cos(m * t), 12);
        expect(im).toBeCloseTo(Math.sin(m * t), 12);
      }),
      { numRuns: 50 },
    );
  });
});

describe('phase turn for m = −2, θ = 50°: −100°, worked by hand', () => {
  const check = (v: string) => checkPhaseTurn(-2, 50 * DEG, v);
  test('accepts −100 and the same turn written mod 360, within 0.5°', () => {
    for (const v of ['-100', '−100', '260', '620', '-99.6', '-460']) expect(ok(check(v)), v).toBe(true);
  });
  test('rejects a flipped sign, the input turn, and answers beyond the tolerance', () => {
    expect(feedback(check('100'))).toContain('sign of m');
    expect(feedback(check('50'))).toContain('m times');
    expect(ok(check('-101'))).toBe(false);
    expect(feedback(check('a lot'))).toContain('one number');
  });
});

describe('turned response: z0 = 2, m = 3, θ = 40° gives 2e^{i120°} = −1 + 1.732i', () => {
  const check = (re: string, im: string) => checkTurnedResponse(3, 40 * DEG, [2, 0], [re, im]);
  test('accepts three decimals and rejects 2e-3 off (tolerance 1e-3)', () => {
    expect(ok(check('-1', '1.732'))).toBe(true);
    expect(ok(check('−1.000', '1.7325'))).toBe(true);
    expect(ok(check('-1', '1.734'))).toBe(false);
  });
  test('names the conjugate, radians for degrees, and the missing factor m', () => {
    expect(feedback(check('-1', '-1.732'))).toContain('wrong way');
    // 2 (cos 120 rad, sin 120 rad), from a calculator in radian mode.
    expect(feedback(check('1.628', '1.161'))).toContain('radians');
    // 2 (cos 40°, sin 40°).
    expect(feedback(check('1.532', '1.286'))).toContain('turns by mθ');
  });
});

describe('order arithmetic', () => {
  const questions: OrderQuestion[] = [
    { label: '(a) chain', net: { branches: [[2, -3]], after: [] } },
    {
      label: '(b) sum',
      net: {
        branches: [
          [2, -3],
          [-2, 1],
        ],
        after: [],
      },
    },
    {
      label: '(c) after ℂ-ReLU',
      net: {
        branches: [
          [2, -3],
          [-2, 1],
        ],
        after: ['cRelu'],
      },
    },
    {
      label: '(d) after |·|',
      net: {
        branches: [
          [2, -3],
          [-2, 1],
        ],
        after: ['cRelu', 'magnitude'],
      },
    },
  ];
  // By hand: 2 + (−3) = −1, −2 + 1 = −1, ℂ-ReLU keeps the phase, |z| has none.
  const hand = [-1, -1, -1, 0];
  test('accepts the orders worked by hand', () => {
    expect(ok(checkOrders(questions, hand, ['-1', '−1', '-1', '0']))).toBe(true);
  });
  test('names the wrong fields and the rule each mistake breaks', () => {
    const r = checkOrders(questions, hand, ['-6', '-1', '0', '-1']);
    expect(ok(r)).toBe(false);
    expect(feedback(r)).toContain('(a) chain, (c) after ℂ-ReLU, (d) after |·|');
    expect(feedback(r)).toContain('do not multiply');
    expect(feedback(r)).toContain('keeps the phase');
    expect(feedback(r)).toContain('drops the phase');
    expect(feedback(checkOrders(questions, hand, ['-1', '-1', '-1', '1/2']))).toContain('whole number');
  });
});

describe('constant image on the 9 x 9 grid', () => {
  const radial = defaultRadialProfile(9);
  const check = (v: string) => checkConstantResponse([0, 1, 2, 3, 4], 9, radial, 1e-3, v);
  test('ΣW_m vanishes unless 4 | m (a quarter turn multiplies the sum by e^{-imπ/2}), for several K', () => {
    for (const K of [5, 7, 9, 13])
      for (const { m, response } of constantResponses(
        [-6, -5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5, 6],
        K,
        defaultRadialProfile(K),
      ))
        if (m % 4 === 0) expect(response, `K ${K}, m ${m}`).toBeGreaterThan(1e-4);
        else expect(response, `K ${K}, m ${m}`).toBeLessThan(1e-9);
  });
  test('the relative response is |ΣW| / Σ|W| of the sampled filter, summed here directly', () => {
    const w = circularHarmonic(4, 9, radial);
    let [re, im, l1] = [0, 0, 0];
    for (let k = 0; k < 81; k++) {
      re += w[k];
      im += w[81 + k];
      l1 += Math.hypot(w[k], w[81 + k]);
    }
    expect(constantResponses([4], 9, radial)[0].response).toBeCloseTo(Math.hypot(re, im) / l1, 12);
  });
  test('accepts {0, 4} in any spelling; names missing and extra filters', () => {
    for (const v of ['0, 4', '{4, 0}', '0 4', '4;0']) expect(ok(check(v)), v).toBe(true);
    expect(feedback(check('0'))).toContain('1 filter with a non-zero sum missing');
    expect(feedback(check('0, 2, 4'))).toContain('W_2');
    expect(feedback(check('zero'))).toContain('as a list');
  });
});

describe('integer lists', () => {
  test('parses separators, brackets and Unicode minus; rejects non-integers', () => {
    expect(parseIntegerList('{−4, 0 ,4}')).toEqual([-4, 0, 4]);
    expect(parseIntegerList('1;2 3')).toEqual([1, 2, 3]);
    expect(parseIntegerList('1, 2.5')).toBeNull();
    expect(parseIntegerList('  ')).toBeNull();
    expect(asSet([3, 1, 3])).toEqual([1, 3]);
  });
});

// The steerable vectors lesson's checkers accept the answers worked out by hand (the triangle rule,
// 2l + 1, Y_1 = sqrt(3/(4π)) (y, z, x), D^(1)(R) = P R P^T, the tabulated <1 0 1 0 | 0 0> = −1/√3)
// and reject the usual mistakes with feedback.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { mulberry32 } from '../../../../../src/layers';
import { so3Random, so3RotationZ } from '../../../../../src/math';
import { matmul, transpose, type Matrix } from '../../../../../src/math/linalg';
import type { CheckResult } from '../../../../../src/ui/exercises/Exercise';
import {
  invarianceTest,
  type DegreeQuantity,
} from '../../../../../src/experiments/steerable/degreeInvariants';
import {
  checkAllowedDegrees,
  checkClebschGordan,
  checkDimensions,
  checkHarmonicsL1,
  checkInvariantQuantity,
  checkWignerD1,
  tensorProductBlocks,
} from '../../../../../lessons/steerable-vectors/exercises/checkers';

const ok = (r: CheckResult) => (typeof r === 'boolean' ? r : r.correct);
const feedback = (r: CheckResult) => (typeof r === 'boolean' ? undefined : r.feedback);
const entries = (m: Matrix) => m.flat().map(String);

describe('Clebsch-Gordan degrees and dimensions', () => {
  test('blocks run over J = |l1 − l2|..l1 + l2 with sizes 2J + 1 adding up to (2l1+1)(2l2+1)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 4 }), (l1, l2) => {
        const blocks = tensorProductBlocks(l1, l2);
        const degrees = Array.from(
          { length: l1 + l2 - Math.abs(l1 - l2) + 1 },
          (_, k) => Math.abs(l1 - l2) + k,
        );
        expect(blocks.map((b) => b.l)).toEqual(degrees);
        expect(blocks.every((b) => b.size === 2 * b.l + 1)).toBe(true);
        expect(blocks.reduce((s, b) => s + b.size, 0)).toBe((2 * l1 + 1) * (2 * l2 + 1));
      }),
      { numRuns: 25 },
    );
  });
  test('2 ⊗ 1 splits into J = 1, 2, 3; mistakes below, above and missing are named', () => {
    for (const v of ['1, 2, 3', '3 2 1', '{1,2,3}']) expect(ok(checkAllowedDegrees(2, 1, v)), v).toBe(true);
    expect(feedback(checkAllowedDegrees(2, 1, '0, 1, 2, 3'))).toContain('below');
    expect(feedback(checkAllowedDegrees(2, 1, '1, 2, 3, 4'))).toContain('above');
    expect(feedback(checkAllowedDegrees(2, 1, '1, 3'))).toContain('missing');
    expect(feedback(checkAllowedDegrees(2, 1, '1 to 3'))).toContain('as a list');
  });
  test('dim V_3 = 7, dim V_3 ⊗ V_2 = 35; l, the direct sum 12 and the block count 5 are named', () => {
    expect(ok(checkDimensions(3, 3, 2, ['7', '35']))).toBe(true);
    expect(feedback(checkDimensions(3, 3, 2, ['3', '35']))).toContain('one component for each order');
    expect(feedback(checkDimensions(3, 3, 2, ['7', '12']))).toContain('direct sum');
    expect(feedback(checkDimensions(3, 3, 2, ['7', '5']))).toContain('counts the output blocks');
  });
});

describe('degree-1 harmonics at n = (2, −1, 2)/3', () => {
  const n = [2 / 3, -1 / 3, 2 / 3];
  const c = Math.sqrt(3 / (4 * Math.PI)); // 0.48860
  const check = (v: number[]) =>
    checkHarmonicsL1(
      n,
      v.map((x) => x.toFixed(3)),
    );
  test('accepts sqrt(3/(4π)) (y, z, x) = (−0.163, 0.326, 0.326) to three decimals', () => {
    expect(ok(check([-c / 3, (2 * c) / 3, (2 * c) / 3]))).toBe(true);
    expect(ok(checkHarmonicsL1(n, ['-0.163', '0.326', '0.326']))).toBe(true);
    expect(ok(checkHarmonicsL1(n, ['-0.165', '0.326', '0.326']))).toBe(false); // 2e-3 > 1e-3
  });
  test('names the (x, y, z) order, the missing constant and the degree-0 constant', () => {
    expect(feedback(check([(2 * c) / 3, -c / 3, (2 * c) / 3]))).toContain('(x, y, z)');
    expect(feedback(check([-1 / 3, 2 / 3, 2 / 3]))).toContain('normalisation');
    const c0 = 1 / Math.sqrt(4 * Math.PI);
    expect(feedback(check([-c0 / 3, (2 * c0) / 3, (2 * c0) / 3]))).toContain('degree-0');
  });
});

describe('D^(1) of the quarter turn about z', () => {
  const R = so3RotationZ(Math.PI / 2);
  // In (y, z, x): R sends x to y and y to −x, so y' = x, z' = z, x' = −y.
  const hand = [
    [0, 0, 1],
    [0, 1, 0],
    [-1, 0, 0],
  ];
  test('accepts the matrix worked by hand; names the transpose and R in (x, y, z) order', () => {
    expect(ok(checkWignerD1(R, entries(hand)))).toBe(true);
    expect(ok(checkWignerD1(R, ['0', '0', '1', '0', '1', '0', '−1', '0', '0.0004']))).toBe(true);
    expect(feedback(checkWignerD1(R, entries(transpose(hand))))).toContain('transpose');
    expect(feedback(checkWignerD1(R, entries(R)))).toContain('(x, y, z)');
    expect(ok(checkWignerD1(R, ['0', '0', '1', '0', '1', '0', '-1', '0', '0.01']))).toBe(false);
  });
  test('for random rotations the checker accepts P R Pᵀ, the lesson formula (P: (x, y, z) -> (y, z, x))', () => {
    const P = [
      [0, 1, 0],
      [0, 0, 1],
      [1, 0, 0],
    ];
    const rng = mulberry32(5);
    for (let k = 0; k < 10; k++) {
      const Rk = so3Random(rng);
      const d = matmul(matmul(P, Rk), transpose(P));
      expect(
        ok(
          checkWignerD1(
            Rk,
            d.flat().map((x) => x.toFixed(6)),
          ),
        ),
      ).toBe(true);
    }
  });
});

describe('per-degree invariants', () => {
  test('the block norm is invariant (to 1e-9); first entry, sum and maximum are not', () => {
    expect(ok(checkInvariantQuantity('norm'))).toBe(true);
    expect(invarianceTest('norm').maxChange).toBeLessThan(1e-12);
    for (const q of ['first', 'sum', 'max'] as DegreeQuantity[]) {
      const r = checkInvariantQuantity(q);
      expect(ok(r), q).toBe(false);
      expect(feedback(r)).toContain('changes under rotation');
      expect(invarianceTest(q).maxChange, q).toBeGreaterThan(0.05);
    }
  });
});

describe('<1 0 1 0 | 0 0> = −1/√3 (published tables, Condon-Shortley)', () => {
  const args = [1, 0, 1, 0, 0, 0];
  test('accepts −0.5774 and −0.57735 (tolerance 1e-4); rejects 3e-4 off', () => {
    expect(ok(checkClebschGordan(args, '-0.5774'))).toBe(true);
    expect(ok(checkClebschGordan(args, '−0.57735'))).toBe(true);
    expect(ok(checkClebschGordan(args, '-0.5771'))).toBe(false);
  });
  test('names the wrong sign and the square', () => {
    expect(feedback(checkClebschGordan(args, '0.5774'))).toContain('sign');
    expect(feedback(checkClebschGordan(args, '1/3'))).toContain('square');
  });
  test('<1 1 1 −1 | 0 0> = +1/√3 from the same tables', () => {
    expect(ok(checkClebschGordan([1, 1, 1, -1, 0, 0], String(1 / Math.sqrt(3))))).toBe(true);
  });
});

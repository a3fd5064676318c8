// The lessons' exercise checkers accept the answers worked out by hand (independent of the math
// core) and reject the usual mistakes with the right feedback.
import { describe, expect, test } from 'vitest';
import {
  cyclicGroup,
  cyclicRealIrrep,
  dihedralGroup,
  dihedralIrrep,
  regularRepresentation,
} from '../../../../../src/math';
import type { CheckResult } from '../../../../../src/ui/exercises/Exercise';
import { planarElementError } from '../../../../../src/experiments/exercises/equivarianceExperiments';
import { AXIOM_PRESETS, AXIOM_SYMBOLS } from '../../../../../lessons/groups/axiomPresets';
import {
  checkCayleyRow,
  checkFailingAxiom,
  checkLeftCoset,
  checkNonCommuting,
  checkP4Product,
  checkPlainCommutes,
  checkSE2Inverse,
  cosetOptions,
} from '../../../../../lessons/groups/exercises/checkers';
import {
  checkCharacterNorm,
  checkFourierCoefficient,
  checkHomomorphism,
  checkIrrepCount,
  checkIrrepOfFunction,
  checkMatrixPick,
} from '../../../../../lessons/representations/exercises/checkers';

const D4 = dihedralGroup(4);
const C4 = cyclicGroup(4);
const ok = (r: CheckResult) => (typeof r === 'boolean' ? r : r.correct);
const feedback = (r: CheckResult) => (typeof r === 'boolean' ? undefined : r.feedback);

describe('groups lesson', () => {
  test('a plain correlation commutes with a whole-pixel shift exactly, not with a turn (CPU reference)', () => {
    const spec = { size: 40, kernelSize: 5, seed: 7, margin: 8 };
    const options = [
      { value: 'shift', error: planarElementError({ angle: 0, reflect: false, shift: [3, -2] }, spec) },
      { value: 'quarter', error: planarElementError({ angle: Math.PI / 2, reflect: false }, spec) },
      { value: 'both', error: planarElementError({ angle: Math.PI / 2, reflect: false, shift: [3, -2] }, spec) },
    ];
    // Translation equivariance of correlation, with the content kept off the border: the same sums.
    expect(options[0].error).toBe(0);
    // A random filter has no quarter-turn symmetry: the turned input meets another filter.
    expect(options[1].error).toBeGreaterThan(0.5);
    expect(options[2].error).toBeGreaterThan(0.5);
    expect(ok(checkPlainCommutes(options, 'shift'))).toBe(true);
    expect(feedback(checkPlainCommutes(options, 'both'))).toContain('unturned filter');
  });

  test('row of s in D4: s·r^k = r^-k s and s·(r^k s) = r^-k, worked by hand', () => {
    const row = ['s', 'r^3 s', 'r^2 s', 'r s', 'e', 'r^3', 'r^2', 'r'];
    expect(ok(checkCayleyRow(D4, 4, row))).toBe(true);
    const swapped = ['s', 'r s', 'r^2 s', 'r^3 s', 'e', 'r', 'r^2', 'r^3']; // the row of s read as g·s
    const r = checkCayleyRow(D4, 4, swapped);
    expect(ok(r)).toBe(false);
    expect(feedback(r)).toBe('4 of 8 entries are wrong: s·r, s·r^3, s·r s, s·r^3 s.');
    expect(feedback(checkCayleyRow(D4, 4, ['s r', ...row.slice(1)]))).toContain('r^k s');
  });
  test('non-commuting: every reflection works, no rotation does', () => {
    for (const g of ['s', 'r s', 'r^2 s', 'r^3 s']) expect(ok(checkNonCommuting(D4, 1, g)), g).toBe(true);
    for (const g of ['e', 'r', 'r^2', 'r^3']) expect(ok(checkNonCommuting(D4, 1, g)), g).toBe(false);
  });
  test('SE(2) inverse of ((2, 1), R_90°) is ((-1, 2), R_-90°), worked by hand', () => {
    const g = { x: 2, y: 1, theta: Math.PI / 2 };
    expect(ok(checkSE2Inverse(g, ['-1', '2', '-90']))).toBe(true);
    expect(ok(checkSE2Inverse(g, ['−1.00', '2.00', '270']))).toBe(true);
    expect(ok(checkSE2Inverse(g, ['-1.02', '2', '-90']))).toBe(false); // 0.02 > tolerance 0.01
    const naive = checkSE2Inverse(g, ['-2', '-1', '-90']);
    expect(ok(naive)).toBe(false);
    expect(feedback(naive)).toContain('turned back');
    expect(feedback(checkSE2Inverse(g, ['-1', '2', '90']))).toContain('rotation');
  });
  test('left coset rH for H = {e, s} is {r, r s}; the right coset {r, r^3 s} is called out', () => {
    const h = [0, 4];
    const options = cosetOptions(D4, h, 1).map((c) => c.join(','));
    expect(options).toContain('1,5');
    expect(options).toContain('1,7');
    expect(new Set(options).size).toBe(options.length);
    expect(ok(checkLeftCoset(D4, h, 1, '1,5'))).toBe(true);
    expect(feedback(checkLeftCoset(D4, h, 1, '1,7'))).toContain('right coset');
  });
  test('the failing-axiom table fails associativity; a group table fails nothing', () => {
    const cells = (id: string) => AXIOM_PRESETS.find((p) => p.id === id)!.cells;
    const sym = AXIOM_SYMBOLS.slice(0, 3);
    expect(ok(checkFailingAxiom(cells('not-associative'), sym, 'associativity'))).toBe(true);
    expect(ok(checkFailingAxiom(cells('not-associative'), sym, 'inverses'))).toBe(false);
    expect(ok(checkFailingAxiom(cells('c3'), sym, 'group'))).toBe(true);
  });
  test('p4: g(1, 2, 0)·g(3, 0, 1) = g(0, 1, 0) (quarter turn of (0, 1) is (-1, 0))', () => {
    const a = { r: 1, u: 2, v: 0 },
      b = { r: 3, u: 0, v: 1 };
    expect(ok(checkP4Product(a, b, ['0', '1', '0']))).toBe(true);
    expect(ok(checkP4Product(a, b, ['4', '1', '0']))).toBe(true);
    expect(feedback(checkP4Product(a, b, ['0', '2', '1']))).toContain('without turning');
  });
});

describe('representations lesson', () => {
  test('ρ_reg(r^2) of C4 is picked by its matrix, not by its position', () => {
    const reg = regularRepresentation(C4);
    expect(ok(checkMatrixPick(reg, 2, '2'))).toBe(true);
    expect(feedback(checkMatrixPick(reg, 2, '1'))).toBe('That matrix is ρ(r).');
    expect(ok(checkMatrixPick(reg, 2, '9'))).toBe(false);
  });
  test('+1 on rotations, -1 on reflections lives in the reflection-sign irrep (1, 0) only', () => {
    const f = [1, 1, 1, 1, -1, -1, -1, -1];
    expect(ok(checkIrrepOfFunction(D4, f, 'j=1,m=0'))).toBe(true);
    for (const id of ['j=0,m=0', 'j=0,m=2', 'j=1,m=2', 'j=1,m=1'])
      expect(ok(checkIrrepOfFunction(D4, f, id))).toBe(false);
    // A function spread over two irreps has no single answer.
    expect(ok(checkIrrepOfFunction(D4, [1, 0, 0, 0, 0, 0, 0, 0], 'j=0,m=0'))).toBe(false);
  });
  test('transform of the delta at r on C4 at frequency 1 is R(90°) = [[0, -1], [1, 0]]', () => {
    const delta = [0, 1, 0, 0];
    const psi = cyclicRealIrrep(C4, 1);
    expect(ok(checkFourierCoefficient(delta, psi, ['0', '−1', '1', '0']))).toBe(true);
    expect(feedback(checkFourierCoefficient(delta, psi, ['0', '1', '-1', '0']))).toContain('transpose');
  });
  test('D6 has two 2-dimensional irreps (12 = 4·1 + 2·4)', () => {
    expect(ok(checkIrrepCount(dihedralGroup(6), 2, '2'))).toBe(true);
    expect(ok(checkIrrepCount(dihedralGroup(6), 2, '3'))).toBe(false);
  });
  test('<χ, χ> of real irreps, by hand: 2 for the C4 block (χ = 2, 0, -2, 0), 1 for a D4 block and the sign', () => {
    expect(ok(checkCharacterNorm(cyclicRealIrrep(C4, 1), '2'))).toBe(true);
    expect(feedback(checkCharacterNorm(cyclicRealIrrep(C4, 1), '1'))).toContain('over ℂ');
    expect(ok(checkCharacterNorm(cyclicRealIrrep(C4, 1), 'two'))).toBe(false);
    // D4's 2-d irrep: χ = (2, 0, -2, 0, 0, 0, 0, 0), (4 + 4) / 8 = 1: it stays irreducible over ℂ.
    expect(ok(checkCharacterNorm(dihedralIrrep(D4, 1, 1), '1'))).toBe(true);
    expect(ok(checkCharacterNorm(cyclicRealIrrep(C4, 2), '1'))).toBe(true);
  });
  test('ρ(r)ρ(s) = ρ(r s) in the 2-d irrep of D4; s r is the other order', () => {
    const psi = dihedralIrrep(D4, 1, 1);
    expect(ok(checkHomomorphism(D4, psi, 1, 4, 'r s'))).toBe(true);
    expect(feedback(checkHomomorphism(D4, psi, 1, 4, 'r^3 s'))).toContain('other order');
  });
});

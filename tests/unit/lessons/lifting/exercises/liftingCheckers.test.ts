// The lifting lesson's checkers accept answers worked out by hand (orbits of the 3 x 3 grid under
// quarter turns, g^-1 h in C8 and D4, array rotations written with row and column indices, products
// of shapes) and reject the usual mistakes with the feedback that names them.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { cyclicGroup, dihedralGroup } from '../../../../../src/math';
import type { CheckResult } from '../../../../../src/ui/exercises/Exercise';
import { liftingCounts } from '../../../../../src/experiments/exercises/layerCounts';
import {
  actOnDrawing,
  checkElements,
  checkEqualPlanes,
  checkLiftingCounts,
  checkSlots,
  liftingTestImage,
} from '../../../../../lessons/lifting/exercises/checkers';

const C4 = cyclicGroup(4);
const C8 = cyclicGroup(8);
const D4 = dihedralGroup(4);
const ok = (r: CheckResult) => (typeof r === 'boolean' ? r : r.correct);
const feedback = (r: CheckResult) => (typeof r === 'boolean' ? '' : (r.feedback ?? ''));

describe('equal lifted planes', () => {
  const size = 9;
  const image = liftingTestImage(size);
  const check = (k: number[]) => checkEqualPlanes(C4, image, size, k.map(String));
  /** Centre, edge cells and corners: the three orbits of the 3 x 3 grid under quarter turns. */
  // prettier-ignore
  const orbitKernel = (centre: number, edge: number, corner: number) => [
    corner, edge, corner,
    edge, centre, edge,
    corner, edge, corner,
  ];

  test('a kernel constant on the three orbits is accepted', () => {
    expect(ok(check(orbitKernel(4, -1, 0)))).toBe(true);
    expect(feedback(check(orbitKernel(4, -1, 0)))).toContain('All 4 planes agree');
  });
  test('property: every non-constant orbit kernel passes; changing one cell off the centre fails', () => {
    const value = fc.integer({ min: -3, max: 3 });
    fc.assert(
      fc.property(value, value, value, fc.integer({ min: 0, max: 8 }), (c, e, k, cell) => {
        fc.pre(!(c === e && e === k));
        const kernel = orbitKernel(c, e, k);
        expect(ok(check(kernel))).toBe(true);
        fc.pre(cell !== 4);
        kernel[cell] += 1;
        expect(ok(check(kernel))).toBe(false);
      }),
      { numRuns: 40 },
    );
  });
  test('a horizontal bar survives only the half turn, and the feedback says so', () => {
    const bar = [0, 0, 0, 1, 1, 1, 0, 0, 0];
    const r = check(bar);
    expect(ok(r)).toBe(false);
    expect(feedback(r)).toBe(
      'The planes of r, r^3 differ from the plane of e. Your ψ survives a half turn, but not a quarter turn.',
    );
  });
  test('a diagonal line also survives the half turn; a single corner survives nothing', () => {
    const diagonal = [1, 0, 0, 0, 1, 0, 0, 0, 1];
    expect(feedback(check(diagonal))).toContain('survives a half turn');
    const corner = [1, 0, 0, 0, 0, 0, 0, 0, 0]; // survives nothing
    expect(feedback(check(corner))).toBe('The planes of r, r^2, r^3 differ from the plane of e.');
  });
  test('zero, constant and incomplete filters are rejected with their reason', () => {
    expect(feedback(check(Array(9).fill(0)))).toContain('detects nothing');
    expect(feedback(check(Array(9).fill(2)))).toContain('two different values');
    expect(feedback(checkEqualPlanes(C4, image, size, ['1', '', ...Array(7).fill('0')]))).toContain(
      'every cell',
    );
  });
});

describe('which plane lands in a slot', () => {
  // (1) C8, g = r^3, slot r: g^-1 h = r^(1-3) = r^-2 = r^6. (2) D4, g = s, slot r: s r = r^-1 s = r^3 s.
  const questions = [
    { group: C8, g: 3, slot: 1 },
    { group: D4, g: 4, slot: 1 },
  ];
  test('r^6 and r^3 s, in any accepted spelling', () => {
    expect(ok(checkSlots(questions, ['r^6', 'r^3 s']))).toBe(true);
    expect(ok(checkSlots(questions, ['r⁶', 'r³s']))).toBe(true);
    expect(ok(checkSlots(questions, ['r^-2', 'r^3s']))).toBe(false); // negative powers are not the normal form
  });
  test('g·h instead of g^-1 h, a mirror kept on its ring, and the other order are named', () => {
    expect(feedback(checkSlots(questions, ['r^4', 'r^3 s']))).toContain('g·h');
    expect(feedback(checkSlots(questions, ['r^6', 'r^3']))).toContain('other ring');
    expect(feedback(checkSlots(questions, ['r^6', 'r s']))).toContain('other order');
    expect(feedback(checkSlots(questions, ['x', 'r s']))).toContain('Write an element');
  });
});

describe('find the element', () => {
  const n = 5;
  // An asymmetric 5 x 5 drawing (an L with a foot): no element of D4 but e fixes it.
  // prettier-ignore
  const f = [
    0, 1, 0, 0, 0,
    0, 1, 0, 0, 0,
    0, 1, 1, 1, 0,
    0, 0, 0, 1, 0,
    0, 0, 0, 0, 0,
  ];
  const at = (a: number[], row: number, col: number) => a[row * n + col];
  /** Clockwise quarter turn of an array (r^3 with y up): out[i][j] = in[n-1-j][i]. */
  const clockwise = Array.from({ length: n * n }, (_, p) => at(f, n - 1 - (p % n), Math.floor(p / n)));
  /** Mirror in the line y = x (r s): out[i][j] = in[n-1-j][n-1-i]. */
  const antiTranspose = Array.from({ length: n * n }, (_, p) =>
    at(f, n - 1 - (p % n), n - 1 - Math.floor(p / n)),
  );
  const questions = [
    { group: D4, size: n, source: f, target: clockwise },
    { group: D4, size: n, source: f, target: antiTranspose },
  ];

  test('the index maps agree with the hand-written array operations', () => {
    expect(actOnDrawing(D4, 3, f, n)).toEqual(clockwise);
    expect(actOnDrawing(D4, 5, f, n)).toEqual(antiTranspose);
  });
  test('r^3 and r s are accepted', () => {
    expect(ok(checkElements(questions, ['r^3', 'r s']))).toBe(true);
  });
  test('the inverse, the other diagonal and a wrong kind of element get their own feedback', () => {
    expect(feedback(checkElements(questions, ['r', 'r s']))).toContain('g⁻¹');
    expect(feedback(checkElements(questions, ['r^3', 'r^3 s']))).toContain('another line');
    expect(feedback(checkElements(questions, ['r^3', 'r^2']))).toContain('different picture');
  });
});

describe('weights versus bank entries', () => {
  // C8, 3 -> 16 channels, 5 x 5: weights [16, 3, 5, 5] = 1200; bank [16, 8, 3, 1, 5, 5] = 9600.
  const spec = { group: C8, inChannels: 3, outChannels: 16, kernelSize: 5 };
  const counts = liftingCounts(spec);
  test('the layer reports 1200 weights and 9600 bank entries', () => {
    expect(counts).toEqual({ weights: 1200, bank: 9600 });
    expect(ok(checkLiftingCounts(counts, 8, ['1200', '9,600']))).toBe(true);
  });
  test('counting the copies as weights, or forgetting them in the bank, is named', () => {
    expect(feedback(checkLiftingCounts(counts, 8, ['9600', '9600']))).toContain('not learned');
    expect(feedback(checkLiftingCounts(counts, 8, ['1200', '1200']))).toContain('each of the 8 elements');
    expect(ok(checkLiftingCounts(counts, 8, ['1200', '4800']))).toBe(false);
  });
});

// The dense-to-group-convolution widget's numbers: free parameters at each step (counted by hand:
// |Y||X| dense, |Y||X|/n² with translations, the four layer types' closed forms with the whole
// group), and the measured equivariance of random tied weights (float64 round-off) against a dense
// matrix or a translations-only one (clearly broken).
import { describe, expect, test } from 'vitest';
import {
  equivarianceError,
  orbitEntries,
  stepWeights,
  tiedMatrix,
  tyingExample,
  SIZES,
  TYING_EXAMPLES,
  type TyingExampleId,
} from '../../../../src/experiments/weightTying/denseToGroupConv';

const TOL = 1e-12;

// [example, n, point group, free parameters per step], the counts worked out by hand.
const COUNTS: [TyingExampleId, number, 'C4' | 'D4', number[]][] = [
  ['line', 8, 'C4', [64, 8]],
  ['torus', 4, 'C4', [256, 16]],
  ['cyclic', 8, 'C4', [64, 8]],
  ['isotropic', 3, 'C4', [81, 9, 3]], // centre, 4 edge neighbours, 4 corners
  ['lifting', 3, 'C4', [324, 36, 9]],
  ['group', 3, 'C4', [1296, 144, 36]],
  ['projection', 3, 'C4', [324, 36, 9]],
  ['isotropic', 5, 'C4', [625, 25, 7]], // (25 + 3) / 4
  ['isotropic', 5, 'D4', [625, 25, 6]], // (25 + 20 + 3) / 8
  ['group', 5, 'D4', [200 * 200, 8 * 8 * 25, 200]],
];

describe('free parameters, step by step', () => {
  test.each(COUNTS)('%s, n = %i, %s: %j', (id, n, point, counts) => {
    const ex = tyingExample(id, n, point);
    expect(ex.steps.map((s) => stepWeights(ex, s).count)).toEqual(counts);
  });
});

describe('tied weights commute with the group; untied ones do not', () => {
  const cases = TYING_EXAMPLES.flatMap((id) => [[id, SIZES[id][0]] as const, [id, SIZES[id][1]] as const]);
  test.each(cases)('%s, n = %i', (id, n) => {
    const ex = tyingExample(id, n);
    const full = ex.steps[ex.steps.length - 1].elements;
    ex.steps.forEach((step, i) => {
      const K = tiedMatrix(stepWeights(ex, step), 7 + i);
      expect(equivarianceError(ex, K, step.elements, 3)).toBeLessThan(TOL);
      // Only the last step imposes the whole group; every earlier one breaks it.
      if (i < ex.steps.length - 1) expect(equivarianceError(ex, K, full, 3)).toBeGreaterThan(0.05);
    });
  });

  test('the translations-only p4 lifting kernel commutes with shifts but not with quarter turns', () => {
    const ex = tyingExample('lifting', 3);
    const K = tiedMatrix(stepWeights(ex, ex.steps[1]), 1);
    const quarterTurn = [9]; // (0, r): the first element after the nine translations
    expect(equivarianceError(ex, K, ex.steps[1].elements, 2)).toBeLessThan(TOL);
    expect(equivarianceError(ex, K, quarterTurn, 2)).toBeGreaterThan(0.05);
  });
});

test('a tied matrix repeats each weight over its orbit, and only there', () => {
  const ex = tyingExample('group', 3);
  const tied = stepWeights(ex, ex.steps[2]);
  const K = tiedMatrix(tied, 11);
  for (let k = 0; k < tied.count; k++) {
    const entries = orbitEntries(tied, k);
    expect(entries.length).toBe(36); // |p4 on the 3 x 3 torus| = 36: the group acts freely on G x G
    expect(new Set(entries.map((i) => K[i])).size).toBe(1);
  }
  expect(new Set(K).size).toBe(36);
});

test('sizes outside the offered ones are refused', () => {
  expect(() => tyingExample('isotropic', 4)).toThrow(/size 4/);
});

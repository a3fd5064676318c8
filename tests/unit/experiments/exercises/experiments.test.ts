// The "predict the measurement" exercises: the CPU experiments measure what the lessons prove
// (a plain layer fails at 90°, lifting and coset pooling do not), a filter with the C4 symmetry
// makes the plain layer exact too (the control), and the checkers pick the option that matches.
import { describe, expect, test } from 'vitest';
import { correlate, rotateImage } from '../../../../src/engine/cpu';
import { cyclicGroup } from '../../../../src/math';
import type { CheckResult } from '../../../../src/ui/exercises/Exercise';
import {
  equivarianceErrors,
  poolingBehaviour,
  ROUND_OFF,
} from '../../../../src/experiments/exercises/equivarianceExperiments';
import {
  checkPooling,
  checkQuarterTurn,
  poolingOption,
  quarterTurnOption,
} from '../../../../src/ui/exercises/experimentCheckers';

const C4 = cyclicGroup(4);
const ok = (r: CheckResult) => (typeof r === 'boolean' ? r : r.correct);
const feedback = (r: CheckResult) => (typeof r === 'boolean' ? '' : (r.feedback ?? ''));
const spec = { group: C4, g: 1, size: 16, kernelSize: 5, seed: 3 };

describe('a quarter turn through a plain and a lifting layer', () => {
  const errors = equivarianceErrors(spec);
  test('plain: clearly broken (> 0.1); lifting: at float32 round-off (< 1e-6)', () => {
    expect(errors.plain).toBeGreaterThan(0.1);
    expect(errors.lifting).toBeLessThan(1e-6);
    expect(quarterTurnOption(errors)).toBe('broken/exact');
  });
  test('control: a plus-shaped filter commutes with a quarter turn even in a plain layer', () => {
    // Independent of equivarianceErrors: rotate, correlate, compare by hand.
    const image = Float32Array.from({ length: 49 }, (_, i) => Math.sin(1.7 * i) + (i % 3));
    const plus = Float32Array.from([0, 1, 0, 1, 2, 1, 0, 1, 0]);
    const a = correlate(rotateImage(image, [1, 7, 7], Math.PI / 2), [1, 7, 7], plus, [1, 1, 3, 3]);
    const b = rotateImage(correlate(image, [1, 7, 7], plus, [1, 1, 3, 3]), [1, 7, 7], Math.PI / 2);
    expect(Array.from(a)).toEqual(Array.from(b));
  });
  test('the checker takes the measured option and explains the two wrong guesses', () => {
    expect(ok(checkQuarterTurn(errors, 'broken/exact'))).toBe(true);
    expect(feedback(checkQuarterTurn(errors, 'exact/exact'))).toContain('counter-rotated filter');
    expect(feedback(checkQuarterTurn(errors, 'broken/broken'))).toContain('nothing is interpolated');
    // If the plain layer had been exact (a symmetric filter), 'exact/exact' would be the answer.
    expect(ok(checkQuarterTurn({ plain: 0, lifting: 0 }, 'exact/exact'))).toBe(true);
    expect(errors.plain).toBeGreaterThan(ROUND_OFF);
  });
});

describe('coset pooling, then a global maximum', () => {
  const behaviour = poolingBehaviour({ ...spec, seed: 5 });
  test('the pooled map turns with the input (and is not invariant); the maximum stays', () => {
    expect(behaviour).toEqual({ pooledTurns: true, pooledUnchanged: false, globalUnchanged: true });
    expect(poolingOption(behaviour)).toBe('turns/same');
  });
  test('the checker names "invariant too early" and "the maximum moves"', () => {
    const measured = poolingOption(behaviour);
    expect(ok(checkPooling(measured, 'turns/same'))).toBe(true);
    expect(feedback(checkPooling(measured, 'same/same'))).toContain('not the map');
    expect(feedback(checkPooling(measured, 'turns/changes'))).toContain('does not care where');
    expect(feedback(checkPooling(measured, 'changes/changes'))).toContain('commutes with L_r');
  });
});

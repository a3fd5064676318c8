// The "a nonlinearity that commutes" exercise: only the norm ReLU passes, every wrong pick names its
// mistake and the error measured for it, and an unknown value is refused.
import { expect, test } from 'vitest';
import type { CheckResult } from '../../../../../src/ui/exercises/Exercise';
import { STEERABLE_EXERCISES } from '../../../../../lessons/steerable-vectors/exercises/SteerableExercise';
import { checkCommutingMap } from '../../../../../lessons/steerable-vectors/exercises/checkers';

const ok = (r: CheckResult) => (typeof r === 'boolean' ? r : r.correct);
const feedback = (r: CheckResult) => (typeof r === 'boolean' ? '' : (r.feedback ?? ''));

test('the norm ReLU is right; ReLU per component, a one-component gate and a shifted vector are wrong', () => {
  expect(checkCommutingMap('norm')).toBe(true);
  expect(feedback(checkCommutingMap('relu'))).toMatch(/clips along the axes.*reached \d+\.\d{3}\./);
  expect(feedback(checkCommutingMap('component-gate'))).toMatch(/must be an invariant/);
  expect(feedback(checkCommutingMap('bias'))).toMatch(/D\(v \+ c\)/);
  for (const v of ['relu', 'component-gate', 'bias', 'sum', '']) expect(ok(checkCommutingMap(v)), v).toBe(false);
});

test('the spec offers the four maps and checks through checkCommutingMap', () => {
  const spec = STEERABLE_EXERCISES.find((s) => s.id === 'commuting-map')!;
  expect(spec.answer.kind).toBe('pick');
  if (spec.answer.kind === 'pick')
    expect(spec.answer.options.map((o) => o.value).sort()).toEqual(['bias', 'component-gate', 'norm', 'relu']);
  expect(ok(spec.check(['norm']))).toBe(true);
  expect(ok(spec.check(['relu']))).toBe(false);
});

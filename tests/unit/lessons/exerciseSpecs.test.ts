// The two lessons embed exactly their exercises, in order, after the recap; each exercise as wired
// in its spec (parameters, test image, layers) accepts the answer worked out by hand and rejects a
// typical mistake.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { CheckResult, ExerciseSpec } from '../../../src/ui/exercises/Exercise';
import { GROUP_CONV_EXERCISES } from '../../../lessons/group-convolution/exercises/GroupConvExercise';
import { LIFTING_EXERCISES } from '../../../lessons/lifting/exercises/LiftingExercise';

const ok = (r: CheckResult) => (typeof r === 'boolean' ? r : r.correct);

/** Right and wrong answers per exercise id (the same ones the e2e test types). */
const ANSWERS: Record<string, { right: string[]; wrong: string[] }> = {
  'equal-planes': {
    right: ['0', '1', '0', '1', '3', '1', '0', '1', '0'],
    wrong: ['0', '0', '0', '1', '1', '1', '0', '0', '0'],
  },
  'rotated-slot': { right: ['r^6', 'r^3 s'], wrong: ['r^4', 'r^3'] },
  'find-element': { right: ['r^3', 'r s'], wrong: ['r', 'r^3 s'] },
  'lifting-weights': { right: ['1200', '9600'], wrong: ['9600', '9600'] },
  'quarter-turn': { right: ['broken/exact'], wrong: ['exact/exact'] },
  'orientation-grid': { right: ['5', '24'], wrong: ['10', '12'] },
  'correlation-on-c4': { right: ['3', '-3', '3', '1'], wrong: ['1', '-1', '5', '-1'] },
  'pinwheel-kernel': { right: ['-1', '1', '1', '-1', '-1', '1'], wrong: ['1', '-1', '-1', '-1', '1', '1'] },
  'isotropic-parameters': { right: ['7', '6'], wrong: ['6', '7'] },
  'stack-shapes': {
    right: ['[6, 8, 32, 32]', '[12, 8, 32, 32]', '[12, 32, 32]'],
    wrong: ['[6, 32, 32]', '[12, 32, 32]', '[12, 32, 32]'],
  },
  'weight-sharing': { right: ['5184', '41472'], wrong: ['41472', '41472'] },
  'coset-pooling': { right: ['turns/same'], wrong: ['same/same'] },
  'stride-shifts': { right: ['(2, -1)', 'none'], wrong: ['(4, -2)', 'none'] },
};

function embeddedIds(lesson: string, tag: string): string[] {
  const mdx = readFileSync(`lessons/${lesson}/index.mdx`, 'utf8');
  const exercises = mdx.slice(mdx.indexOf('## Exercises'));
  expect(mdx.indexOf('## Recap')).toBeLessThan(mdx.indexOf('## Exercises'));
  return [...exercises.matchAll(new RegExp(`<${tag} id="([^"]+)" />`, 'g'))].map((m) => m[1]);
}

describe.each([
  ['lifting', 'LiftingExercise', LIFTING_EXERCISES],
  ['group-convolution', 'GroupConvExercise', GROUP_CONV_EXERCISES],
] as [string, string, readonly ExerciseSpec[]][])('%s', (lesson, tag, specs) => {
  test('the Exercises section after the recap embeds every exercise once, in order', () => {
    expect(embeddedIds(lesson, tag)).toEqual(specs.map((s) => s.id));
    expect(specs.length).toBeGreaterThanOrEqual(4);
  });
  test.each(specs.map((s) => [s.id, s] as const))(
    '%s: the right answer passes, a mistake does not',
    (id, spec) => {
      const { right, wrong } = ANSWERS[id];
      expect(ok(spec.check(right))).toBe(true);
      expect(ok(spec.check(wrong))).toBe(false);
      const fields = spec.answer.kind === 'fields' ? spec.answer.fields.length : 1;
      expect(right.length).toBe(fields);
    },
  );
});

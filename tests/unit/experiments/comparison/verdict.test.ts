// The comparison's verdicts: exact only for the G-CNN on an element of C4 below the tolerance.
import { expect, test } from 'vitest';
import { invarianceVerdict } from '../../../../src/experiments/comparison/verdict';

const quarter = { inC4: true, reflect: false, identity: false };

test.each([
  ['gcnn', quarter, 3e-8, 'exact'],
  ['gcnn', quarter, 1e-3, 'broken'],
  ['gcnn', { inC4: false, reflect: false, identity: false }, 0.05, 'approximate'],
  ['gcnn', { inC4: false, reflect: true, identity: false }, 0.05, 'approximate'],
  ['plain', quarter, 0.04, 'broken'],
  ['plain', quarter, 0, 'exact'],
  ['plain', { inC4: true, reflect: false, identity: true }, 0, 'exact'],
] as const)('%s, %o, error %f: %s', (kind, g, rel, want) => {
  expect(invarianceVerdict(kind, g, rel).kind).toBe(want);
});

// The Clebsch-Gordan lab's checks, and the conventions it states, against closed forms.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { so3FromQuaternion } from '../../../../src/math/so3';
import { cgLab, couplingStack, vectorProductIdentities } from '../../../../src/experiments/steerable/cgLab';

const EXACT = 1e-12;
const unit = fc.double({ min: -1, max: 1, noNaN: true });
const rotation = fc
  .tuple(unit, unit, unit, unit)
  .filter((q) => Math.hypot(...q) > 0.1)
  .map((q) => so3FromQuaternion(q));
const vector = (l: number) => fc.array(unit, { minLength: 2 * l + 1, maxLength: 2 * l + 1 });
const PAIRS = [0, 1, 2, 3].flatMap((a) => [0, 1, 2, 3].map((b) => [a, b]));

describe('cgLab', () => {
  test.each(PAIRS)('l1 = %i, l2 = %i: each block J of the turned inputs is D^J times the block', (l1, l2) => {
    fc.assert(
      fc.property(vector(l1), vector(l2), rotation, (u, v, r) => {
        const lab = cgLab(l1, u, l2, v, r);
        expect(lab.blocks.map((b) => b.J)).toEqual(
          Array.from({ length: 2 * Math.min(l1, l2) + 1 }, (_, k) => Math.abs(l1 - l2) + k),
        );
        expect(lab.maxError).toBeLessThan(EXACT);
        expect(lab.orthogonality).toBeLessThan(EXACT);
        // Q is orthogonal, so the blocks together keep the length of u ⊗ v, which is |u||v|.
        const total = Math.hypot(...lab.blocks.flatMap((b) => b.product));
        expect(Math.abs(total - Math.hypot(...u) * Math.hypot(...v))).toBeLessThan(EXACT);
      }),
      { numRuns: 10 },
    );
  });

  test('the stacked coupling matrices are square: Σ_J (2J+1) = (2l1+1)(2l2+1)', () => {
    for (const [l1, l2] of PAIRS) {
      const q = couplingStack(l1, l2);
      expect(q.length).toBe((2 * l1 + 1) * (2 * l2 + 1));
      expect(q[0].length).toBe(q.length);
    }
  });
});

test('two vectors: J = 0 is −u·v/√3 and J = 1 is +(u × v)/√2, in the (y, z, x) order the widget states', () => {
  fc.assert(
    fc.property(vector(1), vector(1), (u, v) => {
      const d = vectorProductIdentities(u, v);
      expect(d.dot).toBeLessThan(EXACT);
      expect(d.cross).toBeLessThan(EXACT);
    }),
    { numRuns: 50 },
  );
  // A worked example by hand: u = x̂, v = ŷ, so u·v = 0 and u × v = ẑ, which is (0, 1, 0) in (y, z, x).
  const d = vectorProductIdentities([0, 0, 1], [1, 0, 0]);
  expect(d.cross).toBeLessThan(EXACT);
});

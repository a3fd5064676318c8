// The group-convolution lesson's checkers accept answers worked out by hand (a correlation on C4
// summed term by term, a pinwheel completed orbit by orbit, shapes and weight counts multiplied
// out) and reject the usual mistakes with the feedback that names them.
import { describe, expect, test } from 'vitest';
import { cyclicGroup, dihedralGroup } from '../../../../../src/math';
import type { CheckResult } from '../../../../../src/ui/exercises/Exercise';
import {
  checkGroupCorrelation,
  checkKernelCompletion,
  checkStackShapes,
  checkWeightCounts,
  correlationOnGroup,
  invariantCompletion,
  invariantUnder,
  type KernelTemplate,
} from '../../../../../lessons/group-convolution/exercises/checkers';
import { groupConvCounts, stackShapes } from '../../../../../src/experiments/exercises/layerCounts';

const C4 = cyclicGroup(4);
const D4 = dihedralGroup(4);
const ok = (r: CheckResult) => (typeof r === 'boolean' ? r : r.correct);
const feedback = (r: CheckResult) => (typeof r === 'boolean' ? '' : (r.feedback ?? ''));

describe('a group correlation on C4', () => {
  const f = [2, 1, 0, -1];
  const psi = [1, 0, 2, -1];
  // [f ⋆ ψ](r^a) = Σ_b f(r^b) ψ(r^(b-a)), term by term:
  // a=0: 2·1 + 1·0 + 0·2 + (−1)(−1) = 3;  a=1: 2·ψ(r³) + 1·ψ(e) + 0 + (−1)·ψ(r²) = −2 + 1 − 2 = −3;
  // a=2: 2·ψ(r²) + 1·ψ(r³) + 0 + (−1)·ψ(r) = 4 − 1 + 0 = 3;  a=3: 2·ψ(r) + 1·ψ(r²) + 0 + (−1)·ψ(e) = 0 + 2 − 1 = 1.
  const byHand = [3, -3, 3, 1];
  // The convolution Σ_b f(r^b) ψ(r^(a-b)) = (1, −1, 5, −1), also by hand.
  const convolution = [1, -1, 5, -1];

  test('the engine agrees with the hand sums', () => {
    expect(correlationOnGroup(C4, f, psi)).toEqual(byHand);
  });
  test('the right values pass; the convolution and ψ(g h) are named', () => {
    expect(ok(checkGroupCorrelation(C4, f, psi, byHand.map(String)))).toBe(true);
    expect(ok(checkGroupCorrelation(C4, f, psi, ['3', '−3', '3.00', '1']))).toBe(true);
    expect(feedback(checkGroupCorrelation(C4, f, psi, convolution.map(String)))).toContain('convolution');
    // ψ(g h) reads the output at g^-1: (3, 1, 3, −3).
    expect(feedback(checkGroupCorrelation(C4, f, psi, ['3', '1', '3', '-3']))).toContain('ψ(g h)');
    expect(feedback(checkGroupCorrelation(C4, f, psi, ['3', '-3', '3', '2']))).toBe(
      'The values at r^3 are wrong.',
    );
  });
});

describe('completing an isotropic kernel', () => {
  // prettier-ignore
  const pinwheel: KernelTemplate = {
    size: 5,
    cells: [
      0, 1, 0, 'a', 0,
      -1, 0, 1, 0, 'b',
      0, 1, 2, 1, 0,
      'c', 0, 1, 0, 'd',
      0, 'e', 0, 'f', 0,
    ],
  };
  // Orbits under quarter turns (x right, y up): (2,1) → (−1,2) → (−2,−1) → (1,−2) carries 1,
  // (1,2) → (−2,1) → (−1,−2) → (2,−1) carries −1. Blanks a..f sit at (1,2), (2,1), (−2,−1),
  // (2,−1), (−1,−2), (1,−2).
  const solution = [-1, 1, 1, -1, -1, 1];
  // Copying across the vertical and horizontal axes instead gives a kernel with two mirror lines.
  const mirrored = [1, -1, -1, -1, 1, 1];

  test('the orbit completion from the index maps is the one worked out by hand', () => {
    expect(invariantCompletion(pinwheel, C4)).toEqual(solution);
  });
  test('the pinwheel is accepted, and it has no mirror symmetry', () => {
    const r = checkKernelCompletion(pinwheel, C4, D4, solution.map(String));
    expect(ok(r)).toBe(true);
    expect(feedback(r)).toContain('not for p4m');
  });
  test('the mirror-symmetric completion is rejected as such', () => {
    const r = checkKernelCompletion(pinwheel, C4, D4, mirrored.map(String));
    expect(ok(r)).toBe(false);
    expect(feedback(r)).toBe(
      'Blanks a, b, c, e are wrong: your kernel is a mirror image of itself, but a quarter turn changes it: the stabilizer here holds rotations only.',
    );
  });
  test('one wrong blank is named; empty blanks are asked for', () => {
    const oneOff = [...solution];
    oneOff[3] = 0;
    expect(feedback(checkKernelCompletion(pinwheel, C4, D4, oneOff.map(String)))).toBe(
      'Blank d is wrong: each must equal the cell a quarter turn carries it to.',
    );
    expect(feedback(checkKernelCompletion(pinwheel, C4, D4, ['', '1', '1', '-1', '-1', '1']))).toContain(
      'every blank',
    );
  });
  test('invariance on the CPU reference: a plus sign is D4-invariant, the pinwheel only C4-invariant', () => {
    const plus = [0, 1, 0, 1, 1, 1, 0, 1, 0];
    expect(invariantUnder(D4, [1, 2, 3, 4, 5, 6, 7], plus, 3)).toBe(true);
    const filled = pinwheel.cells.map((c) => (typeof c === 'number' ? c : solution['abcdef'.indexOf(c)]));
    expect(invariantUnder(C4, [1, 2, 3], filled, 5)).toBe(true);
    expect(invariantUnder(D4, [4], filled, 5)).toBe(false);
  });
});

describe('shapes and weights of a D4 stack', () => {
  const shapes = stackShapes({
    group: D4,
    input: [3, 32, 32],
    lifting: { outChannels: 6, kernelSize: 5 },
    groupConv: { outChannels: 12, kernelSize: 3 },
  });
  test('the layers give [6, 8, 32, 32], [12, 8, 32, 32], [12, 32, 32]', () => {
    expect(shapes).toEqual({ lifted: [6, 8, 32, 32], grouped: [12, 8, 32, 32], pooled: [12, 32, 32] });
    expect(ok(checkStackShapes(shapes, ['[6, 8, 32, 32]', '12×8×32×32', '(12, 32, 32)']))).toBe(true);
  });
  test('a missing orientation axis after lifting, or one left after pooling, is named', () => {
    const r = checkStackShapes(shapes, ['[6, 32, 32]', '[12, 8, 32, 32]', '[12, 8, 32, 32]']);
    expect(ok(r)).toBe(false);
    expect(feedback(r)).toContain('After lifting — not right: a lifted map has an axis');
    expect(feedback(r)).toContain('After pooling — not right: pooling over the orientations removes');
    expect(feedback(r)).not.toContain('After the group correlation');
    expect(feedback(checkStackShapes(shapes, ['[8, 6, 32, 32]', '[12, 8, 32, 32]', '[12, 32, 32]']))).toBe(
      'After lifting — not right.',
    );
  });

  // Group filter [12, 6, 8, 3, 3] = 5184 weights; plain layer on 48 -> 96 planes: [96, 48, 3, 3] = 41472.
  const counts = groupConvCounts({ group: D4, inChannels: 6, outChannels: 12, kernelSize: 3 });
  test('the layers report 5184 and 41472 weights, eight times fewer with sharing', () => {
    expect(counts).toEqual({ group: 5184, planar: 41472 });
    expect(ok(checkWeightCounts(counts, 8, ['5184', '41,472']))).toBe(true);
  });
  test('a filter without the orientation axis, or counting bank copies, is named', () => {
    expect(feedback(checkWeightCounts(counts, 8, ['648', '41472']))).toContain(
      'one K×K plane per input orientation',
    );
    expect(feedback(checkWeightCounts(counts, 8, ['41472', '41472']))).toContain('not learned');
    expect(feedback(checkWeightCounts(counts, 8, ['5184', '5184']))).toContain('shares nothing');
  });
});

// Checkers of the group-convolution lesson's exercises. Expected values come from the engine's
// CPU reference (groupCorrelation, rotateImage) and from the layers (counts, shapes), never typed in.
import { groupCorrelation, rotateImage } from '../../../src/engine/cpu';
import { imageActionIndexMap, type PlanarGroup } from '../../../src/math';
import type { CheckResult } from '../../../src/ui/exercises/Exercise';
import { checkCount, combineParts, parseCount, parseNumbers, parseShape, sameShape } from '../../../src/ui/exercises/answerFields';
import type { groupConvCounts, stackShapes } from '../../../src/experiments/exercises/layerCounts';

/** Typed answers within this of the float32 result count as equal. */
export const VALUE_TOLERANCE = 1e-4;

/** [f ⋆ ψ](g) = Σ_h f(h) ψ(g⁻¹h) for f, ψ functions on G (arrays indexed by element), on the engine. */
export function correlationOnGroup(
  group: PlanarGroup,
  f: readonly number[],
  psi: readonly number[],
): number[] {
  const G = group.order;
  const out = groupCorrelation(
    Float32Array.from(f),
    [1, G, 1, 1],
    Float32Array.from(psi),
    [1, 1, G, 1, 1],
    group,
    {
      interpolation: 'nearest',
      mask: false,
    },
  );
  return Array.from(out);
}

const allClose = (a: readonly number[], b: readonly number[]) =>
  a.every((v, i) => Math.abs(v - b[i]) <= VALUE_TOLERANCE);

/** values[g] = [f ⋆ ψ](g) in the group's element order. */
export function checkGroupCorrelation(
  group: PlanarGroup,
  f: readonly number[],
  psi: readonly number[],
  values: readonly string[],
): CheckResult {
  const typed = parseNumbers(values);
  if (!typed) return { correct: false, feedback: 'Type a number for every g.' };
  const right = correlationOnGroup(group, f, psi);
  if (allClose(typed, right)) return true;
  // ψ(h⁻¹g) instead of ψ(g⁻¹h): the convolution, i.e. the correlation with ψ(u⁻¹).
  const psiInverted = psi.map((_, u) => psi[group.inverse(u)]);
  if (allClose(typed, correlationOnGroup(group, f, psiInverted)))
    return {
      correct: false,
      feedback: 'You computed Σ f(h) ψ(h⁻¹g), a convolution; the correlation reads ψ(g⁻¹h).',
    };
  if (
    allClose(
      typed,
      right.map((_, g) => right[group.inverse(g)]),
    )
  )
    return {
      correct: false,
      feedback: 'You computed Σ f(h) ψ(g h): the filter must be moved by g, so it reads ψ(g⁻¹h).',
    };
  const wrong = right.flatMap((v, g) => (Math.abs(typed[g] - v) > VALUE_TOLERANCE ? [group.label(g)] : []));
  return { correct: false, feedback: `The values at ${wrong.join(', ')} are wrong.` };
}

/** A K x K kernel, row by row, with some cells left blank (named by a letter) for the student. */
export interface KernelTemplate {
  size: number;
  cells: readonly (number | string)[];
}

export const blanksOf = (t: KernelTemplate) =>
  t.cells.flatMap((c, index) => (typeof c === 'string' ? [{ label: c, index }] : []));

/** The template with the blanks set to `values` in reading order. */
export function fillTemplate(t: KernelTemplate, values: readonly number[]): number[] {
  let next = 0;
  return t.cells.map((c) => (typeof c === 'number' ? c : values[next++]));
}

/**
 * The blank values that make the kernel invariant: each blank copies a given cell of its orbit
 * under the group, found with the exact pixel index maps of the math core (null if none is given).
 */
export function invariantCompletion(t: KernelTemplate, group: PlanarGroup): (number | null)[] {
  const maps = Array.from({ length: group.order }, (_, g) => imageActionIndexMap(group, g, t.size));
  return blanksOf(t).map(({ index }) => {
    const given = maps.map((m) => t.cells[m[index]]).find((c) => typeof c === 'number');
    return given === undefined ? null : (given as number);
  });
}

/** Whether L_g k = k on the CPU reference for the elements gs (exact: quarter turns and mirrors permute cells). */
export function invariantUnder(
  group: PlanarGroup,
  gs: readonly number[],
  kernel: readonly number[],
  size: number,
) {
  const k = Float32Array.from(kernel);
  return gs.every((g) => {
    const turned = rotateImage(k, [1, size, size], group.angle(g), { reflect: group.reflects(g) });
    return turned.every((v, i) => v === k[i]);
  });
}

const elementsOf = (group: PlanarGroup) => Array.from({ length: group.order }, (_, g) => g);

/**
 * values: the blanks in reading order. Right when the filled kernel equals every L_h k, h in the
 * stabilizer `group`; `mirrors` (a group with reflections and the same rotations) names the
 * mirror-symmetry mistake and tells whether the answer is also mirror symmetric.
 */
export function checkKernelCompletion(
  t: KernelTemplate,
  group: PlanarGroup,
  mirrors: PlanarGroup,
  values: readonly string[],
): CheckResult {
  const typed = parseNumbers(values);
  if (!typed) return { correct: false, feedback: 'Type a number in every blank.' };
  const kernel = fillTemplate(t, typed);
  const reflections = elementsOf(mirrors).filter((m) => mirrors.reflects(m));
  const mirrored = reflections.some((m) => invariantUnder(mirrors, [m], kernel, t.size));
  if (invariantUnder(group, elementsOf(group), kernel, t.size))
    return {
      correct: true,
      feedback: mirrored
        ? undefined
        : 'The kernel has no mirror symmetry: it is allowed for p4, not for p4m.',
    };
  const solution = invariantCompletion(t, group);
  const wrong = blanksOf(t)
    .filter((_, i) => typed[i] !== solution[i])
    .map((b) => b.label);
  const why = mirrored
    ? 'your kernel is a mirror image of itself, but a quarter turn changes it: the stabilizer here holds rotations only.'
    : 'each must equal the cell a quarter turn carries it to.';
  const blanks = wrong.length === 1 ? `Blank ${wrong[0]} is` : `Blanks ${wrong.join(', ')} are`;
  return { correct: false, feedback: `${blanks} wrong: ${why}` };
}

type Shapes = ReturnType<typeof stackShapes>;
const SHAPE_FORM = 'write a shape like [8, 4, 32, 32]';

function checkShape(right: readonly number[], text: string, wrongRank: string): CheckResult {
  const shape = parseShape(text);
  if (!shape) return { correct: false, feedback: SHAPE_FORM };
  if (sameShape(shape, right)) return true;
  return { correct: false, feedback: shape.length !== right.length ? wrongRank : undefined };
}

/** values: the shapes after lifting, after the group correlation and after pooling. */
export function checkStackShapes(shapes: Shapes, values: readonly string[]): CheckResult {
  return combineParts([
    {
      name: 'After lifting',
      result: checkShape(
        shapes.lifted,
        values[0],
        'a lifted map has an axis with one plane per group element',
      ),
    },
    {
      name: 'After the group correlation',
      result: checkShape(shapes.grouped, values[1], 'a group correlation keeps the orientation axis'),
    },
    {
      name: 'After pooling',
      result: checkShape(shapes.pooled, values[2], 'pooling over the orientations removes exactly that axis'),
    },
  ]);
}

/** values: learned weights of the group correlation, and of the plain layer on the same planes. */
export function checkWeightCounts(
  counts: ReturnType<typeof groupConvCounts>,
  groupOrder: number,
  values: readonly string[],
): CheckResult {
  const [group, planar] = values.map(parseCount);
  return combineParts([
    {
      name: 'The group layer',
      result: checkCount(group, counts.group, [
        [counts.group / groupOrder, 'a group filter has one K×K plane per input orientation'],
        [counts.group * groupOrder, 'the turned copies in the bank are built from the filter, not learned'],
      ]),
    },
    {
      name: 'The plain layer',
      result: checkCount(planar, counts.planar, [
        [counts.group, 'the plain layer shares nothing between orientations'],
      ]),
    },
  ]);
}

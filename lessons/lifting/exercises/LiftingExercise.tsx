// The lifting lesson's exercises, embedded as <LiftingExercise id="…" /> and checked by
// liftingCheckers and experimentCheckers (expected values from the math core and the engine's CPU
// reference: the lifting correlation, the regular action, pixel index maps, the layers' shapes).
import { cyclicGroup, dihedralGroup } from '../../../src/math';
import { lessonExercises, type ExerciseSpec } from '../../../src/ui/exercises/Exercise';
import { Tex } from '../../../src/ui/exercises/Tex';
import { DrawingGrid } from '../../../src/ui/exercises/CellGrid';
import { equivarianceErrors } from '../../../src/experiments/exercises/equivarianceExperiments';
import { checkQuarterTurn, type QuarterTurnOption } from '../../../src/ui/exercises/experimentCheckers';
import { liftingCounts } from '../../../src/experiments/exercises/layerCounts';
import {
  actOnDrawing,
  checkElements,
  checkEqualPlanes,
  checkLiftingCounts,
  checkOrientationGrid,
  checkSlots,
  largestOrientationGap,
  smallestGridThrough,
  type OrientationGridQuestion,
  liftingTestImage,
  planeInSlot,
  type ElementQuestion,
  type SlotQuestion,
} from './checkers';
import { formatErrorBrief } from '../../../src/experiments/format';

const C4 = cyclicGroup(4);
const C8 = cyclicGroup(8);
const D4 = dihedralGroup(4);

const TEST_SIZE = 9;
const TEST_IMAGE = liftingTestImage(TEST_SIZE);
const KERNEL = 3;

const SLOTS: SlotQuestion[] = [
  { group: C8, g: 3, slot: 1 },
  { group: D4, g: D4.rotations, slot: 1 }, // g = s
];

const F_ROWS = ['.......', '.#####.', '.#.....', '.####..', '.#.....', '.#.....', '.......'];
const F_DRAWING = [...F_ROWS.join('')].map((c) => (c === '#' ? 1 : 0));
const F_SIZE = F_ROWS.length;
/** g₁ = r³ and g₂ = r s: the elements whose drawings the student sees. */
const ELEMENT_GS = [3, D4.rotations + 1];
const ELEMENTS: ElementQuestion[] = ELEMENT_GS.map((g) => ({
  group: D4,
  size: F_SIZE,
  source: F_DRAWING,
  target: actOnDrawing(D4, g, F_DRAWING, F_SIZE),
}));

const LIFT = { group: C8, inChannels: 3, outChannels: 16, kernelSize: 5 };
const LIFT_COUNTS = liftingCounts(LIFT);

const GRID: OrientationGridQuestion = { N: 36, angles: [30, 45] };

const QUARTER = { group: C4, g: 1, size: 16, kernelSize: 5, seed: 3 };
const QUARTER_ERRORS = equivarianceErrors(QUARTER);
const QUARTER_OPTIONS: { value: QuarterTurnOption; label: string }[] = [
  { value: 'exact/exact', label: 'Both errors are at float32 round-off: 90° stays on the pixel grid.' },
  { value: 'broken/exact', label: 'The plain layer’s error is large; the lifting layer’s is at round-off.' },
  {
    value: 'exact/broken',
    label: 'The plain layer is exact; the lifting layer is off, since it rotates its filters.',
  },
  { value: 'broken/broken', label: 'Both errors are large: rotating an image always needs interpolation.' },
];

const cells = Array.from({ length: KERNEL * KERNEL }, (_, i) => ({
  label: `ψ row ${Math.floor(i / KERNEL) + 1}, column ${(i % KERNEL) + 1}`,
  size: 3,
}));

const SPECS: ExerciseSpec[] = [
  {
    id: 'equal-planes',
    title: 'a filter that sees no orientation',
    prompt: (
      <p>
        Type a <Tex math="3 \times 3" /> filter <Tex math="\psi" />, row by row, with at least two different
        values, whose <Tex math="C_4" /> lifting gives four identical orientation planes for every input. The
        check lifts a fixed random {TEST_SIZE}×{TEST_SIZE} image with your <Tex math="\psi" /> on the CPU
        reference and compares the planes <Tex math="[f \star L_{r^k}\psi]" />.
      </p>
    ),
    answer: { kind: 'fields', fields: cells },
    check: (v) => checkEqualPlanes(C4, TEST_IMAGE, TEST_SIZE, v),
    hint: (
      <>
        The plane of <Tex math="r^k" /> uses <Tex math="L_{r^k}\psi" />. A quarter turn moves corners to
        corners and edge cells to edge cells: which cells must then hold the same number?
      </>
    ),
    explanation: (
      <p>
        <Tex math="\psi = L_r\psi" /> leaves three free numbers: the centre, one value for the four edge
        cells, one for the four corners. Then every plane is the same correlation and the lifted map carries
        no orientation: this is the isotropic layer of the next lesson. An oriented filter, such as an edge,
        is what makes the planes differ and the lifting worth its cost.
      </p>
    ),
  },
  {
    id: 'rotated-slot',
    title: 'which plane lands in this slot?',
    prompt: (
      <>
        <p>
          Turn the input of a lifting layer by <Tex math="g" />. Slot <Tex math="h" /> of the new lifted map
          then shows one of the old planes, turned by <Tex math="g" />. Which one?
        </p>
        <ol>
          {SLOTS.map((q, i) => (
            <li key={i}>
              In <Tex math={q.group.name.replace(/(\d+)/, '_$1')} />,{' '}
              <Tex math={`g = ${q.group.latex(q.g)}`} /> and slot{' '}
              <Tex math={`h = ${q.group.latex(q.slot)}`} />.
            </li>
          ))}
        </ol>
      </>
    ),
    answer: {
      kind: 'fields',
      fields: [
        { label: '(1) plane', placeholder: 'r^k', size: 8 },
        { label: '(2) plane', placeholder: 'r^k or r^k s', size: 8 },
      ],
    },
    check: (v) => checkSlots(SLOTS, v),
    hint: (
      <>
        <Tex math="(L_g F)(h) = F(g^{-1}h)" />: slot <Tex math="h" /> receives plane <Tex math="g^{-1}h" />.
        In <Tex math="D_4" />, <Tex math="s^{-1} = s" /> and <Tex math="s\,r^k = r^{-k} s" />.
      </>
    ),
    explanation: (
      <p>
        (1) <Tex math={`g^{-1}h = ${C8.latex(planeInSlot(SLOTS[0]))}`} />: every plane moves three slots on,
        so slot <Tex math="r" /> gets the plane from three slots back. (2){' '}
        <Tex math={`s\\,r = ${D4.latex(planeInSlot(SLOTS[1]))}`} />: a mirror fetches the plane from the other
        ring, with the rotation index running backwards. Check both on the orientation ring.
      </p>
    ),
  },
  {
    id: 'find-element',
    title: 'find the element',
    prompt: (
      <>
        <p>
          Which elements <Tex math="g_1, g_2" /> of <Tex math="D_4" /> give <Tex math="L_{g_1} f" /> and{' '}
          <Tex math="L_{g_2} f" /> below? (<Tex math="r" /> turns by 90° counter-clockwise, <Tex math="s" />{' '}
          mirrors top and bottom.)
        </p>
        <div className="exercise-figures">
          <DrawingGrid pixels={F_DRAWING} size={F_SIZE} caption="f" />
          <DrawingGrid pixels={ELEMENTS[0].target} size={F_SIZE} caption="L_g₁ f" />
          <DrawingGrid pixels={ELEMENTS[1].target} size={F_SIZE} caption="L_g₂ f" />
        </div>
      </>
    ),
    answer: {
      kind: 'fields',
      fields: [
        { label: 'g₁', placeholder: 'r^k or r^k s', size: 8 },
        { label: 'g₂', placeholder: 'r^k or r^k s', size: 8 },
      ],
    },
    check: (v) => checkElements(ELEMENTS, v),
    hint: (
      <>
        Follow the top bar of the F. For a mirror <Tex math="r^k s" />, first flip top and bottom, then turn
        by <Tex math="k" /> quarter turns.
      </>
    ),
    explanation: (
      <p>
        <Tex math={`g_1 = ${D4.latex(ELEMENT_GS[0])}`} /> (a quarter turn clockwise) and{' '}
        <Tex math={`g_2 = ${D4.latex(ELEMENT_GS[1])}`} />, the mirror in the diagonal <Tex math="y = x" />.
        The check applies your element with the exact pixel index map of{' '}
        <Tex math="(L_g f)(x) = f(g^{-1}x)" />, so any element that gives the same picture counts.
      </p>
    ),
  },
  {
    id: 'lifting-weights',
    title: 'weights versus filters',
    prompt: (
      <p>
        A <Tex math="C_8" /> lifting layer maps {LIFT.inChannels} input channels to {LIFT.outChannels} output
        channels with {LIFT.kernelSize}×{LIFT.kernelSize} filters. How many weights does it learn (no biases)?
        How many numbers does the filter bank hold that its one planar correlation uses?
      </p>
    ),
    answer: {
      kind: 'fields',
      fields: [
        { label: 'learned weights', size: 8 },
        { label: 'numbers in the bank', size: 8 },
      ],
    },
    check: (v) => checkLiftingCounts(LIFT_COUNTS, LIFT.group.order, v),
    hint: (
      <>
        A weight tensor has shape <Tex math="[O, C, K, K]" />; the bank holds the turned copy{' '}
        <Tex math="L_g\psi" /> of every filter for every <Tex math="g" />.
      </>
    ),
    explanation: (
      <p>
        {LIFT_COUNTS.weights} weights and {LIFT_COUNTS.bank} bank entries,{' '}
        {LIFT_COUNTS.bank / LIFT_COUNTS.weights} times as many (read off the engine&rsquo;s layer). The copies
        cost compute and memory, not parameters: they are rebuilt from the weights whenever those change, and
        the 45° ones are interpolated.
      </p>
    ),
  },
  {
    id: 'quarter-turn',
    title: 'predict the error',
    prompt: (
      <p>
        Turn a random input by exactly 90° and compare both paths of the commuting diagram, for a plain
        correlation with a random 5×5 filter and for the <Tex math="C_4" /> lifting correlation with the same
        filter. What do the relative errors show?
      </p>
    ),
    answer: { kind: 'pick', options: QUARTER_OPTIONS },
    check: ([v]) => checkQuarterTurn(QUARTER_ERRORS, v),
    hint: (
      <>
        Quarter turns permute pixels exactly. But what does <Tex math="[L_r f] \star \psi" /> equal for the
        plain layer?
      </>
    ),
    explanation: (
      <p>
        Measured on the CPU reference: plain {formatErrorBrief(QUARTER_ERRORS.plain)}, lifting{' '}
        {formatErrorBrief(QUARTER_ERRORS.lifting)}. The plain layer gives{' '}
        <Tex math="L_r[f \star L_{r^{-1}}\psi]" />, the output of another filter; the lifting layer already
        holds that filter&rsquo;s plane and only moves it. The diagrams above show the same numbers for your
        drawing.
      </p>
    ),
  },
  {
    id: 'orientation-grid',
    title: 'orientations between the samples',
    prompt: (
      <p>
        A lifting layer with <Tex math="N" /> orientations keeps the planes of the angles{' '}
        <Tex math="2\pi j / N" />. (1) With <Tex math={`N = ${GRID.N}`} />, what is the largest angle, in
        degrees, between a rotation <Tex math="\theta" /> and the nearest sampled orientation? (2) What is the
        smallest <Tex math="N" /> whose orientations include both{' '}
        {GRID.angles.map((a) => `${a}°`).join(' and ')}, so that the many-orientations widget reads either
        angle without a gap?
      </p>
    ),
    answer: {
      kind: 'fields',
      fields: [
        { label: '(1) largest gap, degrees', size: 8 },
        { label: '(2) smallest N', size: 8 },
      ],
    },
    check: (v) => checkOrientationGrid(GRID, v),
    hint: (
      <>
        Neighbouring samples are <Tex math="360^\circ / N" /> apart, and the worst <Tex math="\theta" /> sits
        halfway between two of them. For (2), the step <Tex math="360^\circ / N" /> must divide both angles.
      </>
    ),
    explanation: (
      <p>
        (1) Half a step: <Tex math={`180^\\circ / ${GRID.N} = ${largestOrientationGap(GRID.N)}^\\circ`} />.
        (2) The step must divide {GRID.angles.join('° and ')}°, so it divides their greatest common divisor,
        15°: <Tex math={`N = ${smallestGridThrough(GRID.angles)}`} />. The check reads the angles of{' '}
        <Tex math="C_N" /> from the group library. In the widget, set <Tex math="\theta" /> to 30° or 45°:
        at <Tex math="N = 24" /> the three curves meet, with only the resampling floor left.
      </p>
    ),
  },
];

export const LIFTING_EXERCISES: readonly ExerciseSpec[] = SPECS;
export const LiftingExercise = lessonExercises('lifting', SPECS);

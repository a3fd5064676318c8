// The group-convolution lesson's exercises, embedded as <GroupConvExercise id="…" /> and checked by
// groupConvCheckers and experimentCheckers (expected values from the engine's CPU reference and the
// layers: groupCorrelation, rotateImage, outputShape, weightShape, coset pooling).
import { cyclicGroup, dihedralGroup } from '../../../src/math';
import { lessonExercises, type ExerciseSpec } from '../../../src/ui/exercises/Exercise';
import { Tex } from '../../../src/ui/exercises/Tex';
import { shapeText } from '../../../src/ui/exercises/answerFields';
import { KernelGrid } from '../../../src/ui/exercises/CellGrid';
import { poolingBehaviour } from '../../../src/experiments/exercises/equivarianceExperiments';
import { checkPooling, poolingOption, type PoolingOption } from '../../../src/ui/exercises/experimentCheckers';
import {
  blanksOf,
  checkGroupCorrelation,
  checkKernelCompletion,
  checkStackShapes,
  checkWeightCounts,
  correlationOnGroup,
  invariantCompletion,
  type KernelTemplate,
} from './checkers';
import { groupConvCounts, stackShapes, type StackSpec } from '../../../src/experiments/exercises/layerCounts';
import { formatTuple, formatValue } from '../../../src/experiments/format';
import { checkStrideShifts, strideShiftMatches } from './strideCheckers';
import { checkIsotropicCounts, isotropicParameterCount } from './tyingCheckers';

const C4 = cyclicGroup(4);
const D4 = dihedralGroup(4);

const F = [2, 1, 0, -1];
const PSI = [1, 0, 2, -1];
const F_STAR_PSI = correlationOnGroup(C4, F, PSI);

/** A 5 x 5 kernel with its six arm cells left blank; the given arms only fix it up to a choice of symmetry. */
const PINWHEEL: KernelTemplate = {
  size: 5,
  // prettier-ignore
  cells: [
    0, 1, 0, 'a', 0,
    -1, 0, 1, 0, 'b',
    0, 1, 2, 1, 0,
    'c', 0, 1, 0, 'd',
    0, 'e', 0, 'f', 0,
  ],
};
const PINWHEEL_BLANKS = blanksOf(PINWHEEL);
const PINWHEEL_SOLUTION = invariantCompletion(PINWHEEL, C4);

const STACK: StackSpec = {
  group: D4,
  input: [3, 32, 32],
  lifting: { outChannels: 6, kernelSize: 5 },
  groupConv: { outChannels: 12, kernelSize: 3 },
};
const SHAPES = stackShapes(STACK);

/** Free weights of an isotropic 5 x 5 kernel, counted by the math core's weight tying. */
const ISOTROPIC = { p4: isotropicParameterCount(C4, 5), p4m: isotropicParameterCount(D4, 5) };

const SHARED = { group: D4, inChannels: 6, outChannels: 12, kernelSize: 3 };
const COUNTS = groupConvCounts(SHARED);

/** Input shifts (right, up) of the stride-2 exercise: one that survives subsampling, one that does not. */
const STRIDE_SHIFTS: readonly [number, number][] = [
  [4, -2],
  [1, 2],
];
const STRIDE_MATCHES = STRIDE_SHIFTS.map(strideShiftMatches);
const pairTex = (p: readonly number[]) => `(${p.join(', ')})`;

const POOLING = poolingOption(poolingBehaviour({ group: C4, g: 1, size: 16, kernelSize: 5, seed: 5 }));
const POOLING_OPTIONS: { value: PoolingOption; label: string }[] = [
  { value: 'same/same', label: 'Both stay exactly the same: the pooled map is already invariant.' },
  { value: 'turns/same', label: 'The pooled map turns with the input; the maximum stays the same.' },
  { value: 'turns/changes', label: 'The pooled map turns; the maximum changes.' },
  { value: 'changes/changes', label: 'The pooled map changes its values, and so does the maximum.' },
];

const ROWS = [
  { name: 'f(h)', values: F },
  { name: 'ψ(h)', values: PSI },
];

function FunctionTable() {
  return (
    <table className="function-table" aria-label="The functions f and ψ on C4">
      <tbody>
        <tr>
          <th scope="row">h</th>
          {F.map((_, h) => (
            <th key={h} scope="col">
              <Tex math={C4.latex(h)} />
            </th>
          ))}
        </tr>
        {ROWS.map(({ name, values }) => (
          <tr key={name}>
            <th scope="row">{name}</th>
            {values.map((v, h) => (
              <td key={h}>{formatValue(v)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const SPECS: ExerciseSpec[] = [
  {
    id: 'correlation-on-c4',
    title: 'a group correlation by hand',
    prompt: (
      <>
        <p>
          Two functions on <Tex math="C_4" />, one channel and no space. Compute{' '}
          <Tex math="[f \star \psi](g) = \sum_{h} f(h)\,\psi(g^{-1}h)" /> for every <Tex math="g" />.
        </p>
        <FunctionTable />
      </>
    ),
    answer: {
      kind: 'fields',
      fields: F.map((_, g) => ({ label: `[f⋆ψ](${C4.label(g)})`, size: 5 })),
    },
    check: (v) => checkGroupCorrelation(C4, F, PSI, v),
    hint: (
      <>
        For <Tex math="g = r" />: <Tex math="r^{-1}h" /> runs through <Tex math="r^3, e, r, r^2" /> as{' '}
        <Tex math="h" /> runs through <Tex math="e, r, r^2, r^3" />; multiply and add.
      </>
    ),
    explanation: (
      <p>
        <Tex math={`f \\star \\psi = ${formatTuple(F_STAR_PSI).replace(/−/g, '-')}`} /> (the engine&rsquo;s
        group correlation on 1×1 planes). Each output moves <Tex math="\psi" /> around the group by{' '}
        <Tex math="g" /> and takes an inner product with <Tex math="f" />, just as a planar correlation slides
        a filter.
      </p>
    ),
  },
  {
    id: 'pinwheel-kernel',
    title: 'complete an isotropic kernel',
    prompt: (
      <>
        <p>
          An isotropic layer for <Tex math="p4" /> maps the plane to the plane, so its kernel must satisfy{' '}
          <Tex math="k(h\mathbf{x}) = k(\mathbf{x})" /> for every quarter turn <Tex math="h" /> in the
          stabilizer <Tex math="C_4" />. Fill in the blanks.
        </p>
        <KernelGrid cells={PINWHEEL.cells} size={PINWHEEL.size} caption="k with six blanks" />
      </>
    ),
    answer: { kind: 'fields', fields: PINWHEEL_BLANKS.map((b) => ({ label: b.label, size: 3 })) },
    check: (v) => checkKernelCompletion(PINWHEEL, C4, D4, v),
    hint: (
      <>
        A quarter turn moves the cell one step right of the top centre to the cell one step above the left
        centre. Follow each blank around the centre until it lands on a given number.
      </>
    ),
    explanation: (
      <p>
        Blanks{' '}
        {PINWHEEL_BLANKS.map((b, i) => `${b.label} = ${formatValue(PINWHEEL_SOLUTION[i] ?? 0)}`).join(', ')}:
        a pinwheel, the same after every quarter turn (checked with the CPU reference&rsquo;s rotateImage),
        but not a mirror image of itself. For <Tex math="p4m" /> the stabilizer also holds mirrors, and no
        completion would do.
      </p>
    ),
  },
  {
    id: 'isotropic-parameters',
    title: 'free weights of an isotropic kernel',
    prompt: (
      <p>
        An isotropic layer maps the plane to the plane, so its 5×5 kernel must satisfy{' '}
        <Tex math="k(h\mathbf{x}) = k(\mathbf{x})" /> for every <Tex math="h" /> in the stabilizer{' '}
        <Tex math="H" />. How many free parameters does the kernel have for <Tex math="p4" /> (
        <Tex math="H = C_4" />
        ), and how many for <Tex math="p4m" /> (<Tex math="H = D_4" />)?
      </p>
    ),
    answer: {
      kind: 'fields',
      fields: [
        { label: 'p4', size: 5 },
        { label: 'p4m', size: 5 },
      ],
    },
    check: (v) => checkIsotropicCounts(ISOTROPIC, 25, v),
    hint: (
      <>
        Sort the 25 cells into orbits: all cells that some <Tex math="h \in H" /> carries into each other
        share one weight. Go ring by ring from the centre. The widget &ldquo;From a dense layer to a group
        convolution&rdquo; (example isotropic, n = 5) shows the tied matrix.
      </>
    ),
    explanation: (
      <p>
        {ISOTROPIC.p4} and {ISOTROPIC.p4m}, counted by the math core as orbits of <Tex math="G" /> on pairs of
        pixels. The centre is alone; the 4 neighbours, the 4 diagonal cells, the 4 cells two steps out and the
        4 corners are one orbit each; the 8 knight-move cells form two pinwheel orbits under{' '}
        <Tex math="C_4" /> but one under <Tex math="D_4" />. Burnside&rsquo;s lemma agrees:{' '}
        <Tex math="(25 + 1 + 1 + 1)/4 = 7" /> and <Tex math="(25 + 1 + 1 + 1 + 4 \cdot 5)/8 = 6" />.
      </p>
    ),
  },
  {
    id: 'stack-shapes',
    title: 'shapes through a G-CNN',
    prompt: (
      <p>
        An image of shape {shapeText(STACK.input)} (channels, height, width) goes through a <Tex math="D_4" />{' '}
        lifting layer with {STACK.lifting.outChannels} output channels, a <Tex math="D_4" /> group correlation
        with {STACK.groupConv.outChannels} output channels (both padded to keep the size), and max pooling
        over the orientations. Type the shape after each step.
      </p>
    ),
    answer: {
      kind: 'fields',
      fields: [
        { label: 'after lifting', placeholder: '[…]', size: 14 },
        { label: 'after group correlation', placeholder: '[…]', size: 14 },
        { label: 'after pooling', placeholder: '[…]', size: 14 },
      ],
    },
    check: (v) => checkStackShapes(SHAPES, v),
    hint: (
      <>
        A map on <Tex math="p4m" /> has one plane per element of <Tex math="D_4" /> for each channel: shape{' '}
        <Tex math="[C, |G|, H, W]" />.
      </>
    ),
    explanation: (
      <p>
        {shapeText(SHAPES.lifted)}, {shapeText(SHAPES.grouped)}, {shapeText(SHAPES.pooled)}, as the
        engine&rsquo;s layers compute them. Lifting adds the orientation axis, group correlations keep it, and
        coset pooling over <Tex math="H = D_4" /> returns to a map on the plane,{' '}
        <Tex math="p4m/D_4 \cong \mathbb{Z}^2" />.
      </p>
    ),
  },
  {
    id: 'weight-sharing',
    title: 'what weight sharing saves',
    prompt: (
      <p>
        A <Tex math="D_4" /> group correlation maps {SHARED.inChannels} to {SHARED.outChannels} channels with{' '}
        {SHARED.kernelSize}×{SHARED.kernelSize} filters. How many weights does it learn (no biases)? A plain
        layer that reads the same {SHARED.inChannels * D4.order} input planes and writes the same{' '}
        {SHARED.outChannels * D4.order} output planes: how many?
      </p>
    ),
    answer: {
      kind: 'fields',
      fields: [
        { label: 'group correlation', size: 8 },
        { label: 'plain layer', size: 8 },
      ],
    },
    check: (v) => checkWeightCounts(COUNTS, D4.order, v),
    hint: (
      <>
        A group filter lives on the group: shape <Tex math="[O, C, |G|, K, K]" />. The plain layer has{' '}
        <Tex math="[O', C', K, K]" /> with <Tex math="O' = O|G|" /> and <Tex math="C' = C|G|" />.
      </>
    ),
    explanation: (
      <p>
        {COUNTS.group} against {COUNTS.planar}: {COUNTS.planar / COUNTS.group} = <Tex math="|D_4|" /> times
        fewer. Equivariance ties every output orientation&rsquo;s filters to one learned filter, the weight
        sharing the theorem forces.
      </p>
    ),
  },
  {
    id: 'coset-pooling',
    title: 'pool, then pool again',
    prompt: (
      <p>
        Lift a random image with a <Tex math="C_4" /> lifting layer, max-pool over the four orientations, then
        take the maximum over the whole plane. Now turn the input by a quarter turn and run it again. What
        happens?
      </p>
    ),
    answer: { kind: 'pick', options: POOLING_OPTIONS },
    check: ([v]) => checkPooling(POOLING, v),
    hint: (
      <>
        Pooling over <Tex math="H" /> gives a function on <Tex math="G/H" />; what does <Tex math="L_r" /> do
        to a function on <Tex math="p4/C_4 \cong \mathbb{Z}^2" />?
      </>
    ),
    explanation: (
      <p>
        Measured on the CPU reference: the pooled map equals the turned map, and the maximum is unchanged,
        both to float32 round-off. Coset pooling keeps equivariance (now on the plane); the global maximum is
        invariant. This is how the comparison above makes its G-CNN&rsquo;s scores independent of quarter
        turns.
      </p>
    ),
  },
  {
    id: 'stride-shifts',
    title: 'shifts after stride 2',
    prompt: (
      <p>
        A <Tex math="C_4" /> lifting layer is followed by stride-2 subsampling, which keeps every other row and
        column. The input moves by <Tex math="t" /> pixels (right, up). By how much must the subsampled output
        move to match? Type a shift such as (1, −2), or <em>none</em> when no shift of the output matches.
      </p>
    ),
    answer: {
      kind: 'fields',
      fields: STRIDE_SHIFTS.map((t) => ({ label: `t = ${pairTex(t).replace('-', '−')}`, placeholder: '(x, y)', size: 8 })),
    },
    check: (v) => checkStrideShifts(STRIDE_SHIFTS, v),
    hint: (
      <>
        The output has one pixel for every two input pixels a side. A shift by an even number of pixels
        carries the kept samples onto kept samples; an odd one carries them onto the dropped ones.
      </>
    ),
    explanation: (
      <p>
        Measured on the CPU reference (a random image, lifted, subsampled, compared over all output shifts up
        to 4 pixels): <Tex math={`t = ${pairTex(STRIDE_SHIFTS[0])}`} /> is matched by the output shift{' '}
        <Tex math={pairTex(STRIDE_MATCHES[0].matches[0] ?? [])} /> to float32 round-off, while for{' '}
        <Tex math={`t = ${pairTex(STRIDE_SHIFTS[1])}`} /> the best output shift still leaves a relative error
        of {formatValue(STRIDE_MATCHES[1].closest.error)}. Among the shifts, stride 2 keeps equivariance to
        the subgroup <Tex math="(2\mathbb{Z})^2" /> of even ones only.
      </p>
    ),
  },
];

export const GROUP_CONV_EXERCISES: readonly ExerciseSpec[] = SPECS;
export const GroupConvExercise = lessonExercises('group-convolution', SPECS);

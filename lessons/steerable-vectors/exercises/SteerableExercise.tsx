// The steerable vectors lesson's exercises, embedded as <SteerableExercise id="…" /> and checked by
// steerableExerciseCheckers (expected values from the SO(3) tools of the math core).
import { clebschGordan, realSphericalHarmonics, so3RotationZ, wignerD } from '../../../src/math';
import type { Matrix } from '../../../src/math/linalg';
import { lessonExercises, type ExerciseSpec } from '../../../src/ui/exercises/Exercise';
import { Tex } from '../../../src/ui/exercises/Tex';
import { DEGREE_QUANTITIES, invarianceTest, type DegreeQuantity } from '../../../src/experiments/steerable/degreeInvariants';
import {
  checkAllowedDegrees,
  checkClebschGordan,
  checkDimensions,
  checkHarmonicsL1,
  checkInvariantQuantity,
  checkWignerD1,
  tensorProductBlocks,
} from './checkers';
import './exercises.css';
import { num, texList, texNum, texSmall } from './format';
import { COMMUTING_MAP, CONVOLUTION_COEFFICIENT, SPHERE_STABILIZER } from './spaceAndMapExercises';

const SPLIT = { l1: 2, l2: 1 };
const DIMS = { l: 3, l1: 3, l2: 2 };
/** The direction (2, −1, 2)/3 as numerators over DIRECTION_DENOMINATOR. */
const DIRECTION = [2, -1, 2];
const DIRECTION_DENOMINATOR = 3;
const UNIT = DIRECTION.map((v) => v / DIRECTION_DENOMINATOR);
const QUARTER_Z = so3RotationZ(Math.PI / 2);
const CG = [1, 0, 1, 0, 0, 0];
const ORDERS = [-1, 0, 1];

const pmatrix = (m: Matrix) =>
  `\\begin{pmatrix} ${m.map((row) => row.map((v) => texNum(v)).join(' & ')).join(' \\\\ ')} \\end{pmatrix}`;
/** 3 -> '₃': indices in plain-text field labels. */
const sub = (n: number) => String(n).replace(/\d/g, (d) => '₀₁₂₃₄₅₆₇₈₉'[Number(d)]);

const QUANTITY_LABELS: Record<DegreeQuantity, { words: string; tex: string }> = {
  first: { words: 'the first entry of each block', tex: 'f^{-l}_l' },
  sum: { words: 'the sum of the entries of each block', tex: '\\textstyle\\sum_m f^m_l' },
  max: { words: 'the largest entry of each block', tex: '\\max_m |f^m_l|' },
  norm: { words: 'the length of each block', tex: '\\lVert \\mathbf{f}^l \\rVert' },
};

/** 0.2 -> '0.2', 7e-16 -> '7 \\times 10^{-16}'. */

function InvarianceTable() {
  const rows = DEGREE_QUANTITIES.map(
    (q) => `${QUANTITY_LABELS[q].tex}: ${texSmall(invarianceTest(q).maxChange)}`,
  );
  return (
    <p>
      Tested with 20 random rotations on degrees 0 to 3, the largest change of each quantity was{' '}
      <Tex math={rows.join(',\\quad ')} /> (the last is round-off).
    </p>
  );
}

const splitBlocks = tensorProductBlocks(SPLIT.l1, SPLIT.l2);
const dimBlocks = tensorProductBlocks(DIMS.l1, DIMS.l2);
const y1 = realSphericalHarmonics(1, UNIT);
const d1 = wignerD(1, QUARTER_Z);
const cgRow = ORDERS.map((m) => clebschGordan(1, m, 1, -m, 0, 0));

const SPECS: ExerciseSpec[] = [
  {
    id: 'cg-degrees',
    title: 'which degrees come out',
    prompt: (
      <p>
        A type-{SPLIT.l1} and a type-{SPLIT.l2} steerable vector are combined with the Clebsch-Gordan tensor
        product. Which degrees <Tex math="J" /> does <Tex math={`V_{${SPLIT.l1}} \\otimes V_{${SPLIT.l2}}`} />{' '}
        split into? Type all of them as a list.
      </p>
    ),
    answer: { kind: 'fields', fields: [{ label: 'degrees J', placeholder: 'e.g. 0, 2', size: 12 }] },
    check: ([v]) => checkAllowedDegrees(SPLIT.l1, SPLIT.l2, v),
    hint: (
      <>
        Each degree occurs once, from <Tex math="|l_1 - l_2|" /> up to <Tex math="l_1 + l_2" />: the triangle
        rule. The Clebsch-Gordan lab shows the blocks for any <Tex math="l_1, l_2" />.
      </>
    ),
    explanation: (
      <p>
        <Tex math={`J = ${splitBlocks.map((b) => b.l).join(', ')}`} />, one block each. The sizes check out:{' '}
        <Tex
          math={`${splitBlocks.map((b) => b.size).join(' + ')} = ${2 * SPLIT.l1 + 1} \\times ${2 * SPLIT.l2 + 1}`}
        />
        . Two ordinary vectors give <Tex math="1 \otimes 1 = 0 \oplus 1 \oplus 2" />: dot product, cross
        product and the symmetric traceless part.
      </p>
    ),
  },
  {
    id: 'dimensions',
    title: 'counting components',
    prompt: (
      <p>
        How many components has a type-{DIMS.l} steerable vector, and how many has the tensor product{' '}
        <Tex math={`V_{${DIMS.l1}} \\otimes V_{${DIMS.l2}}`} />?
      </p>
    ),
    answer: {
      kind: 'fields',
      fields: [{ label: `dim V${sub(DIMS.l)}` }, { label: `dim (V${sub(DIMS.l1)} ⊗ V${sub(DIMS.l2)})` }],
    },
    check: (v) => checkDimensions(DIMS.l, DIMS.l1, DIMS.l2, v),
    hint: (
      <>
        <Tex math="V_l" /> has one component per order <Tex math="m = -l, \dots, l" />. The tensor product is
        the flattened outer product.
      </>
    ),
    explanation: (
      <p>
        <Tex math={`\\dim V_{${DIMS.l}} = 2 \\cdot ${DIMS.l} + 1 = ${2 * DIMS.l + 1}`} />. The tensor product
        has one entry per pair <Tex math="(m_1, m_2)" />, and it splits into blocks of sizes{' '}
        <Tex
          math={`${dimBlocks.map((b) => b.size).join(' + ')} = ${dimBlocks.reduce((s, b) => s + b.size, 0)}`}
        />{' '}
        (degrees {dimBlocks[0].l} to {dimBlocks[dimBlocks.length - 1].l}).
      </p>
    ),
  },
  {
    id: 'harmonics-l1',
    title: 'degree-1 spherical harmonics at a point',
    prompt: (
      <p>
        Evaluate <Tex math="\big(Y^{(1)}_{-1}, Y^{(1)}_{0}, Y^{(1)}_{1}\big)" /> at the unit vector{' '}
        <Tex math={`\\mathbf{n} = \\tfrac{1}{${DIRECTION_DENOMINATOR}}(${DIRECTION.join(', ')})`} />, in the
        lesson&apos;s real orthonormal convention. Three decimals are enough.
      </p>
    ),
    answer: {
      kind: 'fields',
      fields: ORDERS.map((m) => ({ label: `Y₁ at m = ${num(m)}` })),
    },
    check: (v) => checkHarmonicsL1(UNIT, v),
    hint: (
      <>
        <Tex math="\big(Y^{(1)}_{-1}, Y^{(1)}_{0}, Y^{(1)}_{1}\big)(\mathbf{n}) = \sqrt{3/(4\pi)}\,(y, z, x)" />
        : mind the order of the components.
      </>
    ),
    explanation: (
      <p>
        <Tex math={`\\sqrt{3/(4\\pi)} \\approx ${texNum(Math.hypot(...y1), 4)}`} /> times{' '}
        <Tex math={`(y, z, x) = (${texList([1, 2, 0].map((i) => UNIT[i]))})`} /> gives{' '}
        <Tex math={`(${texList(y1)})`} />. The degree-1 harmonics are the direction itself, reordered and
        scaled: a type-1 steerable vector.
      </p>
    ),
  },
  {
    id: 'wigner-z90',
    title: 'a Wigner-D matrix by hand',
    prompt: (
      <p>
        Let <Tex math={`R = ${pmatrix(QUARTER_Z)}`} />, the quarter turn about the z axis. Enter{' '}
        <Tex math="\mathbf{D}^{(1)}(R)" /> row by row; rows and columns run <Tex math="m = -1, 0, 1" />, the
        components <Tex math="(y, z, x)" />.
      </p>
    ),
    answer: {
      kind: 'fields',
      fields: ORDERS.flatMap((m) => ORDERS.map((n) => ({ label: `(${num(m)}, ${num(n)})`, size: 4 }))),
    },
    check: (v) => checkWignerD1(QUARTER_Z, v),
    hint: (
      <>
        <Tex math="\mathbf{D}^{(1)}(R) = \mathbf{P}R\mathbf{P}^T" />: rotate <Tex math="(x, y, z)" />, then
        read the result in the order <Tex math="(y, z, x)" />. Column <Tex math="n" /> is the image of basis
        vector <Tex math="n" />.
      </>
    ),
    explanation: (
      <p>
        <Tex math={`\\mathbf{D}^{(1)}(R) = ${pmatrix(d1)}`} />: the quarter turn sends x to y and y to −x and
        keeps z. It is the same rotation as <Tex math="R" />, written in the basis of the harmonics, so{' '}
        <Tex math="\mathbf{Y}^{(1)}(R\mathbf{n}) = \mathbf{D}^{(1)}(R)\mathbf{Y}^{(1)}(\mathbf{n})" />. Set
        this rotation in the Wigner-D explorer to compare.
      </p>
    ),
  },
  SPHERE_STABILIZER,
  {
    id: 'invariant-norm',
    title: 'what rotation cannot change',
    prompt: (
      <p>
        A function on the sphere has coefficient blocks <Tex math="\mathbf{f}^l" />, and rotating the function
        multiplies each block by <Tex math="\mathbf{D}^{(l)}(R)" />. Which per-degree quantity stays the same
        for every rotation?
      </p>
    ),
    answer: {
      kind: 'pick',
      options: (['first', 'sum', 'norm', 'max'] as const).map((q) => ({
        value: q,
        label: (
          <span>
            {QUANTITY_LABELS[q].words}, <Tex math={QUANTITY_LABELS[q].tex} />
          </span>
        ),
      })),
    },
    check: ([v]) => checkInvariantQuantity(v),
    hint: (
      <>
        The Wigner-D matrices are orthogonal: <Tex math="\mathbf{D}^{(l)}(R)^T\mathbf{D}^{(l)}(R) = I" />.
        What does an orthogonal matrix preserve?
      </>
    ),
    explanation: (
      <>
        <p>
          The length <Tex math="\lVert\mathbf{f}^l\rVert" />: orthogonal matrices preserve lengths, so{' '}
          <Tex math="\operatorname{Des}(f) = (\lVert\mathbf{f}^0\rVert, \lVert\mathbf{f}^1\rVert, \dots)" />{' '}
          is an invariant descriptor. Single entries, sums and maxima depend on the basis and move.
        </p>
        <InvarianceTable />
      </>
    ),
  },
  {
    id: 'cg-coefficient',
    title: 'one Clebsch-Gordan coefficient',
    prompt: (
      <p>
        Give{' '}
        <Tex math={`\\langle ${CG[0]}\\ ${CG[1]}\\ ${CG[2]}\\ ${CG[3]} \\mid ${CG[4]}\\ ${CG[5]} \\rangle`} />{' '}
        (complex basis, Condon-Shortley signs) to four decimals.
      </p>
    ),
    answer: { kind: 'fields', fields: [{ label: 'coefficient', size: 10 }] },
    check: ([v]) => checkClebschGordan(CG, v),
    hint: (
      <>
        The three coefficients <Tex math="\langle 1\ m\ 1\ {-m} \mid 0\ 0 \rangle" /> have the same size and
        their squares add up to 1; with these signs <Tex math="\langle 1\ 1\ 1\ {-1} \mid 0\ 0 \rangle" /> is
        positive and the sign alternates with <Tex math="m" />.
      </>
    ),
    explanation: (
      <p>
        For <Tex math="m = -1, 0, 1" /> the coefficients{' '}
        <Tex math="\langle 1\ m\ 1\ {-m} \mid 0\ 0 \rangle" /> are{' '}
        <Tex math={cgRow.map((c) => texNum(c, 4)).join(',\\ ')} />, each <Tex math="\pm 1/\sqrt{3}" />. The{' '}
        <Tex math="J = 0" /> block they make is rotation invariant: up to scale, the dot product of the two
        vectors.
      </p>
    ),
  },
  COMMUTING_MAP,
  CONVOLUTION_COEFFICIENT,
];

export const STEERABLE_EXERCISES: readonly ExerciseSpec[] = SPECS;
export const SteerableExercise = lessonExercises('steerable-vectors', SPECS);

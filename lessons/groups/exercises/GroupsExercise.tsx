// The groups lesson's exercises, embedded as <GroupsExercise id="…" /> and checked by
// groupsExerciseCheckers (all expected values from the math core).
import {
  dihedralGroup,
  P4,
  ScaleTranslation,
  SE2,
  subgroupGeneratedBy,
  type P4Element,
  type ScaleTranslationElement,
  type SE2Element,
} from '../../../src/math';
import { lessonExercises, type ExerciseSpec } from '../../../src/ui/exercises/Exercise';
import { Tex } from '../../../src/ui/exercises/Tex';
import { AXIOM_PRESETS, AXIOM_SYMBOLS } from '../axiomPresets';
import type { Axiom } from '../../../src/experiments/groups/axioms';
import { ElementChip } from '../../../src/ui/group/ElementLabel';
import {
  checkCayleyRow,
  checkFailingAxiom,
  checkLeftCoset,
  checkNonCommuting,
  checkP4Product,
  checkScaleProduct,
  checkSE2Inverse,
  checkPlainCommutes,
  checkStabilizerElement,
  cosetOptions,
} from './checkers';
import { fmt, fmtDeg, se2Tex } from '../../../src/ui/group/se2View';
import { planarElementError } from '../../../src/experiments/exercises/equivarianceExperiments';
import { formatErrorBrief } from '../../../src/experiments/format';

const D4 = dihedralGroup(4);
const S = 4; // s in D4
const R = 1;
const SE2_G: SE2Element = { x: 2, y: 1, theta: Math.PI / 2 };
const STAB_POINT: [number, number] = [1, 0];
const P4_A: P4Element = { r: 1, u: 2, v: 0 };
const P4_B: P4Element = { r: 3, u: 0, v: 1 };
const ST_A: ScaleTranslationElement = { x: 1, y: 2, s: 2 };
const ST_B: ScaleTranslationElement = { x: 3, y: -1, s: 0.5 };
const stTex = (g: ScaleTranslationElement) => `\\big((${g.x},\\ ${g.y}),\\ ${g.s}\\big)`;
const AXIOM_TABLE = AXIOM_PRESETS.find((p) => p.id === 'not-associative')!.cells;
const H = subgroupGeneratedBy(D4, [S]);
/** The axioms in the order the lesson lists them. */
const LESSON_ORDER: readonly Axiom[] = ['closure', 'associativity', 'identity', 'inverses'];

const p4Tex = (g: P4Element) => `g(${g.r}, ${g.u}, ${g.v})`;
const elements = (set: readonly number[]) => set.map((a) => <ElementChip key={a} group={D4} a={a} />);

function StaticTable({ cells }: { cells: string[][] }) {
  const symbols = AXIOM_SYMBOLS.slice(0, cells.length);
  return (
    <table className="axiom-table static" aria-label="Operation table: row x, column y holds x·y">
      <tbody>
        <tr>
          <th>·</th>
          {symbols.map((s) => (
            <th key={s}>{s}</th>
          ))}
        </tr>
        {cells.map((row, i) => (
          <tr key={i}>
            <th>{symbols[i]}</th>
            {row.map((c, j) => (
              <td key={j}>{c}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const inv = SE2.inverse(SE2_G);
const p4ab = P4.compose(P4_A, P4_B);

// The hook's question as an exercise: which element of p4 does a plain CNN layer commute with? The
// right option is the one the CPU reference measures at round-off (a 40 px random image with a zero
// margin of 8 px, a random 5x5 filter), not a stored letter.
const PLAIN_SHIFT: [number, number] = [3, -2];
const PLAIN_CANDIDATES = [
  { value: 'shift', label: 'the shift t = (3, −2)', g: { angle: 0, reflect: false, shift: PLAIN_SHIFT } },
  { value: 'quarter', label: 'the quarter turn r', g: { angle: Math.PI / 2, reflect: false } },
  { value: 'half', label: 'the half turn r²', g: { angle: Math.PI, reflect: false } },
  {
    value: 'both',
    label: 'r, then the shift t = (3, −2)',
    g: { angle: Math.PI / 2, reflect: false, shift: PLAIN_SHIFT },
  },
] as const;
const PLAIN_OPTIONS = PLAIN_CANDIDATES.map((c) => ({
  value: c.value,
  label: c.label,
  error: planarElementError(c.g, { size: 40, kernelSize: 5, seed: 7, margin: 8 }),
}));

const SPECS: ExerciseSpec[] = [
  {
    id: 'plain-commutes',
    title: 'what a CNN layer respects',
    prompt: (
      <p>
        A plain CNN layer: one correlation <Tex math="f \star \psi" /> with a random 5×5 filter{' '}
        <Tex math="\psi" />. For which element g of <Tex math="p4" /> do both paths of the diagram at the top of
        the page agree, <Tex math="\Phi(g \cdot f) = g \cdot \Phi(f)" />, for every drawing f that stays away
        from the border?
      </p>
    ),
    answer: { kind: 'pick', options: PLAIN_OPTIONS.map((o) => ({ value: o.value, label: o.label })) },
    check: ([v]) => checkPlainCommutes(PLAIN_OPTIONS, v),
    hint: (
      <>
        Sliding the filter over every position is what a convolution does. What does a turn do to the filter
        the input meets?
      </>
    ),
    explanation: (
      <p>
        Only the shift. Measured on the CPU reference:{' '}
        {PLAIN_OPTIONS.map((o) => `${o.label}: ${formatErrorBrief(o.error)}`).join('; ')}. A shift moves the
        input under the same sliding filter, so the output moves with it. A turn makes the input meet the
        unturned <Tex math="\psi" />, and adding a shift cannot undo that. Set a shift in the diagram&rsquo;s
        shift fields and compare.
      </p>
    ),
  },
  {
    id: 'cayley-row',
    title: 'complete a row of the Cayley table',
    prompt: (
      <p>
        Fill in the row of <Tex math="s" /> in the Cayley table of <Tex math="D_4" />: under each{' '}
        <Tex math="g" /> type <Tex math="s \cdot g" /> (so <Tex math="g" /> acts first). Write elements as e,
        r^2, s, r^3 s, ….
      </p>
    ),
    answer: {
      kind: 'fields',
      fields: Array.from({ length: D4.order }, (_, b) => ({ label: `s·${D4.label(b)}`, size: 4 })),
    },
    check: (v) => checkCayleyRow(D4, S, v),
    hint: (
      <>
        Moving <Tex math="s" /> past a rotation flips it: <Tex math="s\,r^k = r^{-k} s" />, and{' '}
        <Tex math="s\,s = e" />, so <Tex math="s\,(r^k s) = r^{-k}" />.
      </>
    ),
    explanation: (
      <p>
        The row is {D4.order} different elements: a permutation of the group. Every row and column of a Cayley
        table is one (from <Tex math="s\,g = s\,g'" /> multiply by <Tex math="s^{-1}" /> to get{' '}
        <Tex math="g = g'" />
        ).
      </p>
    ),
  },
  {
    id: 'non-commuting',
    title: 'order matters',
    prompt: (
      <p>
        Find an element <Tex math="g" /> of <Tex math="D_4" /> with <Tex math="g \cdot r \neq r \cdot g" />.
      </p>
    ),
    answer: { kind: 'fields', fields: [{ label: 'g', placeholder: 'r^k or r^k s', size: 12 }] },
    check: ([v]) => checkNonCommuting(D4, R, v),
    hint: (
      <>
        Rotations commute with each other. Try a reflection and use <Tex math="s\,r = r^{-1} s" />.
      </>
    ),
    explanation: (
      <p>
        Every reflection works: <Tex math="(r^k s)\,r = r^{k-1} s" /> but{' '}
        <Tex math="r\,(r^k s) = r^{k+1} s" />, which differ unless <Tex math="r^2 = e" />. So{' '}
        <Tex math="D_N" /> is not commutative for <Tex math="N \ge 3" />; the Cayley table above is not
        symmetric.
      </p>
    ),
  },
  {
    id: 'se2-inverse',
    title: 'undo a roto-translation',
    prompt: (
      <p>
        Let <Tex math={`g = ${se2Tex(SE2_G)}`} /> in <Tex math="SE(2)" />. Enter{' '}
        <Tex math="g^{-1} = ((x, y), R_\theta)" /> with θ in degrees (two decimals are enough).
      </p>
    ),
    answer: { kind: 'fields', fields: [{ label: 'x' }, { label: 'y' }, { label: 'θ (degrees)' }] },
    check: (v) => checkSE2Inverse(SE2_G, v),
    hint: (
      <>
        Use <Tex math="(\mathbf{x}, R_\theta)^{-1} = (-R_\theta^{-1}\mathbf{x},\ R_\theta^{-1})" />, then
        check that <Tex math="g\,g^{-1}" /> has no translation and no rotation.
      </>
    ),
    explanation: (
      <p>
        <Tex math={`g^{-1} = ${se2Tex(inv)}`} />: turning <Tex math={`(${fmt(SE2_G.x)}, ${fmt(SE2_G.y)})`} />{' '}
        back by <Tex math={`${fmtDeg(SE2_G.theta)}^\\circ`} /> and negating it. Undoing g means first undoing
        its rotation, so the translation has to be expressed in the rotated frame. Try it in the composer:
        place g₁ at g and look at g₁⁻¹.
      </p>
    ),
  },
  {
    id: 'stabilizer-element',
    title: 'an element that keeps a point',
    prompt: (
      <p>
        The stabilizer of the point <Tex math="(1, 0)" /> in <Tex math="SE(2)" /> holds the rotations about
        it. Enter its element with rotation part <Tex math="R_{90^\circ}" /> as{' '}
        <Tex math="((x, y), R_\theta)" />, θ in degrees.
      </p>
    ),
    answer: { kind: 'fields', fields: [{ label: 'x' }, { label: 'y' }, { label: 'θ (degrees)' }] },
    check: (v) => checkStabilizerElement(STAB_POINT, 90, v),
    hint: (
      <>
        Conjugate: shift <Tex math="(1, 0)" /> to the origin, turn, shift back,{' '}
        <Tex math="g_{\mathbf{x}}(\mathbf{0}, R_\phi)g_{\mathbf{x}}^{-1} = (\mathbf{x} - R_\phi\mathbf{x},\ R_\phi)" />
        .
      </>
    ),
    explanation: (
      <p>
        <Tex math="((1, -1), R_{90^\circ})" />: <Tex math="R_{90^\circ}(1, 0) = (0, 1)" />, plus{' '}
        <Tex math="(1, -1)" /> gives <Tex math="(1, 0)" /> back. The stabilizer of a point other than the
        origin is a copy of <Tex math="SO(2)" />, conjugated by the translation to that point. Click{' '}
        <Tex math="(1, 0)" /> in the homogeneous-space widget and find this frame among the orange ones.
      </p>
    ),
  },
  {
    id: 'left-coset',
    title: 'a left coset',
    prompt: (
      <p>
        In <Tex math="D_4" /> let <Tex math="H = \{e, s\}" />. Which set is the left coset <Tex math="r H" />?
      </p>
    ),
    answer: {
      kind: 'pick',
      options: cosetOptions(D4, H, R).map((c) => ({
        value: c.join(','),
        label: (
          <span>
            {'{'}
            {elements(c)}
            {'}'}
          </span>
        ),
      })),
    },
    check: ([v]) => checkLeftCoset(D4, H, R, v),
    hint: (
      <>
        <Tex math="rH = \{ r\,h : h \in H \}" />: compute <Tex math="r \cdot e" /> and{' '}
        <Tex math="r \cdot s" /> (s acts first).
      </>
    ),
    explanation: (
      <p>
        <Tex math="rH = \{r,\ r s\}" />. The right coset <Tex math="Hr = \{r,\ s r\} = \{r,\ r^3 s\}" /> is a
        different set: <Tex math="H" /> is not a normal subgroup. Pick H = ⟨s⟩ in the Cayley table and click
        row r to see it.
      </p>
    ),
  },
  {
    id: 'failing-axiom',
    title: 'which axiom fails?',
    prompt: (
      <>
        <p>
          The table below defines a product on {'{e, a, b}'}. Exactly one of the four axioms fails. Which one?
        </p>
        <StaticTable cells={AXIOM_TABLE} />
      </>
    ),
    answer: {
      kind: 'pick',
      options: [
        ...LESSON_ORDER.map((a) => ({ value: a, label: a })),
        { value: 'group', label: 'none: it is a group' },
      ],
    },
    check: ([v]) => checkFailingAxiom(AXIOM_TABLE, AXIOM_SYMBOLS.slice(0, AXIOM_TABLE.length), v),
    hint: (
      <>
        Find the identity first (its row repeats the header), then inverses; if both exist, test triples like
        (a·a)·b and a·(a·b).
      </>
    ),
    explanation: (
      <p>
        e is an identity and a, b are inverse to each other, but (a·a)·b = a·b = e while a·(a·b) = a·e = a:
        associativity fails. Type this table into the axiom checker to see the triple it reports.
      </p>
    ),
  },
  {
    id: 'p4-product',
    title: 'multiply in p4',
    prompt: (
      <p>
        In <Tex math="p4" />, compute <Tex math={`${p4Tex(P4_A)} \\cdot ${p4Tex(P4_B)} = g(r, u, v)`} />{' '}
        (rotation by <Tex math="r\pi/2" />, then the shift <Tex math="(u, v)" />
        ).
      </p>
    ),
    answer: { kind: 'fields', fields: [{ label: 'r' }, { label: 'u' }, { label: 'v' }] },
    check: (v) => checkP4Product(P4_A, P4_B, v),
    hint: (
      <>
        Multiply the two <Tex math="3\times 3" /> matrices, or use{' '}
        <Tex math="(t, R)(t', R') = (R t' + t,\ R R')" />: the second shift is turned by the first rotation.
      </>
    ),
    explanation: (
      <p>
        The product is <Tex math={p4Tex(p4ab)} />: the quarter turn sends{' '}
        <Tex math={`(${P4_B.u}, ${P4_B.v})`} /> to <Tex math={`(${p4ab.u - P4_A.u}, ${p4ab.v - P4_A.v})`} />,
        plus <Tex math={`(${P4_A.u}, ${P4_A.v})`} />, and the rotations add up to{' '}
        <Tex math={`${P4_A.r} + ${P4_B.r} \\equiv ${p4ab.r} \\pmod 4`} />.
      </p>
    ),
  },
  {
    id: 'scale-product',
    title: 'multiply zooms and shifts',
    prompt: (
      <p>
        In the scale-translation group, compute <Tex math={`a \\cdot b = ${stTex(ST_A)} \\cdot ${stTex(ST_B)}`} /> as{' '}
        <Tex math="((x, y), \lambda)" />.
      </p>
    ),
    answer: { kind: 'fields', fields: [{ label: 'x' }, { label: 'y' }, { label: 'λ' }] },
    check: (v) => checkScaleProduct(ST_A, ST_B, v),
    hint: (
      <>
        Use <Tex math="(\mathbf{x}, \lambda)(\mathbf{x}', \lambda') = (\lambda\mathbf{x}' + \mathbf{x},\ \lambda\lambda')" />:
        b acts first, so its shift is scaled by a's λ before a's shift is added.
      </>
    ),
    explanation: (
      <p>
        <Tex math={`a b = ${stTex(ScaleTranslation.compose(ST_A, ST_B))}`} />: the shift <Tex math="(3, -1)" /> doubled
        is <Tex math="(6, -2)" />, plus <Tex math="(1, 2)" />, and the scales <Tex math="2 \cdot \tfrac12 = 1" /> cancel.
        The product has no zoom at all, yet it is not the plain shift <Tex math="(4, 1)" />; in the other order,{' '}
        <Tex math={`b a = ${stTex(ScaleTranslation.compose(ST_B, ST_A))}`} />. Check it in the composer: put g₁ at a and g₂
        at b.
      </p>
    ),
  },
];

export const GROUPS_EXERCISES: readonly ExerciseSpec[] = SPECS;
export const GroupsExercise = lessonExercises('groups', SPECS);

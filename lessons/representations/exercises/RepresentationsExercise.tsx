// The representations lesson's exercises, embedded as <RepresentationsExercise id="…" /> and
// checked by representationsExerciseCheckers (all expected values from the math core).
import {
  cyclicGroup,
  cyclicRealIrrep,
  dihedralGroup,
  dihedralIrrep,
  planarRealIrreps,
  regularRepresentation,
} from '../../../src/math';
import { matmul, type Matrix } from '../../../src/math/linalg';
import { lessonExercises, type ExerciseSpec } from '../../../src/ui/exercises/Exercise';
import { Tex } from '../../../src/ui/exercises/Tex';
import {
  checkCharacterNorm,
  checkFourierCoefficient,
  checkHomomorphism,
  checkIrrepCount,
  checkIrrepOfFunction,
  checkMatrixPick,
} from './checkers';
import { formatEntry } from '../../../src/experiments/format';

const C4 = cyclicGroup(4);
const D4 = dihedralGroup(4);
const D6 = dihedralGroup(6);
const REG_C4 = regularRepresentation(C4);
const R2 = 2;
/** +1 on rotations, −1 on reflections. */
const F_SIGN = Array.from({ length: D4.order }, (_, a) => (D4.reflects(a) ? -1 : 1));
/** The delta function at r. */
const DELTA_R = Array.from({ length: C4.order }, (_, a) => (a === 1 ? 1 : 0));
const PSI_1 = cyclicRealIrrep(C4, 1);
const PSI_D4 = dihedralIrrep(D4, 1, 1);
const S = D4.rotations;

const pmatrix = (m: Matrix) =>
  `\\begin{pmatrix} ${m.map((r) => r.map((v) => formatEntry(v).replace('−', '-')).join(' & ')).join(' \\\\ ')} \\end{pmatrix}`;
const values = (f: number[]) => f.map((v) => String(v).replace('-', '−')).join(', ');

const SPECS: ExerciseSpec[] = [
  {
    id: 'regular-r2',
    title: 'a permutation matrix',
    prompt: (
      <p>
        Order the functions on <Tex math="C_4" /> as <Tex math="(F(e), F(r), F(r^2), F(r^3))" />. Which matrix
        is <Tex math="\rho_{\mathrm{reg}}(r^2)" />?
      </p>
    ),
    answer: {
      kind: 'pick',
      // A fixed order other than e, r, r², r³, so position gives nothing away.
      options: [3, 2, 0, 1].map((a) => ({
        value: String(a),
        label: <Tex math={pmatrix(REG_C4.rho(a))} />,
        text: `the matrix with rows ${REG_C4.rho(a)
          .map((r) => r.map(formatEntry).join(' '))
          .join('; ')}`,
      })),
    },
    check: ([v]) => checkMatrixPick(REG_C4, R2, v),
    hint: (
      <>
        <Tex math="\rho_{\mathrm{reg}}(g)" /> moves the value at <Tex math="b" /> to <Tex math="g b" />: its
        column <Tex math="b" /> has its 1 in row <Tex math="g b" />.
      </>
    ),
    explanation: (
      <p>
        <Tex math="r^2" /> sends <Tex math="e \to r^2,\ r \to r^3,\ r^2 \to e,\ r^3 \to r" />, a shift by two
        places. It is its own inverse, so the matrix is symmetric:{' '}
        <Tex math={`\\rho_{\\mathrm{reg}}(r^2) = \\rho_{\\mathrm{reg}}(r)^2`} />.
      </p>
    ),
  },
  {
    id: 'which-irrep',
    title: 'which irrep does it live in?',
    prompt: (
      <p>
        On <Tex math="D_4" /> (elements ordered e, r, r², r³, s, rs, r²s, r³s) let f = ({values(F_SIGN)}): +1
        on rotations, −1 on reflections. Its Fourier coefficients <Tex math="\hat f(\rho)" /> vanish on all
        irreps but one. Which?
      </p>
    ),
    answer: {
      kind: 'pick',
      options: planarRealIrreps(D4).map((psi) => ({
        value: psi.id,
        label: (
          <span>
            <Tex math={psi.latex} /> {psi.name}
          </span>
        ),
      })),
    },
    check: ([v]) => checkIrrepOfFunction(D4, F_SIGN, v),
    hint: (
      <>
        f is itself a 1-dimensional representation: <Tex math="f(gh) = f(g) f(h)" />. Which irrep sends
        rotations to 1 and reflections to −1? (Set f in the convolution widget and read the table.)
      </>
    ),
    explanation: (
      <p>
        f is the reflection-sign irrep <Tex math="\rho_{1,0}" />. By the orthogonality of characters, its
        coefficient on every other irrep is a sum that cancels to zero, and on <Tex math="\rho_{1,0}" /> it is{' '}
        <Tex math={`\\sum_a f(a)^2 = ${D4.order}`} />.
      </p>
    ),
  },
  {
    id: 'fourier-delta',
    title: 'the transform of a delta',
    prompt: (
      <p>
        On <Tex math="C_4" /> let f be 1 at <Tex math="r" /> and 0 elsewhere. Enter{' '}
        <Tex math="\hat f(\rho_1)" /> for the frequency-1 irrep <Tex math="\rho_1(r^k) = R_{2\pi k/4}" />, row
        by row.
      </p>
    ),
    answer: {
      kind: 'fields',
      fields: ['row 1, col 1', 'row 1, col 2', 'row 2, col 1', 'row 2, col 2'].map((label) => ({
        label,
        size: 4,
      })),
    },
    check: (v) => checkFourierCoefficient(DELTA_R, PSI_1, v),
    hint: (
      <>
        <Tex math="\hat f(\rho) = \sum_a f(a)\,\rho(a)" /> has a single term here. Write out the rotation
        matrix by 90°.
      </>
    ),
    explanation: (
      <p>
        <Tex math={`\\hat f(\\rho_1) = \\rho_1(r) = ${pmatrix(PSI_1.rho(1))}`} />: the transform of a delta at
        g is the matrix of g. Every function is a sum of deltas, so its transform is the matching sum of
        matrices.
      </p>
    ),
  },
  {
    id: 'count-irreps',
    title: 'count the irreps',
    prompt: (
      <p>
        <Tex math="D_6" /> has 12 elements and four 1-dimensional real irreps; the rest are 2-dimensional. How
        many 2-dimensional irreps does it have?
      </p>
    ),
    answer: { kind: 'fields', fields: [{ label: 'number of 2-dimensional irreps' }] },
    check: ([v]) => checkIrrepCount(D6, 2, v),
    hint: (
      <>
        The regular representation contains each complex irrep as often as its dimension, so{' '}
        <Tex math="|G| = \sum_i d_i^2" /> over the complex irreps. The irreps of{' '}
        <Tex math="D_N" /> stay irreducible over <Tex math="\mathbb{C}" />, so here the real list is the complex
        one.
      </>
    ),
    explanation: (
      <p>
        <Tex math="12 = 4 \cdot 1^2 + 2 \cdot 2^2" />: two, the frequencies <Tex math="m = 1, 2" /> (with{' '}
        <Tex math="0 < m < 6/2" />
        ). Pick D6 in the block-diagonal widget and count the outlined blocks.
      </p>
    ),
  },
  {
    id: 'real-block-character',
    title: 'the character of a real block',
    prompt: (
      <p>
        On <Tex math="C_4" /> the real frequency-1 block is <Tex math="\rho_1(r^k) = R_{2\pi k/4}" />, with
        character <Tex math="\chi(r^k) = \operatorname{Tr}\rho_1(r^k)" />. Compute{' '}
        <Tex math="\langle \chi, \chi \rangle = \frac{1}{4}\sum_k |\chi(r^k)|^2" />.
      </p>
    ),
    answer: { kind: 'fields', fields: [{ label: '⟨χ, χ⟩' }] },
    check: ([v]) => checkCharacterNorm(PSI_1, v),
    hint: (
      <>
        The trace of <Tex math="R_\alpha" /> is <Tex math="2\cos\alpha" />. List <Tex math="\chi(r^k)" /> for{' '}
        <Tex math="k = 0, 1, 2, 3" /> first.
      </>
    ),
    explanation: (
      <p>
        <Tex math="\chi = (2, 0, -2, 0)" />, so <Tex math="\langle \chi, \chi \rangle = (4 + 0 + 4 + 0)/4 = 2" />
        . An irrep over <Tex math="\mathbb{C}" /> would give 1. The block splits over{' '}
        <Tex math="\mathbb{C}" /> into the characters <Tex math="e^{\pm i\pi k/2}" />, two orthonormal
        characters, hence <Tex math="1 + 1" />. It appears once in <Tex math="\rho_{\mathrm{reg}}" />:{' '}
        <Tex math="\langle \chi_{\mathrm{reg}}, \chi \rangle / \langle \chi, \chi \rangle = 2/2" />.
      </p>
    ),
  },
  {
    id: 'homomorphism',
    title: 'a product of matrices',
    prompt: (
      <p>
        In the 2-dimensional irrep <Tex math="\rho_{1,1}" /> of <Tex math="D_4" />,{' '}
        <Tex
          math={`\\rho(r)\\,\\rho(s) = ${pmatrix(PSI_D4.rho(1))}${pmatrix(PSI_D4.rho(S))} = ${pmatrix(matmul(PSI_D4.rho(1), PSI_D4.rho(S)))}`}
        />{' '}
        is <Tex math="\rho(x)" /> for which element x?
      </p>
    ),
    answer: { kind: 'fields', fields: [{ label: 'x', placeholder: 'r^k or r^k s', size: 12 }] },
    check: ([v]) => checkHomomorphism(D4, PSI_D4, 1, S, v),
    hint: <>A representation turns products into products: ρ(g)ρ(h) = ρ(gh). In r·s, s acts first.</>,
    explanation: (
      <p>
        <Tex math="x = r s" />, the reflection across the line at 45°. The matrix{' '}
        <Tex math="\rho(r)\rho(s)" /> is the mirror <Tex math="\rho(s)" /> followed by the quarter turn{' '}
        <Tex math="\rho(r)" />, just as r·s is s followed by r.
      </p>
    ),
  },
];

export const REPRESENTATIONS_EXERCISES: readonly ExerciseSpec[] = SPECS;
export const RepresentationsExercise = lessonExercises('representations', SPECS);

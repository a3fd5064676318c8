// The steerable lesson's exercises on the sphere as a space and on maps of steerable features: the
// stabilizer of a point, which vector maps commute with rotations, and one spherical-convolution
// coefficient. Every expected value comes from the math core (checkers.ts).
import type { ExerciseSpec } from '../../../src/ui/exercises/Exercise';
import { Tex } from '../../../src/ui/exercises/Tex';
import { harmonicIndex } from '../../../src/experiments/steerable/sphereFunctions';
import { spectralConvolution } from '../../../src/experiments/steerable/sphericalConvolution';
import {
  ADDED_VECTOR,
  VECTOR_MAP_BIAS,
  VECTOR_MAP_NAMES,
  vectorMapTest,
  type VectorMap,
} from '../../../src/experiments/steerable/vectorMaps';
import { checkCommutingMap, checkConvolutionCoefficients, checkStabilizerImage } from './checkers';
import { texList, texNum, texSmall } from './format';

const VECTOR_MAP_LABELS: Record<VectorMap, { words: string; tex: string }> = {
  relu: {
    words: 'componentwise ReLU',
    tex: '\\big(\\mathrm{ReLU}(v_{-1}), \\mathrm{ReLU}(v_0), \\mathrm{ReLU}(v_1)\\big)',
  },
  'component-gate': { words: 'a sigmoid gate', tex: '\\mathrm{sigmoid}(v_{-1})\\,\\mathbf{v}' },
  norm: {
    words: 'a norm ReLU',
    tex: `\\mathrm{ReLU}(\\lVert\\mathbf{v}\\rVert ${texNum(VECTOR_MAP_BIAS)})\\,\\mathbf{v}/\\lVert\\mathbf{v}\\rVert`,
  },
  bias: { words: 'a shifted vector', tex: `\\mathbf{v} + (${texList(ADDED_VECTOR)})` },
};

/** The measured commuting error of each map, for the explanation. */
function VectorMapTable() {
  return (
    <>
      <p>
        Measured on 20 random vectors and rotations, the largest{' '}
        <Tex math="\lVert\Phi(\mathbf{D}\mathbf{v}) - \mathbf{D}\Phi(\mathbf{v})\rVert" /> was:
      </p>
      <ul>
        {VECTOR_MAP_NAMES.map((map) => (
          <li key={map}>
            {VECTOR_MAP_LABELS[map].words}: <Tex math={texSmall(vectorMapTest(map).maxError)} />
          </li>
        ))}
      </ul>
    </>
  );
}

/** The convolution exercise: f^1_2, f^1_3 and h^0_2 (h^0_3 = 0); every other coefficient zero. */
const CONV_F = [0.5, 0.4];
const CONV_H2 = 0.3;
const CONV_TARGETS = [
  [2, 1],
  [3, 1],
] as const;
const CONV = {
  f: Array.from({ length: 16 }, (_, k) =>
    k === harmonicIndex(2, 1) ? CONV_F[0] : k === harmonicIndex(3, 1) ? CONV_F[1] : 0,
  ),
  h0: [0, 0, CONV_H2, 0],
};
const convOut = CONV_TARGETS.map(([l, m]) => spectralConvolution(CONV.f, CONV.h0)[harmonicIndex(l, m)]);


export const SPHERE_STABILIZER: ExerciseSpec = {
  id: 'sphere-stabilizer',
  title: 'a rotation that keeps a point',
  prompt: (
    <p>
      The stabilizer of <Tex math="\hat{\mathbf{x}} = (1, 0, 0)" /> on the sphere holds the rotations about
      the x axis. Where does its quarter turn (right-handed: counter-clockwise seen from the tip of{' '}
      <Tex math="\hat{\mathbf{x}}" />) send the north pole <Tex math="n = (0, 0, 1)" />?
    </p>
  ),
  answer: { kind: 'fields', fields: ['x', 'y', 'z'].map((c) => ({ label: c, size: 4 })) },
  check: (v) => checkStabilizerImage([1, 0, 0], Math.PI / 2, v),
  hint: (
    <>
      Look along <Tex math="\hat{\mathbf{x}}" /> towards the origin: y points right, z up. A quarter turn
      counter-clockwise takes y to z and z to −y.
    </>
  ),
  explanation: (
    <p>
      <Tex math="(0, -1, 0)" />. The point <Tex math="\hat{\mathbf{x}}" /> itself does not move, but the
      pole travels along the great circle <Tex math="x = 0" />: the stabilizer of{' '}
      <Tex math="\hat{\mathbf{x}}" /> is a copy of <Tex math="SO(2)" />, the rotations about ẑ conjugated by
      a rotation that takes n to <Tex math="\hat{\mathbf{x}}" />. Put p at longitude 0°, latitude 0° in the
      sphere widget and follow the orange arrows.
    </p>
  ),
};

export const COMMUTING_MAP: ExerciseSpec = {
  id: 'commuting-map',
  title: 'a nonlinearity that commutes',
  prompt: (
    <p>
      A type-1 steerable vector <Tex math="\mathbf{v} = (v_{-1}, v_0, v_1)" /> (components{' '}
      <Tex math="(y, z, x)" />) goes through a nonlinearity <Tex math="\Phi" />. Which of these maps
      satisfies <Tex math="\Phi(\mathbf{D}^{(1)}(R)\mathbf{v}) = \mathbf{D}^{(1)}(R)\Phi(\mathbf{v})" /> for
      every rotation <Tex math="R" />?
    </p>
  ),
  answer: {
    kind: 'pick',
    options: (['relu', 'component-gate', 'norm', 'bias'] as const).map((map) => ({
      value: map,
      label: (
        <span>
          {VECTOR_MAP_LABELS[map].words}, <Tex math={VECTOR_MAP_LABELS[map].tex} />
        </span>
      ),
    })),
  },
  check: ([v]) => checkCommutingMap(v),
  hint: (
    <>
      <Tex math="\mathbf{D}^{(1)}(R)" /> is orthogonal: it keeps the length of <Tex math="\mathbf{v}" />{' '}
      and turns its direction. Which map reads nothing but the length, and keeps the direction?
    </>
  ),
  explanation: (
    <>
      <p>
        The norm nonlinearity: the length is invariant, so{' '}
        <Tex math="\mathrm{ReLU}(\lVert\mathbf{v}\rVert + b)" /> is a scalar that every rotation leaves alone,
        and it multiplies the direction, which turns with <Tex math="R" />. It is the 3D form of the harmonic
        lesson&apos;s <Tex math="\mathbb{C}\text{-ReLU}_b" />. A gate works the same way if it is computed
        from invariants; read from one component it is not, and a fixed added vector does not turn.
      </p>
      <VectorMapTable />
    </>
  ),
};

export const CONVOLUTION_COEFFICIENT: ExerciseSpec = {
  id: 'convolution-coefficient',
  title: 'a coefficient of a spherical convolution',
  prompt: (
    <p>
      A function on the sphere has <Tex math={`f^{1}_{2} = ${texNum(CONV_F[0])}`} /> and{' '}
      <Tex math={`f^{1}_{3} = ${texNum(CONV_F[1])}`} />. It is convolved with a zonal filter whose only
      nonzero coefficient of degree 2 or 3 is <Tex math={`h^{0}_{2} = ${texNum(CONV_H2)}`} />. Give{' '}
      <Tex math="(f * h)^{1}_{2}" /> and <Tex math="(f * h)^{1}_{3}" /> (real orthonormal harmonics, three
      decimals).
    </p>
  ),
  answer: {
    kind: 'fields',
    fields: CONV_TARGETS.map(([l, m]) => ({ label: `(f * h) at l = ${l}, m = ${m}` })),
  },
  check: (v) => checkConvolutionCoefficients(CONV.f, CONV.h0, CONV_TARGETS, v),
  hint: (
    <>
      <Tex math="(f * h)^{m}_{l} = \sqrt{4\pi/(2l+1)}\, f^{m}_{l}\, h^{0}_{l}" />: the filter multiplies each
      degree by one number, with a constant that depends on the degree.
    </>
  ),
  explanation: (
    <p>
      <Tex
        math={`\\sqrt{4\\pi/5} \\cdot ${texNum(CONV_F[0])} \\cdot ${texNum(CONV_H2)} = ${texNum(convOut[0], 4)}`}
      />
      , and <Tex math="0" /> for degree 3, where the filter has nothing: a zonal filter rescales each degree
      and never creates one. The spherical convolution widget measures the constants{' '}
      <Tex math="\sqrt{4\pi/(2l+1)}" /> by quadrature.
    </p>
  ),
};

// From a dense layer to a group convolution (Bekkers' lecture notes, "Group convolutions are all you
// need"): impose κ(u·y, u·x) = κ(y, x) on a dense weight matrix and it collapses to a circulant
// (shifts of a line, C_N on itself), a block-circulant one (shifts of a torus), and for p4 or p4m to
// the four layer types. Weights are counted as orbits of G on Y × X by the math core, and random
// tied weights are checked to commute with every L_u in float64.
import { useMemo, useRef, useState } from 'react';
import { Tex } from '../../src/ui/exercises/Tex';
import { WidgetFrame } from '../../src/ui/frame/WidgetFrame';
import { DivergingLegend } from '../../src/ui/plots/DivergingLegend';
import { choice, defaultsOf, field, integer, linkOf, useLink } from '../../src/state/link';
import { formatError } from '../../src/experiments/format';
import {
  equivarianceError,
  LAYER_TYPES,
  POINT_GROUPS,
  SIZES,
  stepWeights,
  tiedMatrix,
  TYING_EXAMPLES,
  tyingExample,
  type LayerType,
  type PointGroupName,
  type TyingExample,
  type TyingExampleId,
} from '../../src/experiments/weightTying/denseToGroupConv';
import { LayerTypesTable } from './LayerTypesTable';
import { OrbitMatrix } from './OrbitMatrix';
import './denseToGroupConv.css';

const NAME = 'dense-to-group-conv';
/** Tied weights commute with L_u up to float64 round-off (about 1e-15 for these sizes). */
export const EQUIVARIANCE_TOLERANCE = 1e-12;
const ERROR_SEED = 3;

const TITLES: Record<TyingExampleId, string> = {
  line: '1-D signal, shifts ℤ_n',
  torus: 'image on a torus, shifts ℤ_n²',
  cyclic: 'functions on C_N, C_N acting',
  isotropic: 'isotropic: plane → plane',
  lifting: 'lifting: plane → group',
  group: 'group: group → group',
  projection: 'projection: group → plane',
};

const isLayer = (id: TyingExampleId): id is LayerType => (LAYER_TYPES as readonly string[]).includes(id);

/** The default size of each example: the second it offers (8 samples, a 3 x 3 torus, C_4, ...). */
const defaultSize = (id: TyingExampleId) => SIZES[id][id === 'cyclic' ? 1 : id === 'line' ? 2 : 0];

function stepLabel(ex: TyingExample, i: number) {
  const step = ex.steps[i];
  if (step.id === 'dense') return <>dense (no symmetry)</>;
  return (
    <>
      {step.id === 'translations' ? 'shifts ' : ''}
      <Tex math={step.latex} />
    </>
  );
}

function Readout({ ex, stepIndex, count, imposed, full }: {
  ex: TyingExample;
  stepIndex: number;
  count: number;
  imposed: number | null;
  full: number;
}) {
  const dense = ex.out.size * ex.inp.size;
  const step = ex.steps[stepIndex];
  const ok = (e: number) => e <= EQUIVARIANCE_TOLERANCE;
  return (
    <span
      className="tying-readout"
      data-free={count}
      data-dense={dense}
      data-error-imposed={imposed ?? ''}
      data-error-full={full}
    >
      <strong>
        Free parameters: {count} of {dense}
      </strong>{' '}
      (dense {ex.out.size} × {ex.inp.size}
      {count < dense ? `, ${Number((dense / count).toFixed(1))} times fewer` : ''}).{' '}
      Equivariance max |K L<sub>u</sub> f − L<sub>u</sub> K f|
      {imposed !== null && stepIndex < ex.steps.length - 1 && (
        <>
          {' '}
          over the imposed <Tex math={step.latex} />: {formatError(imposed)} (
          {ok(imposed) ? 'exact to float64 round-off' : 'broken!'});
        </>
      )}{' '}
      over all of <Tex math={ex.groupLatex} />: {formatError(full)} (
      {ok(full) ? 'equivariant to float64 round-off' : 'not equivariant'}). Tolerance {EQUIVARIANCE_TOLERANCE};
      random weights and f in [−1, 1), float64 on the CPU, math core.
    </span>
  );
}

export function DenseToGroupConv({
  example = 'line',
  instance,
}: {
  /** The example shown first. */
  example?: TyingExampleId;
  /** Tells two copies on one page apart in links. */
  instance?: string;
}) {
  const LINK = useMemo(
    () => ({
      example: field(choice(TYING_EXAMPLES), example),
      n: field(integer(2, 12), defaultSize(example)),
      step: field(integer(0, 2), example === 'line' || example === 'torus' || example === 'cyclic' ? 1 : 2),
      point: field(choice(POINT_GROUPS), 'C4' as PointGroupName),
      seed: field(integer(1, 9999), 1),
    }),
    [example],
  );
  const { initial } = useLink(NAME, LINK, { instance });
  const [id, setId] = useState(initial.example);
  const [n, setN] = useState(SIZES[initial.example].includes(initial.n) ? initial.n : defaultSize(initial.example));
  const [point, setPoint] = useState(initial.point);
  const [stepIndex, setStepIndex] = useState(initial.step);
  const [seed, setSeed] = useState(initial.seed);
  const [selected, setSelected] = useState<number | null>(null);
  const viewsRef = useRef<HTMLDivElement>(null);

  const ex = useMemo(() => tyingExample(id, n, point), [id, n, point]);
  const s = Math.min(stepIndex, ex.steps.length - 1);
  const tied = useMemo(() => stepWeights(ex, ex.steps[s]), [ex, s]);
  const K = useMemo(() => tiedMatrix(tied, seed), [tied, seed]);
  const errors = useMemo(() => {
    const step = ex.steps[s];
    const all = ex.steps[ex.steps.length - 1].elements;
    return {
      imposed: step.elements.length ? equivarianceError(ex, K, step.elements, ERROR_SEED) : null,
      full: equivarianceError(ex, K, all, ERROR_SEED),
    };
  }, [ex, s, K]);
  const pick = selected !== null && selected < tied.count ? selected : null;
  const members = pick === null ? 0 : tied.orbit.reduce((m, o) => m + (o === pick ? 1 : 0), 0);

  const choose = (next: TyingExampleId) => {
    setId(next);
    if (!SIZES[next].includes(n)) setN(defaultSize(next));
    setSelected(null);
  };

  return (
    <WidgetFrame
      name={NAME}
      instance={instance}
      title="From a dense layer to a group convolution"
      purpose={
        <>
          Demand <Tex math="\kappa(u y, u x) = \kappa(y, x)" /> of a dense weight matrix: entries that one{' '}
          <Tex math="u" /> carries into each other must share one weight.
        </>
      }
      wide
      exportRef={viewsRef}
      onReset={() => {
        const d = defaultsOf(LINK);
        setId(d.example);
        setN(d.n);
        setPoint(d.point);
        setStepIndex(d.step);
        setSeed(d.seed);
        setSelected(null);
      }}
      linkParams={() => linkOf(LINK, { example: id, n, step: s, point, seed })}
      help={
        <>
          <p>
            Start dense and step to the symmetry: every distinct weight gets its own number w<sub>k</sub>, and
            the matrix falls apart into a few patterns. Shifts of a line make it circulant, constant along
            every (wrapped) diagonal; the lecture&rsquo;s banded matrix is this circulant with all but three
            weights set to zero. Shifts of a torus make it block circulant with circulant blocks. With p4,
            the lifting matrix&rsquo;s four row blocks become rotated copies of one filter.
          </p>
          <p>
            Click a cell (or type its number under Highlight weight) to see every entry that shares its
            weight. The readout applies the matrix to a random f and checks K L<sub>u</sub> f = L
            <sub>u</sub> K f for every u: tied weights pass to float64 round-off, while a dense matrix, or
            one tied for shifts only, fails for the rotations.
          </p>
        </>
      }
      controls={
        <>
          <label>
            Example{' '}
            <select aria-label="Example" value={id} onChange={(e) => choose(e.target.value as TyingExampleId)}>
              <optgroup label="collapse">
                {(['line', 'torus', 'cyclic'] as const).map((k) => (
                  <option key={k} value={k}>
                    {TITLES[k]}
                  </option>
                ))}
              </optgroup>
              <optgroup label="the four layer types">
                {LAYER_TYPES.map((k) => (
                  <option key={k} value={k}>
                    {TITLES[k]}
                  </option>
                ))}
              </optgroup>
            </select>
          </label>
          <label>
            n{' '}
            <select aria-label="Size n" value={n} onChange={(e) => setN(Number(e.target.value))}>
              {SIZES[id].map((k) => (
                <option key={k} value={k}>
                  {k}
                </option>
              ))}
            </select>
          </label>
          {isLayer(id) && (
            <label>
              Group{' '}
              <select aria-label="Group" value={point} onChange={(e) => setPoint(e.target.value as PointGroupName)}>
                <option value="C4">p4 (H = C4)</option>
                <option value="D4">p4m (H = D4)</option>
              </select>
            </label>
          )}
          <fieldset className="tying-steps">
            <legend>Impose</legend>
            {ex.steps.map((step, i) => (
              <label key={step.id}>
                <input
                  type="radio"
                  name={`${NAME}-${instance ?? ''}-step`}
                  value={step.id}
                  checked={s === i}
                  onChange={() => setStepIndex(i)}
                  // The visible label is KaTeX; a plain name does not depend on how it renders.
                  aria-label={
                    step.id === 'dense' ? 'impose nothing (dense)' : step.id === 'translations' ? 'impose the shifts' : 'impose the whole group'
                  }
                />{' '}
                {stepLabel(ex, i)}
              </label>
            ))}
          </fieldset>
          <label>
            Highlight weight{' '}
            <input
              type="number"
              aria-label="Highlight weight"
              min={0}
              max={tied.count - 1}
              value={pick ?? ''}
              placeholder="none"
              onChange={(e) => {
                const k = e.target.value === '' ? null : Number(e.target.value);
                setSelected(k !== null && Number.isInteger(k) && k >= 0 && k < tied.count ? k : null);
              }}
            />
          </label>
          <button type="button" onClick={() => setSeed((x) => (x % 9999) + 1)}>
            New weights
          </button>
        </>
      }
      readout={
        <>
          <Readout ex={ex} stepIndex={s} count={tied.count} imposed={errors.imposed} full={errors.full} />
          {pick !== null && (
            <span className="tying-pick" data-weight={pick} data-members={members}>
              {' '}
              Weight w{pick} fills {members} of the {tied.rows * tied.cols} entries.
            </span>
          )}
        </>
      }
    >
      <div className="tying-views" ref={viewsRef}>
        <OrbitMatrix
          tied={tied}
          values={K}
          rowBlock={ex.rowBlock}
          colBlock={ex.colBlock}
          selected={pick}
          onSelect={setSelected}
          caption={
            <Tex
              math={`\\kappa(y, x),\\ y \\in Y = ${ex.yLatex},\\ x \\in X = ${ex.xLatex};\\ \\text{imposed: } ${ex.steps[s].latex}`}
            />
          }
        />
        <div className="tying-side">
          <DivergingLegend maxAbs={1} label="weight value" />
          {isLayer(id) && (
            <LayerTypesTable n={n} point={point} current={id} onShow={(t) => choose(t)} />
          )}
        </div>
      </div>
    </WidgetFrame>
  );
}

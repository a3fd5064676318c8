// Widget: four nonlinearities on a steerable feature h = h⁽⁰⁾ ⊕ h⁽¹⁾ ⊕ h⁽²⁾, each measured on the
// commuting diagram Φ(D(R)h) = D(R)Φ(h): pointwise ReLU fails for l ≥ 1, the norm and gated
// nonlinearities and the CG tensor square hold to float64 round-off.
import { useMemo, useRef, useState } from 'react';
import type { Matrix } from '../../src/math/linalg';
import { mulberry32 } from '../../src/math/random';
import { so3Random } from '../../src/math/so3';
import {
  COMMUTING_TOLERANCE as TOLERANCE,
  FEATURE_SIZE,
  GATE_SCALAR_WEIGHT,
  NONLINEARITIES,
  commutingChecks,
  featureOf,
  gates,
  type NonlinearityKind,
} from '../../src/experiments/steerable/steerableNonlinearities';
import {
  axisParamsOf,
  rotationFromAxisParams,
  type AxisAngleParams,
} from '../../src/experiments/steerable/rotationParams';
import { formatError, formatTick } from '../../src/experiments/format';
import { choice, defaultsOf, field, linkOf, number, useLink } from '../../src/state/link';
import { WidgetFrame } from '../../src/ui/frame/WidgetFrame';
import { SignedBars } from '../../src/ui/plots/SignedBars';
import { AngleSlider } from './AngleSlider';
import { ErrorReadout } from './ErrorReadout';
import { FrameTrackball } from './FrameTrackball';
import { components, rotation } from './linkFields';
import { VectorSliders } from './VectorSliders';
import './nonlinearities.css';
import './steerable.css';

const NAME = 'steerable-nonlinearities';
const START_AXIS: AxisAngleParams = { azimuth: 0.7, elevation: 0.4, angle: 1.2 };
/** Components on the sliders' grid of 0.05 in [−1, 1]. */
const randomFeature = (rng: () => number) =>
  Array.from({ length: FEATURE_SIZE }, () => Math.round((2 * rng() - 1) * 20) / 20);
const START_H = randomFeature(mulberry32(7));

const LINK = {
  h: field(components, START_H),
  b: field(number(-1, 1), -0.25),
  show: field(choice(NONLINEARITIES), 'relu'),
  r: field(rotation, rotationFromAxisParams(START_AXIS)),
};

const NAMES: Record<NonlinearityKind, string> = {
  relu: 'ReLU on every component',
  norm: 'norm nonlinearity',
  gated: 'gated nonlinearity',
  'tensor-square': 'CG tensor square',
};

const SUP = ['⁰', '¹', '²'];
/** Bar labels: the degree and order of each component, "l=1 m=−1" as "1,−1". */
const BAR_LABELS = [0, 1, 2].flatMap((l) =>
  Array.from({ length: 2 * l + 1 }, (_, k) => `${l},${k - l}`.replace('-', '−')),
);

export function SteerableNonlinearities() {
  const { initial, linked } = useLink(NAME, LINK);
  const [h, setH] = useState<number[]>(() => (initial.h.length === FEATURE_SIZE ? initial.h : START_H));
  const [bias, setBias] = useState(initial.b);
  const [show, setShow] = useState<NonlinearityKind>(initial.show);
  const [r, setR] = useState<Matrix>(initial.r);
  const [axis, setAxis] = useState(() => (linked ? axisParamsOf(initial.r, START_AXIS) : START_AXIS));
  const rng = useRef(mulberry32(5));
  const chartsRef = useRef<HTMLDivElement>(null);

  const blocks = useMemo(() => featureOf(h), [h]);
  const checks = useMemo(() => commutingChecks(blocks, r, bias), [blocks, r, bias]);
  const shown = checks.find((c) => c.kind === show)!;
  const g = gates(blocks, bias);

  const setRotation = (next: Matrix, params?: AxisAngleParams) => {
    setR(next);
    setAxis(params ?? axisParamsOf(next, axis));
  };
  const setAxisParam = (p: Partial<AxisAngleParams>) => {
    const next = { ...axis, ...p };
    setRotation(rotationFromAxisParams(next), next);
  };
  const setBlock = (l: number, values: number[]) => setH(blocks.map((b, k) => (k === l ? values : b)).flat());

  const range = (values: readonly number[]) => Math.max(1e-9, ...values.map(Math.abs));
  const beforeAfter = range([...h, ...shown.output.flat()]);
  const diagram = range([...shown.rotatedOutput.flat(), ...shown.outputOfRotated.flat()]);

  return (
    <WidgetFrame
      name={NAME}
      wide
      title="Nonlinearities for steerable features"
      purpose="Put h = h⁽⁰⁾ ⊕ h⁽¹⁾ ⊕ h⁽²⁾ through four nonlinearities Φ and measure whether rotating first or last gives the same."
      onReset={() => {
        const d = defaultsOf(LINK);
        setH(d.h);
        setBias(d.b);
        setShow(d.show);
        setRotation(d.r, START_AXIS);
      }}
      linkParams={() => linkOf(LINK, { h, b: bias, show, r })}
      exportRef={chartsRef}
      help={
        <p>
          Each row of the table is one nonlinearity Φ, measured on the commuting diagram: the relative error
          ‖Φ(D(R)h) − D(R)Φ(h)‖ / ‖D(R)Φ(h)‖, split by degree. Set the angle to 0 and every error vanishes; at
          a generic rotation ReLU on every component fails in degrees 1 and 2 and never in degree 0, while the
          norm and gated nonlinearities and the tensor square stay at round-off whatever h, b and R you
          choose. In the lower chart the bars are D(R)Φ(h) (the layer, then the rotation) and the dots
          Φ(D(R)h) (the rotation, then the layer): they coincide exactly when Φ commutes.
        </p>
      }
      controls={
        <>
          <label>
            Chart{' '}
            <select
              aria-label="Nonlinearity shown"
              value={show}
              onChange={(e) => setShow(e.target.value as NonlinearityKind)}
            >
              {NONLINEARITIES.map((k) => (
                <option key={k} value={k}>
                  {NAMES[k]}
                </option>
              ))}
            </select>
          </label>
          <label className="coefficient-slider">
            <span>bias b</span>
            <input
              type="range"
              min={-1}
              max={1}
              step={0.05}
              value={bias}
              aria-label="Bias b"
              onChange={(e) => setBias(Number(e.target.value))}
            />
            <output>{bias.toFixed(2)}</output>
          </label>
          <button onClick={() => setH(randomFeature(rng.current))}>Random h</button>
          <button onClick={() => setRotation(so3Random(rng.current))}>Random rotation</button>
          {blocks.map((block, l) => (
            <VectorSliders
              key={l}
              name={`h${SUP[l]}`}
              label={`h⁽${l}⁾ (type ${l})`}
              values={block}
              onChange={(v) => setBlock(l, v)}
            />
          ))}
          <div className="vector-sliders" role="group" aria-label="Rotation R">
            <span className="vector-name">R</span>
            <AngleSlider
              label="axis azimuth"
              name="Axis azimuth"
              value={axis.azimuth}
              minDeg={-180}
              maxDeg={180}
              onChange={(v) => setAxisParam({ azimuth: v })}
            />
            <AngleSlider
              label="axis elevation"
              name="Axis elevation"
              value={axis.elevation}
              minDeg={-90}
              maxDeg={90}
              onChange={(v) => setAxisParam({ elevation: v })}
            />
            <AngleSlider
              label="angle θ"
              name="Rotation angle"
              value={axis.angle}
              minDeg={0}
              maxDeg={180}
              onChange={(v) => setAxisParam({ angle: v })}
            />
          </div>
        </>
      }
      readout={
        <>
          {checks.map((c) => (
            <ErrorReadout
              key={c.kind}
              name={c.kind}
              label={<>{NAMES[c.kind]}: ‖Φ(Dh) − DΦ(h)‖ / ‖DΦ(h)‖</>}
              value={c.error}
              tolerance={TOLERANCE}
              otherwise="broken: does not commute with R"
            />
          ))}
          <p className="readout-note">
            Gates g<sub>l</sub> = sigmoid({GATE_SCALAR_WEIGHT}h⁽⁰⁾ + ‖h<sup>(l)</sup>‖ + b): g₁ ={' '}
            {g[1].toFixed(4)}, g₂ = {g[2].toFixed(4)}. Rotation by {((axis.angle * 180) / Math.PI).toFixed(1)}
            ° about an axis at azimuth {((axis.azimuth * 180) / Math.PI).toFixed(1)}°, elevation{' '}
            {((axis.elevation * 180) / Math.PI).toFixed(1)}°.
          </p>
        </>
      }
    >
      <div className="steerable-panel">
        <FrameTrackball rotation={r} onRotate={(next) => setRotation(next)} label="Rotation R" />
        <span className="widget-note">drag to rotate h</span>
      </div>
      <div className="cg-column nonlinearity-column">
        <NonlinearityTable checks={checks} show={show} onShow={setShow} />
        <div ref={chartsRef} className="nonlinearity-charts">
          <SignedBars
            title={`h and Φ(h), Φ: ${SHORT[show]}`}
            labels={BAR_LABELS}
            maxAbs={beforeAfter}
            series={[
              { label: 'h (before)', values: h, className: 'bar-before' },
              { label: 'Φ(h) (after)', values: shown.output.flat(), className: 'bar-after' },
            ]}
          />
          <SignedBars
            title="D(R)Φ(h) (bars), Φ(D(R)h) (dots)"
            labels={BAR_LABELS}
            maxAbs={diagram}
            series={[{ label: 'layer, then R', values: shown.rotatedOutput.flat(), className: 'bar-after' }]}
            dots={{ label: 'R, then layer', values: shown.outputOfRotated.flat() }}
          />
        </div>
      </div>
    </WidgetFrame>
  );
}

const FORMULAS: Record<NonlinearityKind, string> = {
  relu: 'max(0, ·) on each component',
  norm: 'ReLU(‖h⁽ˡ⁾‖ + b) h⁽ˡ⁾/‖h⁽ˡ⁾‖',
  gated: 'gₗ h⁽ˡ⁾, gate gₗ invariant',
  'tensor-square': 'Σ (h⁽ˡ¹⁾ ⊗cg h⁽ˡ²⁾)⁽ˡ⁾, l₁ ≤ l₂',
};

const SHORT: Record<NonlinearityKind, string> = {
  relu: 'ReLU per component',
  norm: 'norm nonlinearity',
  gated: 'gated nonlinearity',
  'tensor-square': 'CG tensor square',
};

function NonlinearityTable({
  checks,
  show,
  onShow,
}: {
  checks: ReturnType<typeof commutingChecks>;
  show: NonlinearityKind;
  onShow(kind: NonlinearityKind): void;
}) {
  return (
    <div className="nonlinearity-table-wrap">
      <table className="nonlinearity-table">
        <caption>Relative commuting error by degree l (share of ‖DΦ(h)‖)</caption>
        <thead>
          <tr>
            <th scope="col">nonlinearity Φ</th>
            <th scope="col">acts as</th>
            {[0, 1, 2].map((l) => (
              <th key={l} scope="col">
                l = {l}
              </th>
            ))}
            <th scope="col">verdict</th>
          </tr>
        </thead>
        <tbody>
          {checks.map((c) => (
            <tr
              key={c.kind}
              data-nonlinearity={c.kind}
              data-errors={JSON.stringify(c.errorByDegree)}
              className={c.kind === show ? 'nonlinearity-shown' : undefined}
            >
              <th scope="row">
                <button
                  className="nonlinearity-pick"
                  aria-pressed={c.kind === show}
                  onClick={() => onShow(c.kind)}
                >
                  {NAMES[c.kind]}
                </button>
              </th>
              <td className="nonlinearity-formula">{FORMULAS[c.kind]}</td>
              {c.errorByDegree.map((e, l) => (
                <td key={l} className="nonlinearity-error">
                  {formatError(e)}
                </td>
              ))}
              <td className={c.commutes ? 'verdict-exact' : 'verdict-other'}>
                {c.commutes ? 'commutes' : `broken (${formatTick(c.error)})`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="widget-note">
        Norm and gated: the scalar h⁽⁰⁾ goes through an ordinary ReLU and each block of degree l ≥ 1 as shown.
        Tensor square: every path l₁ ⊗ l₂ → l with l ≤ 2, weight 1.
      </p>
    </div>
  );
}

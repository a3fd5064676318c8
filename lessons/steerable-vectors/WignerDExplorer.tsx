// Widget: the Wigner-D matrix D^l(R) as a heatmap, with R set by axis-angle, ZYZ Euler angles or a
// drag, and the homomorphism D(R1) D(R2) = D(R1 R2) checked live.
import { useMemo, useRef, useState } from 'react';
import type { Matrix } from '../../src/math/linalg';
import { so3Random } from '../../src/math/so3';
import { mulberry32 } from '../../src/math/random';
import { DivergingLegend } from '../../src/ui/plots/DivergingLegend';
import { HeatmapGrid } from '../../src/ui/plots/Heatmap';
import { WidgetFrame } from '../../src/ui/frame/WidgetFrame';
import { AngleSlider } from './AngleSlider';
import { ErrorReadout } from './ErrorReadout';
import { FrameTrackball } from './FrameTrackball';
import { WIGNER_LINK as LINK, WIGNER_START as START, type WignerMode as Mode } from './linkFields';
import {
  axisParamsOf,
  eulerParamsOf,
  rotationFromAxisParams,
  rotationFromEuler,
  type AxisAngleParams,
  type EulerParams,
} from '../../src/experiments/steerable/rotationParams';
import { wignerChecks } from '../../src/experiments/steerable/wignerChecks';
import './steerable.css';
import { formatDegrees } from '../../src/experiments/format';
import { defaultsOf, linkOf, useLink } from '../../src/state/link';

const NAME = 'wigner-d-explorer';
const TOLERANCE = 1e-10;

export function WignerDExplorer() {
  const { initial, linked } = useLink(NAME, LINK);
  const [l, setL] = useState(initial.l);
  const [mode, setMode] = useState<Mode>(initial.mode);
  const [axisParams, setAxisParams] = useState(() => (linked ? axisParamsOf(initial.r1, START) : START));
  const [euler, setEuler] = useState<EulerParams>(() => eulerParamsOf(initial.r1));
  const [r1, setR1] = useState<Matrix>(initial.r1);
  const rng = useRef(mulberry32(11));
  const [r2, setR2] = useState<Matrix>(initial.r2);
  const svgRef = useRef<SVGSVGElement>(null);

  const checks = useMemo(() => wignerChecks(l, r1, r2), [l, r1, r2]);
  const labels = Array.from({ length: 2 * l + 1 }, (_, k) => `${k - l}`);
  const e2 = eulerParamsOf(r2);

  /** Set R1 from any source and bring both sets of sliders in step with it. */
  const setRotation = (r: Matrix, from?: { axis?: AxisAngleParams; euler?: EulerParams }) => {
    setR1(r);
    setAxisParams(from?.axis ?? axisParamsOf(r, axisParams));
    setEuler(from?.euler ?? eulerParamsOf(r));
  };
  const setAxis = (p: Partial<AxisAngleParams>) => {
    const next = { ...axisParams, ...p };
    setRotation(rotationFromAxisParams(next), { axis: next });
  };
  const setEulerAngle = (p: Partial<EulerParams>) => {
    const next = { ...euler, ...p };
    setRotation(rotationFromEuler(next), { euler: next });
  };
  const cell = [22, 22, 20, 16, 13][l];

  return (
    <WidgetFrame
      name={NAME}
      wide
      title="Wigner-D matrices"
      purpose="Dˡ(R) rotates type-l steerable vectors: watch it change with R, and check that it respects composition."
      onReset={() => {
        const d = defaultsOf(LINK);
        setL(d.l);
        setRotation(d.r1, { axis: START });
        setR2(d.r2);
      }}
      linkParams={() => linkOf(LINK, { l, mode, r1, r2 })}
      help={
        <p>
          Set R₁ with the sliders or drag the axes picture. Each heatmap shows one matrix on the same
          blue-white-red scale from −1 to 1 (entries of an orthogonal matrix never leave it). The last map is
          D(R₁)D(R₂) − D(R₁R₂): it stays white, because R ↦ D<sup>l</sup>(R) is a representation. For l = 1
          the matrix is the rotation matrix itself with rows and columns reordered to (y, z, x).
        </p>
      }
      controls={
        <>
          <label>
            Degree l{' '}
            <select value={l} onChange={(e) => setL(Number(e.target.value))} aria-label="Degree l">
              {[0, 1, 2, 3, 4].map((k) => (
                <option key={k} value={k}>
                  {k}
                </option>
              ))}
            </select>
          </label>
          <fieldset className="mode-switch">
            <legend className="visually-hidden">Parametrise R₁ by</legend>
            {(['axis-angle', 'euler'] as const).map((m) => (
              <label key={m}>
                <input type="radio" name={`${NAME}-mode`} checked={mode === m} onChange={() => setMode(m)} />{' '}
                {m === 'axis-angle' ? 'Axis and angle' : 'Euler angles (ZYZ)'}
              </label>
            ))}
          </fieldset>
          <button onClick={() => setR2(so3Random(rng.current))}>New random R₂</button>
          <div className="vector-sliders" role="group" aria-label="Rotation R1">
            {mode === 'axis-angle' ? (
              <>
                <AngleSlider
                  label="axis azimuth"
                  name="Axis azimuth"
                  value={axisParams.azimuth}
                  minDeg={-180}
                  maxDeg={180}
                  onChange={(v) => setAxis({ azimuth: v })}
                />
                <AngleSlider
                  label="axis elevation"
                  name="Axis elevation"
                  value={axisParams.elevation}
                  minDeg={-90}
                  maxDeg={90}
                  onChange={(v) => setAxis({ elevation: v })}
                />
                <AngleSlider
                  label="angle θ"
                  name="Rotation angle"
                  value={axisParams.angle}
                  minDeg={0}
                  maxDeg={180}
                  onChange={(v) => setAxis({ angle: v })}
                />
              </>
            ) : (
              <>
                <AngleSlider
                  label="α"
                  name="Euler angle alpha"
                  value={euler.alpha}
                  minDeg={-180}
                  maxDeg={180}
                  onChange={(v) => setEulerAngle({ alpha: v })}
                />
                <AngleSlider
                  label="β"
                  name="Euler angle beta"
                  value={euler.beta}
                  minDeg={0}
                  maxDeg={180}
                  onChange={(v) => setEulerAngle({ beta: v })}
                />
                <AngleSlider
                  label="γ"
                  name="Euler angle gamma"
                  value={euler.gamma}
                  minDeg={-180}
                  maxDeg={180}
                  onChange={(v) => setEulerAngle({ gamma: v })}
                />
              </>
            )}
          </div>
        </>
      }
      readout={
        <>
          <ErrorReadout
            name="homomorphism"
            label={
              <>
                max |D<sup>{l}</sup>(R₁)D<sup>{l}</sup>(R₂) − D<sup>{l}</sup>(R₁R₂)|
              </>
            }
            value={checks.homomorphism}
            tolerance={TOLERANCE}
          />
          <ErrorReadout
            name="orthogonality"
            label={
              <>
                max |D<sup>{l}</sup>(R₁)D<sup>{l}</sup>(R₁)<sup>T</sup> − I|
              </>
            }
            value={checks.orthogonality}
            tolerance={TOLERANCE}
          />
          {checks.typeOne !== null && (
            <ErrorReadout
              name="type-one"
              label={
                <>
                  max |D<sup>1</sup>(R₁) − P R₁ P<sup>T</sup>|, P: (x, y, z) → (y, z, x)
                </>
              }
              value={checks.typeOne}
              tolerance={TOLERANCE}
            />
          )}
          <p className="readout-note">
            R₁ = R<sub>z</sub>({formatDegrees(euler.alpha)}) R<sub>y</sub>({formatDegrees(euler.beta)}) R<sub>z</sub>(
            {formatDegrees(euler.gamma)}) = rotation by {formatDegrees(axisParams.angle)} about (
            {axisParamsToText(axisParams)}); R₂ = R<sub>z</sub>({formatDegrees(e2.alpha)}) R<sub>y</sub>(
            {formatDegrees(e2.beta)}) R<sub>z</sub>({formatDegrees(e2.gamma)}).
          </p>
        </>
      }
      exportRef={svgRef}
    >
      <div className="steerable-panel">
        <FrameTrackball rotation={r1} onRotate={(r) => setRotation(r)} label="Rotation R₁" />
        <span className="widget-note">drag to rotate R₁</span>
        <DivergingLegend maxAbs={1} label="matrix entry" width={160} />
      </div>
      <HeatmapGrid
        svgRef={svgRef}
        maxWidth={850}
        label={`Wigner-D matrices of degree ${l} and their difference`}
        maps={[
          { name: 'd1', matrix: checks.d1, title: `D${sup(l)}(R₁)` },
          { name: 'd2', matrix: checks.d2, title: `D${sup(l)}(R₂)` },
          { name: 'product', matrix: checks.product, title: 'D(R₁) D(R₂)' },
          { name: 'of-product', matrix: checks.ofProduct, title: 'D(R₁R₂)' },
          { name: 'difference', matrix: checks.difference, title: 'difference' },
        ].map((m) => ({ ...m, maxAbs: 1, cell, rowLabels: labels, colLabels: labels }))}
      />
    </WidgetFrame>
  );
}

const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const sup = (n: number) => SUPERSCRIPTS[n];
const axisParamsToText = (p: AxisAngleParams) => {
  const c = Math.cos(p.elevation);
  return [c * Math.cos(p.azimuth), c * Math.sin(p.azimuth), Math.sin(p.elevation)]
    .map((x) => x.toFixed(2))
    .join(', ');
};

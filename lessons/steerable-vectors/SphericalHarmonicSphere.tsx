// Widget: a real spherical harmonic (or a combination Σ_m c_m Y_{l,m}) on a sphere you can turn.
// Turning the function, f -> f∘R^{-1}, turns its coefficients by D^l(R); the readout compares the
// coefficients measured by quadrature with D^l(R) c.
import { useMemo, useRef, useState } from 'react';
import type { Matrix } from '../../src/math/linalg';
import { identity } from '../../src/math/linalg';
import { so3Random, so3ToEulerZYZ } from '../../src/math/so3';
import { mulberry32 } from '../../src/math/random';
import { DivergingLegend } from '../../src/ui/plots/DivergingLegend';
import { symmetricRange } from '../../src/ui/plots/diverging';
import { SignedBars } from '../../src/ui/plots/SignedBars';
import { WidgetFrame } from '../../src/ui/frame/WidgetFrame';
import { measureCoefficientRotation, evaluateDegree } from '../../src/experiments/steerable/coefficientRotation';
import { ErrorReadout } from './ErrorReadout';
import { SPHERE_LINK as LINK, SPHERE_MAX_L as MAX_L, vectorOf } from './linkFields';
import { inverseRotatePoint } from '../../src/experiments/steerable/sphereFunctions';
import { CELL_CENTRES } from './sphereCanvas';
import { SphereCanvas } from './SphereCanvas';
import { VectorSliders } from './VectorSliders';
import './steerable.css';
import { formatDegrees } from '../../src/experiments/format';
import { defaultsOf, linkOf, useLink } from '../../src/state/link';

const NAME = 'spherical-harmonic-sphere';
const TOLERANCE = 1e-10;
const unit = (l: number, m: number) => Array.from({ length: 2 * l + 1 }, (_, k) => (k === m + l ? 1 : 0));

export function SphericalHarmonicSphere() {
  const { initial } = useLink(NAME, LINK);
  const [l, setL] = useState(initial.l);
  const [c, setC] = useState(() => vectorOf(initial.c, initial.l, () => unit(initial.l, Math.min(initial.l, 1))));
  const [r, setR] = useState<Matrix>(initial.r);
  const rng = useRef(mulberry32(2024));
  const canvasRef = useRef<HTMLCanvasElement>(null);

  // The colour range: max |f| over the sphere, taken from the unrotated function so turning keeps the scale.
  const maxAbs = useMemo(() => symmetricRange(CELL_CENTRES.map((n) => evaluateDegree(l, c, n))), [l, c]);
  const values = useMemo(
    () => CELL_CENTRES.map((n) => evaluateDegree(l, c, inverseRotatePoint(r, n))),
    [l, c, r],
  );
  const m = useMemo(() => measureCoefficientRotation(l, c, r), [l, c, r]);
  const euler = so3ToEulerZYZ(r);
  const mLabels = Array.from({ length: 2 * l + 1 }, (_, k) => `${k - l}`);
  const barRange = Math.max(1, symmetricRange([...c, ...m.predicted]));

  const setDegree = (nl: number) => {
    setL(nl);
    setC(unit(nl, 0));
  };

  return (
    <WidgetFrame
      name={NAME}
      wide
      title="Spherical harmonics are steerable"
      purpose="Turn a function on the sphere and watch its coefficients turn by the Wigner-D matrix."
      onReset={() => {
        const d = defaultsOf(LINK);
        setL(d.l);
        setC(unit(d.l, 1));
        setR(d.r);
      }}
      linkParams={() => linkOf(LINK, { l, c, r })}
      help={
        <p>
          Drag the sphere (or focus it and use the arrow keys). The dashed circle and the dot show where the
          function's own equator and north pole have gone. Pick one Y<sub>l,m</sub>, or mix them with the
          sliders: the grey bars are the coefficients c before turning, the coloured bars D<sup>l</sup>(R) c,
          and the dots the coefficients measured from the turned function by quadrature. They agree to
          round-off for every rotation, and the length of the coefficient vector never changes.
        </p>
      }
      controls={
        <>
          <label>
            Degree l{' '}
            <select value={l} onChange={(e) => setDegree(Number(e.target.value))} aria-label="Degree l">
              {Array.from({ length: MAX_L + 1 }, (_, k) => (
                <option key={k} value={k}>
                  {k}
                </option>
              ))}
            </select>
          </label>
          <label>
            Show one Y<sub>l,m</sub>, m ={' '}
            <select
              aria-label="Order m of a single harmonic"
              value={c.filter((x) => x !== 0).length === 1 && c.includes(1) ? c.indexOf(1) - l : ''}
              onChange={(e) => e.target.value !== '' && setC(unit(l, Number(e.target.value)))}
            >
              <option value="">(mixture)</option>
              {mLabels.map((lab) => (
                <option key={lab} value={lab}>
                  {lab}
                </option>
              ))}
            </select>
          </label>
          <button onClick={() => setR(so3Random(rng.current))}>Random rotation</button>
          <button onClick={() => setR(identity(3))}>Unrotate</button>
          <VectorSliders name="c" label="Coefficients" values={c} onChange={setC} />
        </>
      }
      readout={
        <>
          <ErrorReadout
            name="coefficients"
            label={
              <>
                max<sub>m</sub> |quadrature coefficients of f∘R<sup>−1</sup> − D<sup>{l}</sup>(R) c|
              </>
            }
            value={m.maxError}
            tolerance={TOLERANCE}
          />
          <p className="readout-note">
            R = R<sub>z</sub>({formatDegrees(euler.alpha)}) R<sub>y</sub>({formatDegrees(euler.beta)}) R<sub>z</sub>(
            {formatDegrees(euler.gamma)}); |c| = {Math.hypot(...c).toFixed(4)}, |D<sup>{l}</sup>(R) c| ={' '}
            {Math.hypot(...m.predicted).toFixed(4)}. Quadrature: 8 × 16 Gauss-Legendre product rule, exact for
            these degrees.
          </p>
        </>
      }
      exportRef={canvasRef}
    >
      <div className="sphere-panel">
        <SphereCanvas
          canvasRef={canvasRef}
          values={values}
          maxAbs={maxAbs}
          rotation={r}
          onRotate={setR}
          description={`The function f∘R⁻¹ with f = Σ c_m Y_${l},m on the sphere, blue negative, red positive.`}
        />
        <DivergingLegend maxAbs={maxAbs} label="f(R⁻¹n)" />
      </div>
      <SignedBars
        title={`Coefficients of degree ${l}, m = −${l}..${l}`}
        labels={mLabels}
        maxAbs={barRange}
        series={[
          { label: 'c (before)', values: c, className: 'bar-before' },
          { label: 'D(R) c (after)', values: m.predicted, className: 'bar-after' },
        ]}
        dots={{ label: 'quadrature', values: m.measured }}
      />
    </WidgetFrame>
  );
}

// Widget (Driscoll & Healy 1994; Cohen et al. 2018; Esteves et al. 2018): a function on the sphere
// convolved with a zonal filter, directly by quadrature and through the spectral theorem
// (f * h)^m_l = √(4π/(2l+1)) f^m_l h^0_l; equivariance, the per-degree norms, spectral pooling, and
// what a pointwise nonlinearity on the pooled output does to the bandwidth.
import { useMemo, useRef, useState } from 'react';
import type { Matrix } from '../../src/math/linalg';
import { identity } from '../../src/math/linalg';
import { mulberry32 } from '../../src/math/random';
import { so3FromAxisAngle, so3Random } from '../../src/math/so3';
import { WidgetFrame } from '../../src/ui/frame/WidgetFrame';
import { NONLINEARITIES, type Nonlinearity } from '../../src/experiments/steerable/bandwidthExperiment';
import {
  checkSpectralTheorem,
  convolutionConstant,
  convolutionEquivarianceError,
  degreeNorms,
  rotatedCoefficients,
  spectralPool,
} from '../../src/experiments/steerable/sphericalConvolution';
import {
  FILTER_PRESETS,
  filterCoefficients,
  INPUT_PRESETS,
  inputCoefficients,
  energyAboveBand,
  sigmaEquivarianceError,
  type FilterPreset,
} from '../../src/experiments/steerable/sphericalConvolutionLayer';
import { formatError } from '../../src/experiments/format';
import { choice, defaultsOf, field, integer, linkOf, numbers, useLink } from '../../src/state/link';
import { ErrorReadout } from './ErrorReadout';
import { rotation } from './linkFields';
import { DegreeNormBars } from './DegreeNormBars';
import { ConvolutionSpheres } from './SphericalConvolutionSpheres';
import './steerable.css';
import './sphericalConvolution.css';

const NAME = 'spherical-convolution';
const TOLERANCE = 1e-9;
const SIGMAS = Object.keys(NONLINEARITIES) as Nonlinearity[];
const FILTER_LABELS: Record<FilterPreset, string> = {
  heat: 'heat kernel (blur), t = 0.05',
  cap: 'cap of radius 45°, truncated',
  degree2: 'Y⁽²⁾₀ alone (band-pass)',
};

const LINK = {
  L: field(integer(2, 6), 4),
  input: field(choice(INPUT_PRESETS), 'bumps'),
  seed: field(integer(1, 1e6), 1),
  h: field(numbers(undefined, -1, 1, 4), null),
  pool: field(integer(1, 7), 3),
  sigma: field(choice(SIGMAS), 'relu'),
  r: field(rotation, so3FromAxisAngle([1, 0.4, 0.3], 0.9)),
};

const presetOf = (h0: readonly number[]): FilterPreset | 'custom' =>
  FILTER_PRESETS.find((p) =>
    filterCoefficients(p, h0.length).every((x, l) => Math.abs(x - h0[l]) < 5e-5),
  ) ?? 'custom';

export function SphericalConvolution() {
  const { initial } = useLink(NAME, LINK);
  const [L, setL] = useState(initial.L);
  const [input, setInput] = useState(initial.input);
  const [seed, setSeed] = useState(initial.seed);
  const [h0, setH0] = useState(() =>
    initial.h !== null && initial.h.length === initial.L + 1 ? initial.h : filterCoefficients('heat', initial.L + 1),
  );
  const [pool, setPool] = useState(Math.min(initial.pool, initial.L + 1));
  const [sigma, setSigma] = useState(initial.sigma);
  const [r, setR] = useState<Matrix>(initial.r);
  const rng = useRef(mulberry32(2018));
  const viewsRef = useRef<HTMLDivElement>(null);

  const b = L + 1;
  const f = useMemo(() => inputCoefficients(input, b, seed), [input, b, seed]);
  const check = useMemo(() => checkSpectralTheorem(f, h0), [f, h0]);
  const equivariance = useMemo(() => convolutionEquivarianceError(f, h0, r), [f, h0, r]);
  const desBefore = useMemo(() => degreeNorms(f), [f]);
  const desAfter = useMemo(() => degreeNorms(rotatedCoefficients(f, r)), [f, r]);
  const descriptorError = Math.max(...desBefore.map((x, l) => Math.abs(x - desAfter[l])));
  const pooled = useMemo(() => spectralPool(check.spectral, pool), [check, pool]);
  const energyAbove = useMemo(() => energyAboveBand(pooled, sigma), [pooled, sigma]);
  const sigmaError = useMemo(() => sigmaEquivarianceError(pooled, sigma, r), [pooled, sigma, r]);
  const desOut = degreeNorms(check.spectral);
  const energy = (des: readonly number[]) => des.reduce((s, x) => s + x * x, 0);
  const kept = energy(desOut) === 0 ? 1 : energy(desOut.slice(0, pool)) / energy(desOut);
  const preset = presetOf(h0);

  const changeDegree = (nL: number) => {
    setL(nL);
    setH0(filterCoefficients(preset === 'custom' ? 'heat' : preset, nL + 1));
    setPool((p) => Math.min(p, nL + 1));
  };
  const reset = () => {
    const d = defaultsOf(LINK);
    setL(d.L);
    setInput(d.input);
    setSeed(d.seed);
    setH0(filterCoefficients('heat', d.L + 1));
    setPool(d.pool);
    setSigma(d.sigma);
    setR(d.r);
  };

  return (
    <WidgetFrame
      name={NAME}
      wide
      title="Spherical convolution and its spectral theorem"
      purpose="Convolve a function on the sphere with a filter symmetric about the pole: directly, and degree by degree."
      onReset={reset}
      exportRef={viewsRef}
      linkParams={() => linkOf(LINK, { L, input, seed, h: h0, pool, sigma, r })}
      help={
        <p>
          Drag the input sphere (or focus it and use the arrow keys): the output turns with it, and the
          per-degree norms (grey bars, dots after turning) stay put. The direct convolution integrates f(x)
          h(R<sub>p</sub>
          <sup>−1</sup>x) over a Gauss-Legendre grid that is exact for these degrees; the spectral one
          multiplies each coefficient by √(4π/(2l+1)) h<sup>0</sup>
          <sub>l</sub>. Try the band-pass filter Y⁽²⁾₀: only degree 2 survives. Lower the pooling bandwidth
          b and the output gets smoother; then pick σ = x² and watch the energy it pushes above the band
          and the equivariance error it leaves after projecting back on the 2b × 2b grid.
        </p>
      }
      controls={
        <>
          <label>
            Input degrees up to L{' '}
            <select value={L} onChange={(e) => changeDegree(Number(e.target.value))} aria-label="Input degree L">
              {[2, 3, 4, 5, 6].map((k) => (
                <option key={k} value={k}>
                  {k}
                </option>
              ))}
            </select>
          </label>
          <label>
            Input f{' '}
            <select value={input} onChange={(e) => setInput(e.target.value as typeof input)} aria-label="Input f">
              <option value="bumps">two bumps</option>
              <option value="random">random coefficients</option>
            </select>
          </label>
          <button
            onClick={() => {
              setInput('random');
              setSeed((k) => k + 1);
            }}
          >
            New random f
          </button>
          <label>
            Filter h{' '}
            <select
              value={preset}
              onChange={(e) => setH0(filterCoefficients(e.target.value as FilterPreset, b))}
              aria-label="Filter h"
            >
              {FILTER_PRESETS.map((p) => (
                <option key={p} value={p}>
                  {FILTER_LABELS[p]}
                </option>
              ))}
              <option value="custom" disabled>
                your own (sliders)
              </option>
            </select>
          </label>
          <label>
            Pooling: keep l &lt; b ={' '}
            <select value={pool} onChange={(e) => setPool(Number(e.target.value))} aria-label="Pooling bandwidth b">
              {Array.from({ length: b }, (_, k) => (
                <option key={k + 1} value={k + 1}>
                  {k + 1}
                </option>
              ))}
            </select>
          </label>
          <label>
            Then σ{' '}
            <select value={sigma} onChange={(e) => setSigma(e.target.value as Nonlinearity)} aria-label="Nonlinearity">
              {SIGMAS.map((s) => (
                <option key={s} value={s}>
                  {NONLINEARITIES[s].label}
                </option>
              ))}
            </select>
          </label>
          <button onClick={() => setR(so3Random(rng.current))}>Random rotation</button>
          <button onClick={() => setR(identity(3))}>Unrotate</button>
          <div className="coefficient-sliders" role="group" aria-label="Filter coefficients">
            <span className="vector-name">Filter h⁰ₗ</span>
            {h0.map((x, l) => (
              <label key={l} className="coefficient-slider">
                <span>
                  h<sup>0</sup>
                  <sub>{l}</sub>
                </span>
                <input
                  type="range"
                  min={-1}
                  max={1}
                  step={0.01}
                  value={x}
                  aria-label={`h0_${l}`}
                  onChange={(e) => setH0(h0.map((y, k) => (k === l ? Number(e.target.value) : y)))}
                />
                <output>{x.toFixed(3)}</output>
              </label>
            ))}
          </div>
        </>
      }
      readout={
        <>
          <ErrorReadout
            name="spectral-theorem"
            label={
              <>
                max<sub>l,m</sub> |(f * h)<sup>m</sup>
                <sub>l</sub> by quadrature − √(4π/(2l+1)) f<sup>m</sup>
                <sub>l</sub> h<sup>0</sup>
                <sub>l</sub>|
              </>
            }
            value={check.coefficientError}
            tolerance={TOLERANCE}
          />
          <p
            className="readout-note"
            data-spectral-check
            data-f={JSON.stringify(f)}
            data-h={JSON.stringify(h0)}
            data-direct={JSON.stringify(check.direct)}
            data-constants={JSON.stringify(check.measuredConstants.map((c) => (Number.isNaN(c) ? null : c)))}
          >
            Measured c<sub>l</sub> = (f * h)<sup>m</sup>
            <sub>l</sub> / (f<sup>m</sup>
            <sub>l</sub> h<sup>0</sup>
            <sub>l</sub>) for l = 0..{L}:{' '}
            {check.measuredConstants.map((c) => (Number.isNaN(c) ? '—' : c.toFixed(6))).join(', ')}; √(4π/(2l+1)) ={' '}
            {desBefore.map((_, l) => convolutionConstant(l).toFixed(6)).join(', ')} (— where h<sup>0</sup>
            <sub>l</sub> = 0). Values on the grid differ by at most {formatError(check.valueError)}.
          </p>
          <ErrorReadout
            name="equivariance"
            label={
              <>
                max |((f∘R<sup>−1</sup>) * h − (f * h)∘R<sup>−1</sup>)(p)| / max |f * h|
              </>
            }
            value={equivariance}
            tolerance={TOLERANCE}
          />
          <ErrorReadout
            name="descriptor"
            label={
              <>
                max<sub>l</sub> |‖(f∘R<sup>−1</sup>)<sup>l</sup>‖ − ‖f<sup>l</sup>‖|
              </>
            }
            value={descriptorError}
            tolerance={TOLERANCE}
          />
          <p className="readout-note" data-pooled-energy={kept}>
            Pooling to b = {pool} keeps {pool * pool} of {b * b} coefficients and {(100 * kept).toFixed(2)} % of
            ‖f * h‖²; it commutes with every rotation, since D(R) never mixes degrees.
          </p>
          <ErrorReadout
            name="nonlinearity"
            label={
              <>
                {NONLINEARITIES[sigma].label} applied to P<sub>b</sub>(f * h), sampled on the {2 * pool} × {2 * pool}{' '}
                grid and projected back: relative equivariance error
              </>
            }
            value={sigmaError}
            tolerance={TOLERANCE}
            otherwise="aliasing from the degrees σ creates"
          />
          <p className="readout-note" data-energy-above={energyAbove}>
            Share of ‖σ∘P<sub>b</sub>(f * h)‖² in degrees l ≥ {pool}:{' '}
            {Math.abs(energyAbove) < 1e-9
              ? `${formatError(Math.abs(energyAbove))} (none)`
              : `${(100 * energyAbove).toPrecision(3)} %`}{' '}
            (96 × 192 Gauss-Legendre quadrature). The widget “Nonlinearities break bandwidth” below refines the
            grid to see how this error falls.
          </p>
        </>
      }
    >
      <div ref={viewsRef} className="convolution-views">
        <ConvolutionSpheres f={f} h0={h0} output={pooled} pool={pool} b={b} r={r} onRotate={setR} />
      </div>
      <DegreeNormBars input={desBefore} output={desOut} turned={desAfter} pool={pool} />
    </WidgetFrame>
  );
}

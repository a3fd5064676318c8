// Widget (Esteves et al. 2018): a pointwise nonlinearity on a sampled band-limited sphere function breaks exact
// equivariance. The equivariance error is plotted against the grid's bandwidth b for several σ.
import { useMemo, useRef, useState } from 'react';
import { so3Random, so3ToAxisAngle } from '../../src/math/so3';
import { mulberry32 } from '../../src/math/random';
import { LogLinePlot } from '../../src/ui/plots/LogLinePlot';
import { WidgetFrame } from '../../src/ui/frame/WidgetFrame';
import {
  bandwidthSweep,
  MAX_BANDWIDTH,
  NONLINEARITIES,
  type Nonlinearity,
  type SweepPoint,
} from '../../src/experiments/steerable/bandwidthExperiment';
import { ErrorReadout } from './ErrorReadout';
import { BANDWIDTH_LINK as LINK } from './linkFields';
import './steerable.css';
import { formatDegrees, formatError } from '../../src/experiments/format';
import { defaultsOf, linkOf, useLink } from '../../src/state/link';

const NAME = 'bandwidth-nonlinearity';
const TOLERANCE = 1e-9;
const ORDER: Nonlinearity[] = ['identity', 'square', 'tanh', 'relu'];

export function BandwidthNonlinearity() {
  const { initial } = useLink(NAME, LINK);
  const [b0, setB0] = useState(initial.b0);
  const [mode, setMode] = useState(initial.mode);
  const [seed, setSeed] = useState(initial.seed);
  const [shown, setShown] = useState<Nonlinearity[]>(ORDER);
  const svgRef = useRef<SVGSVGElement>(null);

  const r = useMemo(() => so3Random(mulberry32(1000 + seed)), [seed]);
  const sweeps = useMemo(() => {
    const from = mode === 'fixed' ? b0 : 2;
    return new Map(
      ORDER.map((s) => [s, bandwidthSweep({ b0, from, sigma: s, r, seed, fill: mode === 'fill' })] as const),
    );
  }, [b0, mode, r, seed]);
  const worst = (s: Nonlinearity) => Math.max(...sweeps.get(s)!.map((p) => p.error));
  const at = (s: Nonlinearity, b: number) => sweeps.get(s)!.find((p) => p.b === b)?.error ?? NaN;
  const exactFrom = firstExact(sweeps.get('square')!);
  const { axis, angle } = so3ToAxisAngle(r);
  const first = mode === 'fixed' ? b0 : 2;

  return (
    <WidgetFrame
      name={NAME}
      wide
      title="Nonlinearities break bandwidth"
      purpose="Sample a band-limited function, apply σ pointwise, project back: how far is the result from equivariant?"
      onReset={() => {
        const d = defaultsOf(LINK);
        setB0(d.b0);
        setMode(d.mode);
        setSeed(d.seed);
        setShown(ORDER);
      }}
      exportRef={svgRef}
      linkParams={() => linkOf(LINK, { b0, mode, seed })}
      help={
        <p>
          For each grid bandwidth b the function is sampled on the 2b × 2b equiangular grid of Driscoll and
          Healy (1994) (θ<sub>j</sub> = π(2j+1)/4b, φ<sub>k</sub> = πk/b, with its quadrature weights), σ is
          applied at every sample, and the coefficients of degree l &lt; b are computed by quadrature. Path 1
          rotates the function first; path 2 rotates the projected coefficients by D<sup>l</sup>(R) at the
          end. With no nonlinearity the two agree to round-off. x² doubles the degree, so the grid represents
          it exactly once b ≥ 2b₀ − 2. tanh and ReLU create every degree; the smooth tanh's high degrees fade
          fast, the ReLU's kink keeps them strong, so its error falls slowly. Switch to “input fills the band”
          and no grid is ever fine enough.
        </p>
      }
      controls={
        <>
          <label>
            Input bandwidth b₀{' '}
            <select
              value={b0}
              disabled={mode === 'fill'}
              onChange={(e) => setB0(Number(e.target.value))}
              aria-label="Input bandwidth b0"
            >
              {[2, 3, 4, 5, 6].map((k) => (
                <option key={k} value={k}>
                  {k}
                </option>
              ))}
            </select>
          </label>
          <fieldset className="mode-switch">
            <legend className="visually-hidden">Input</legend>
            <label>
              <input
                type="radio"
                name={`${NAME}-mode`}
                checked={mode === 'fixed'}
                onChange={() => setMode('fixed')}
              />{' '}
              fixed input (degrees &lt; b₀), finer grids
            </label>
            <label>
              <input
                type="radio"
                name={`${NAME}-mode`}
                checked={mode === 'fill'}
                onChange={() => setMode('fill')}
              />{' '}
              input fills the band (b₀ = b)
            </label>
          </fieldset>
          <fieldset className="mode-switch">
            <legend className="visually-hidden">Nonlinearities shown</legend>
            {ORDER.map((s) => (
              <label key={s}>
                <input
                  type="checkbox"
                  checked={shown.includes(s)}
                  onChange={(e) =>
                    setShown(
                      e.target.checked
                        ? ORDER.filter((t) => t === s || shown.includes(t))
                        : shown.filter((t) => t !== s),
                    )
                  }
                />{' '}
                {NONLINEARITIES[s].label}
              </label>
            ))}
          </fieldset>
          <button onClick={() => setSeed((k) => k + 1)}>New function and rotation</button>
        </>
      }
      readout={
        <>
          <ErrorReadout
            name="identity"
            label={
              <>
                no nonlinearity: max<sub>b</sub> relative error
              </>
            }
            value={worst('identity')}
            tolerance={TOLERANCE}
          />
          <p className="readout-note" data-square-exact-from={exactFrom ?? ''}>
            σ = x²:{' '}
            {exactFrom === null
              ? 'never exact on these grids'
              : `exact to round-off from b = ${exactFrom} on (error ${formatError(at('square', exactFrom))})`}
            {mode === 'fixed' && ` — the theory says from b = 2b₀ − 2 = ${2 * b0 - 2}`}. tanh:{' '}
            {formatError(at('tanh', first))} at b = {first}, {formatError(at('tanh', MAX_BANDWIDTH))} at b ={' '}
            {MAX_BANDWIDTH}. ReLU: {formatError(at('relu', first))} at b = {first},{' '}
            {formatError(at('relu', MAX_BANDWIDTH))} at b = {MAX_BANDWIDTH}. These are aliasing errors, not
            round-off.
          </p>
          <p className="readout-note">
            Relative error ‖P<sub>b</sub>σ(f∘R<sup>−1</sup>) − D(R) P<sub>b</sub>σ(f)‖ / ‖D(R) P<sub>b</sub>
            σ(f)‖ over all coefficients l &lt; b; R = rotation by {formatDegrees(angle)} about (
            {axis.map((a) => a.toFixed(2)).join(', ')}); input normalised to unit root-mean-square.
          </p>
        </>
      }
    >
      <LogLinePlot
        svgRef={svgRef}
        title="Equivariance error against grid bandwidth b, one series per nonlinearity"
        xLabel="grid bandwidth b (2b × 2b samples, output degrees l < b)"
        yLabel="relative equivariance error"
        reference={{ y: TOLERANCE, label: 'round-off tolerance' }}
        series={ORDER.filter((s) => shown.includes(s)).map((s) => ({
          key: s,
          label: NONLINEARITIES[s].label,
          points: sweeps.get(s)!.map((p) => ({ x: p.b, y: p.error })),
        }))}
      />
    </WidgetFrame>
  );
}

/** The smallest b from which on every error is below the tolerance, or null. */
function firstExact(points: readonly SweepPoint[]): number | null {
  let from: number | null = null;
  for (const p of points) {
    if (p.error >= TOLERANCE) from = null;
    else from ??= p.b;
  }
  return from;
}

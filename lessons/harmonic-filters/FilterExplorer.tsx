// Widget 1 of the harmonic lesson: a circular harmonic W_m = R(r) e^{i(m phi + beta)} as its real
// part, imaginary part and phase, with the order m, the radial profile R (a ring, or drawn by hand)
// and the phase offset beta as controls. The numbers in the readout are measured on the samples.
import './harmonic.css';
import { useCallback, useMemo, useRef } from 'react';
import type { Backend, Tensor } from '../../src/engine/backend';
import { HARMONIC_ORDERS } from '../../src/layers';
import { useEngine } from '../../src/state/engine';
import { useFrameLoop } from '../../src/ui/commuting/useFrameLoop';
import { WidgetFrame } from '../../src/ui/frame/WidgetFrame';
import { ColorLegend } from '../../src/ui/maps/ColorLegend';
import { useRenderers } from '../../src/ui/maps/useRenderers';
import { backendText } from '../../src/experiments/harmonic/engineInfo';
import { filterFacts } from '../../src/experiments/harmonic/filterFacts';
import { KERNEL_SIZES, harmonicFilterStore, radialProfileOf, useHarmonicFilter } from './filterStore';
import { applyFilterLink, filterLinkOf } from './linkFields';
import { useLink } from '../../src/state/link';
import { HarmonicMap } from './HarmonicMap';
import { DEG } from '../../src/experiments/harmonic/phase';
import { PhaseWheel } from './PhaseWheel';
import { RadialProfileEditor } from './RadialProfileEditor';
import { useEngineObject } from '../../src/ui/hooks/useEngineObject';

const NAME = 'filter-explorer';

// The filter lives in the page store (the response widget uses it too): a link restores it there.
const restore = (p: URLSearchParams) => applyFilterLink(harmonicFilterStore, p);

class FilterTensor {
  readonly tensor: Tensor;
  constructor(
    private readonly backend: Backend,
    K: number,
  ) {
    this.tensor = backend.tensor([1, 2, K, K]);
  }
  dispose(): void {
    this.backend.dispose(this.tensor);
  }
}

/** Why the response to a constant image is what it is. */
function constantNote(m: number, relative: number): string {
  if (m === 0) return ' (order 0 keeps the mean)';
  if (relative < 1e-6) return ' (an order m ≠ 0 filter ignores constant images)';
  return ` (not 0: on the square grid order ${m} aliases with order 0, since ${m} ≡ 0 mod 4)`;
}

const pct = (x: number) => `${(100 * x).toFixed(x < 0.001 ? 4 : 1)}%`;

export function FilterExplorer({ title = 'A circular harmonic, sample by sample' }: { title?: string }) {
  useLink(NAME, undefined, { restore });
  const snapshot = useEngine((s) => s.snapshot);
  const backend = snapshot?.backend ?? null;
  const f = useHarmonicFilter((s) => s);
  const radial = useMemo(() => radialProfileOf(f), [f]);
  const facts = useMemo(
    () => filterFacts(f.order, f.kernel, radial, f.phase),
    [f.order, f.kernel, radial, f.phase],
  );
  const { value: holder } = useEngineObject(backend, (b) => new FilterTensor(b, f.kernel), [f.kernel]);
  const { register, renderer, canvasKey } = useRenderers(backend);
  const exportRef = useRef<HTMLCanvasElement | null>(null);
  const range = facts.maxAbs > 0 ? facts.maxAbs : 1;

  useFrameLoop(async () => {
    if (!backend || !holder) return;
    backend.write(holder.tensor, facts.samples);
    await Promise.all([
      renderer('re')?.draw(holder.tensor, { plane: 0, mode: 'diverging', range }),
      renderer('im')?.draw(holder.tensor, { plane: 1, mode: 'diverging', range }),
      renderer('phase')?.draw(holder.tensor, { plane: 0, mode: 'phase', range }),
    ]);
  }, [backend, holder, facts, range]);

  const key = `${canvasKey}-${f.kernel}`;
  // Callback refs must stay the same function across renders, or React detaches the canvas (and its renderer) each time.
  const attachPhase = useCallback(
    (c: HTMLCanvasElement | null) => {
      register('phase')(c);
      exportRef.current = c;
    },
    [register],
  );
  const m = f.order;
  return (
    <WidgetFrame
      name={NAME}
      title={title}
      purpose="Choose the order m, the radial profile R(r) and the phase offset β, and look at the sampled filter."
      wide
      exportRef={exportRef}
      onReset={() => harmonicFilterStore.getState().reset()}
      linkParams={() => filterLinkOf(f)}
      help={
        <p>
          Step m from 0 to 4 and count how often the hue runs round the wheel along a circle: m times. Make
          the ring small and choose m = 4: the phase has too few pixels to wind through, and weight leaks into
          orders m ± 4. Draw a profile by hand with a negative lobe to build a centre-surround filter.
        </p>
      }
      controls={<FilterControls />}
      readout={
        <p
          className="harmonic-readout"
          data-order={m}
          data-peak-order={facts.peakOrder}
          data-peak-share={facts.peakShare}
          data-quarter-error={facts.quarterTurnError}
          data-constant-response={facts.constantResponse}
        >
          Measured on the {f.kernel}×{f.kernel} samples: the angular spectrum peaks at order{' '}
          <strong>{facts.peakOrder}</strong> with {pct(facts.peakShare)} of the weight;{' '}
          {pct(facts.aliasShare)} sits in the grid's aliases m ± 4, m ± 8. A quarter turn gives L
          <sub>90°</sub>W = e<sup>−im·90°</sup>W up to{' '}
          <strong>{facts.quarterTurnError.toExponential(1)}</strong> (exact up to rounding: a quarter turn
          permutes the samples). Response to a constant image |ΣW| / Σ|W| ={' '}
          {facts.constantResponse.toExponential(1)}
          {constantNote(m, facts.constantResponse)}. The radial profile is cut off at the disc edge r = K/2 ={' '}
          {f.kernel / 2} at <strong data-edge-share={facts.edgeShare}>{pct(facts.edgeShare)}</strong> of its peak
          {facts.edgeShare > 0.05
            ? ': a cut that sharp costs phase-law accuracy on smooth inputs (on 9×9 filters, tapering such a ring to zero at the edge made orders 0 to 2 about ten times more accurate)'
            : ''}
          . Numbers computed in float64 on the host; maps drawn by{' '}
          {backendText(snapshot?.info)}.
        </p>
      }
    >
      <div className="harmonic-row">
        <HarmonicMap
          id="re"
          caption={
            <>
              Re W<sub>{m}</sub>
            </>
          }
          description="real part of the filter, blue negative, red positive"
          size={f.kernel}
          attach={register('re')}
          canvasKey={key}
        />
        <HarmonicMap
          id="im"
          caption={
            <>
              Im W<sub>{m}</sub>
            </>
          }
          description="imaginary part of the filter, blue negative, red positive"
          size={f.kernel}
          attach={register('im')}
          canvasKey={key}
        />
        <HarmonicMap
          id="phase"
          caption={
            <>
              W<sub>{m}</sub>: hue = phase
            </>
          }
          description="the filter's phase as hue and its magnitude as brightness"
          size={f.kernel}
          attach={attachPhase}
          canvasKey={key}
        />
        <RadialProfileEditor
          profile={radial}
          maxRadius={f.kernel / 2}
          samples={f.profile === 'drawn' ? f.samples : undefined}
          onSample={harmonicFilterStore.getState().setSample}
        />
      </div>
      <div className="legends">
        <ColorLegend mode="diverging" range={range} label="Re and Im" />
        <PhaseWheel range={range} label="W" />
      </div>
    </WidgetFrame>
  );
}

function FilterControls() {
  const f = useHarmonicFilter((s) => s);
  const a = harmonicFilterStore.getState();
  const half = f.kernel / 2;
  return (
    <>
      <label>
        Order m{' '}
        <select value={f.order} onChange={(e) => a.setOrder(Number(e.target.value))}>
          {HARMONIC_ORDERS.map((m) => (
            <option key={m} value={m}>
              {m}
            </option>
          ))}
        </select>
      </label>
      <label>
        Size K{' '}
        <select value={f.kernel} onChange={(e) => a.setKernel(Number(e.target.value))}>
          {KERNEL_SIZES.map((K) => (
            <option key={K} value={K}>
              {K}×{K}
            </option>
          ))}
        </select>
      </label>
      <label>
        R(r){' '}
        <select value={f.profile} onChange={(e) => a.setProfile(e.target.value as 'ring' | 'drawn')}>
          <option value="ring">Gaussian ring</option>
          <option value="drawn">drawn by hand</option>
        </select>
      </label>
      {f.profile === 'ring' && (
        <>
          <label>
            ring radius {f.radius.toFixed(1)}{' '}
            <input
              type="range"
              min={0}
              max={half}
              step={0.1}
              value={f.radius}
              onChange={(e) => a.setRing(Number(e.target.value), f.width)}
            />
          </label>
          <label>
            width {f.width.toFixed(2)}{' '}
            <input
              type="range"
              min={0.5}
              max={half / 2}
              step={0.05}
              value={f.width}
              onChange={(e) => a.setRing(f.radius, Number(e.target.value))}
            />
          </label>
        </>
      )}
      <label>
        β {(f.phase * DEG).toFixed(0)}°{' '}
        <input
          type="range"
          min={0}
          max={360}
          step={1}
          value={Math.round(f.phase * DEG)}
          onChange={(e) => a.setPhase(Number(e.target.value) / DEG)}
        />
      </label>
    </>
  );
}

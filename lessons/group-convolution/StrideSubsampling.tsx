// Stride-2 subsampling after a C4 lifting layer, on the page's drawing: the reader picks g = (t, r)
// in p4, and the widget compares S Φ(L_g f) with the best transformed S Φ(f). Even shifts, and
// quarter turns about a centre that lies on a pixel, survive; odd shifts and turns about a centre
// between pixels do not (Cohen & Welling 2016: subsampling keeps equivariance to a subgroup only).
import { useEffect, useRef, useState } from 'react';
import { backendText } from '../../src/engine/backend';
import { useEngine } from '../../src/state/engine';
import { choice, defaultsOf, field, integer, linkOf, useLink } from '../../src/state/link';
import { Tex } from '../../src/ui/exercises/Tex';
import { WidgetFrame } from '../../src/ui/frame/WidgetFrame';
import { BusyText } from '../../src/ui/frame/BusyText';
import { busyAttributes, busyClass, busyNote, readoutBusy, type FrameKey } from '../../src/ui/frame/busy';
import { ElementPicker } from '../../src/ui/group/GroupPicker';
import { element } from '../../src/ui/group/linkState';
import { useEngineObject } from '../../src/ui/hooks/useEngineObject';
import { ColorLegend } from '../../src/ui/maps/ColorLegend';
import { formatError } from '../../src/experiments/format';
import { EXACT_TOLERANCE } from '../../src/experiments/commuting/readout';
import { C4 } from '../../src/experiments/subsampling/stride';
import {
  MARGIN,
  MAX_SHIFT,
  RASTER,
  SubsamplingExperiment,
  type SubsamplingResult,
} from '../../src/experiments/subsampling/subsamplingExperiment';
import { PlaneCanvas } from './PlaneCanvas';
import { useStrideInput } from './useStrideInput';
import './subsampling.css';

const NAME = 'stride-subsampling';
const SIZES = { even: 2 * MARGIN + RASTER, odd: 2 * MARGIN + RASTER + 1 } as const;

const LINK = {
  r: field(element(C4), 0),
  u: field(integer(-MAX_SHIFT, MAX_SHIFT), 1),
  v: field(integer(-MAX_SHIFT, MAX_SHIFT), 0),
  size: field(choice(['even', 'odd'] as const), 'odd'),
};

const pair = (p: readonly number[]) => `(${p.map((x) => String(x).replace('-', '−')).join(', ')})`;
const gTex = (r: number, t: readonly number[]) => `g = (t, r) = \\big((${t.join(', ')}),\\ ${C4.latex(r)}\\big)`;
const exact = (e: number) => e < EXACT_TOLERANCE;

function Readout({ res, busy, error }: { res: SubsamplingResult | null; busy: boolean; error: string | null }) {
  const info = useEngine((s) => s.snapshot?.info ?? null);
  const best = res?.matches[0];
  const tol = EXACT_TOLERANCE.toExponential(0);
  return (
    <div
      className={`stride-readout${busyClass(busy)}`}
      {...busyAttributes(busy)}
      data-full-error={res?.fullError ?? ''}
      data-strided-error={best?.error ?? ''}
      data-keeps-grid={res ? String(res.keepsGrid) : ''}
      data-t-prime={res ? res.tPrime.join(',') : ''}
      data-best-shift={best ? best.t.join(',') : ''}
      data-backend={info?.kind ?? ''}
    >
      <BusyText busy={busy} note={busyNote('g')} layout="block">
        {res && best ? (
          <>
            <p>
              Before subsampling, <Tex math="\|\Phi(L_g f) - L_g\Phi(f)\|\,/\,\|L_g\Phi(f)\|" /> ={' '}
              <strong>{formatError(res.fullError)}</strong>
              {exact(res.fullError) ? ` (exact to float32 round-off, tolerance ${tol})` : ' (above the tolerance)'}.
            </p>
            <p>
              After stride 2:{' '}
              {res.keepsGrid ? (
                <>
                  g carries kept samples onto kept samples, and the output moves by{' '}
                  <Tex math={`t' = ${pair(best.t)}`} />
                  {res.r !== 0 && <> and turns by {C4.label(res.r)}</>}. Error{' '}
                  <strong>{formatError(best.error)}</strong>
                  {exact(best.error) ? `: exact to float32 round-off (tolerance ${tol}).` : ': above the tolerance.'}
                </>
              ) : (
                <>
                  g carries the kept samples onto dropped ones (<Tex math={`t' = ${pair(res.tPrime)}`} /> is not a
                  whole shift of the output), so no transformed output matches. The nearest whole shifts leave{' '}
                  {res.matches.map((m, i) => (
                    <span key={m.t.join()}>
                      {i > 0 && ', '}
                      {pair(m.t)}: <strong>{formatError(m.error)}</strong>
                    </span>
                  ))}
                  ; the views show the best.
                </>
              )}
            </p>
            <p className="stride-note">
              Relative L2 errors over all four orientation planes of the whole map ({res.n}×{res.n} before,{' '}
              {res.m}×{res.m} after); the drawing is padded by {MARGIN} zero pixels, so nothing leaves the map
              and borders add no error. Computed on {info ? backendText(info) : '…'}.
            </p>
          </>
        ) : (
          <p>…</p>
        )}
      </BusyText>
      {error && <p role="alert">{error}</p>}
    </div>
  );
}

export function StrideSubsampling() {
  const snapshot = useEngine((s) => s.snapshot);
  const backend = snapshot?.backend ?? null;
  const { initial } = useLink(NAME, LINK);
  const [r, setR] = useState(initial.r);
  const [t, setT] = useState<[number, number]>([initial.u, initial.v]);
  const [parity, setParity] = useState<'even' | 'odd'>(initial.size);
  const n = SIZES[parity];
  const { input, kernel } = useStrideInput(n);
  const { value: experiment, error } = useEngineObject(
    backend,
    (b) => new SubsamplingExperiment(b, n, kernel),
    [n, kernel],
  );
  const [frame, setFrame] = useState<{ res: SubsamplingResult; key: FrameKey } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const viewsRef = useRef<HTMLDivElement>(null);
  const wanted: FrameKey = { experiment, input, r, u: t[0], v: t[1] };
  const busy = readoutBusy(wanted, frame?.key, error ?? failure);

  useEffect(() => {
    if (!experiment || !input) return;
    let live = true;
    const key = { experiment, input, r, u: t[0], v: t[1] };
    experiment.measure(input, r, t).then(
      (res) => live && setFrame({ res, key }),
      (e: Error) => live && setFailure(e.message),
    );
    return () => {
      live = false;
    };
  }, [experiment, input, r, t]);

  const res = frame && frame.res.n === n ? frame.res : null;
  const best = res?.matches[0] ?? null;
  const difference = res && best ? res.strided.map((v, i) => v - best.map[i]) : null;
  const shift = (axis: 0 | 1, v: number) => setT((old) => (axis === 0 ? [v, old[1]] : [old[0], v]));
  const m = Math.ceil(n / 2);
  const range = res?.range ?? 1;

  return (
    <WidgetFrame
      name={NAME}
      title="Stride 2: which transformations survive?"
      purpose={
        <>
          A <Tex math="C_4" /> lifting layer with the filter <Tex math="\psi" />, then stride-2 subsampling{' '}
          <Tex math="S" />: does <Tex math="S\Phi(L_g f)" /> equal a transformed <Tex math="S\Phi(f)" />?
        </>
      }
      wide
      exportRef={viewsRef}
      onReset={() => {
        const d = defaultsOf(LINK);
        setR(d.r);
        setT([d.u, d.v]);
        setParity(d.size);
      }}
      linkDrawing
      linkParams={() => linkOf(LINK, { r, u: t[0], v: t[1], size: parity })}
      help={
        <p>
          Shift by one pixel: before subsampling the layer still commutes, after it nothing matches. Shift by
          two: the output moves by one. Then pick the quarter turn r with no shift, and switch the map between
          49 and 48 pixels a side: a turn about a pixel keeps the kept samples, a turn about a point between
          pixels does not; on the 48-pixel map, adding a one-pixel shift up repairs it (a turn about another
          centre).
        </p>
      }
      controls={
        <>
          {(['u', 'v'] as const).map((name, axis) => (
            <label key={name}>
              shift {name === 'u' ? 't₁ (right)' : 't₂ (up)'}{' '}
              <input
                type="range"
                aria-label={name === 'u' ? 'shift right' : 'shift up'}
                min={-MAX_SHIFT}
                max={MAX_SHIFT}
                step={1}
                value={t[axis]}
                onChange={(e) => shift(axis as 0 | 1, Number(e.target.value))}
              />{' '}
              <output>{t[axis]}</output>
            </label>
          ))}
          <ElementPicker group={C4} label="rotation r" value={r} onChange={setR} />
          <label>
            map size{' '}
            <select aria-label="map size" value={parity} onChange={(e) => setParity(e.target.value as 'even' | 'odd')}>
              <option value="odd">
                {SIZES.odd}×{SIZES.odd}: centre on a pixel
              </option>
              <option value="even">
                {SIZES.even}×{SIZES.even}: centre between pixels
              </option>
            </select>
          </label>
        </>
      }
      readout={<Readout res={res} busy={busy} error={error ?? failure} />}
    >
      <div className="stride-views" ref={viewsRef}>
        <p className="stride-g">
          <Tex math={gTex(r, t)} />: turn by <Tex math="r" /> about the map&rsquo;s centre, then shift by{' '}
          <Tex math="t" />.
        </p>
        <div className="stride-grid">
          <PlaneCanvas
            id="input"
            values={res?.input ?? null}
            side={n}
            mode="sequential"
            range={1}
            caption={
              <>
                <Tex math="L_g f" />, {n}×{n}
              </>
            }
            description="the drawing, padded and transformed by g"
          />
          <PlaneCanvas
            id="strided"
            values={res?.strided ?? null}
            side={m}
            mode="diverging"
            range={range}
            caption={
              <>
                <Tex math="S\Phi(L_g f)" />, plane e
              </>
            }
            description="the lifted map of the transformed input after stride 2, orientation plane e"
          />
          <PlaneCanvas
            id="matched"
            values={best ? Float32Array.from(best.map) : null}
            side={m}
            mode="diverging"
            range={range}
            caption={
              <>
                <Tex math={`L_{(t',\\,${C4.latex(res?.r ?? r)})} S\\Phi(f)`} />, <Tex math={`t' = ${pair(best?.t ?? [0, 0])}`} />
              </>
            }
            description="the subsampled lifted map of the input, transformed by the best matching element, plane e"
          />
          <PlaneCanvas
            id="difference"
            values={difference}
            side={m}
            mode="diverging"
            range={range}
            caption="difference"
            description="the difference of the two subsampled maps, on the same colour scale"
          />
        </div>
        <div className="legends">
          <ColorLegend mode="sequential" range={1} label="input" />
          <ColorLegend mode="diverging" range={range} label="maps and difference" />
        </div>
      </div>
    </WidgetFrame>
  );
}

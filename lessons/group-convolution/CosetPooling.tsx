// Coset pooling on p4 (Cohen & Welling 2016): lift the page's drawing with C4 and the filter ψ,
// pool the orientation planes block by block, and measure (a) invariance to the right action of
// the pooling set and (b) equivariance of the pooled map under a turn of the input. Cosets of a
// subgroup pass both to round-off; {e, r}, which is no subgroup, fails both.
import { useEffect, useRef, useState } from 'react';
import { backendText, type PoolMode } from '../../src/engine/backend';
import { useEngine } from '../../src/state/engine';
import { choice, defaultsOf, field, linkOf, useLink } from '../../src/state/link';
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
import { MARGIN, RASTER } from '../../src/experiments/subsampling/subsamplingExperiment';
import {
  CosetPoolingExperiment,
  POOLING_BLOCKS,
  POOLING_SETS,
  type CosetPoolingResult,
  type PoolingSet,
} from '../../src/experiments/subsampling/cosetPooling';
import { PlaneCanvas } from './PlaneCanvas';
import { useStrideInput } from './useStrideInput';
import './subsampling.css';

const NAME = 'coset-pooling';
const N = RASTER + 2 * MARGIN;

const LINK = {
  set: field(choice(POOLING_SETS), 'C4'),
  mode: field(choice(['max', 'mean'] as const), 'max'),
  r: field(element(C4), 1),
};

const SET_LABELS: Record<PoolingSet, string> = {
  C4: 'H = C4: all four planes (one coset)',
  C2: 'H = {e, r²}: cosets {e, r²}, {r, r³}',
  pair: 'U = {e, r}: blocks {e, r}, {r², r³} (no subgroup)',
};

const blockTex = (b: readonly number[]) => `\\{${b.map((h) => C4.latex(h)).join(', ')}\\}`;

function verdict(e: number): string {
  const tol = EXACT_TOLERANCE.toExponential(0);
  return e < EXACT_TOLERANCE ? `exact to float32 round-off (tolerance ${tol})` : `broken (tolerance ${tol})`;
}

/** Where L_r sends each block, or why it cannot. */
function BlockMoves({ res, blocks }: { res: CosetPoolingResult; blocks: readonly (readonly number[])[] }) {
  const rTex = C4.latex(res.r);
  if (!res.moved) {
    const moved = blocks[0].map((h) => C4.compose(res.r, h)).sort((a, b) => a - b);
    return (
      <>
        <Tex math={`${rTex}${blockTex(blocks[0])} = ${blockTex(moved)}`} /> is not a block, so <Tex math="L_r" /> has
        nowhere to send it; the error shown is the smallest over both orders of the pooled planes.
      </>
    );
  }
  if (res.blocks === 1) return null;
  return (
    <>
      <Tex math="L_r" /> sends{' '}
      {blocks.map((b, k) => (
        <span key={k}>
          {k > 0 && ', '}
          <Tex math={`${blockTex(b)} \\mapsto ${blockTex(blocks[res.moved![k]])}`} />
        </span>
      ))}
      .
    </>
  );
}

function Readout({ res, busy, error }: { res: CosetPoolingResult | null; busy: boolean; error: string | null }) {
  const info = useEngine((s) => s.snapshot?.info ?? null);
  const blocks = res ? POOLING_BLOCKS[res.set] : null;
  return (
    <div
      className={`stride-readout${busyClass(busy)}`}
      {...busyAttributes(busy)}
      data-right-error={res?.rightError ?? ''}
      data-equiv-error={res?.equivError ?? ''}
      data-set={res?.set ?? ''}
      data-vanishes={res ? String(res.vanishes) : ''}
      data-backend={info?.kind ?? ''}
    >
      <BusyText busy={busy} note={busyNote('the pooled maps')} layout="block">
        {res && blocks ? (
          <>
            <p>
              (a) Right action: <Tex math="\|Q(R_h F) - Q(F)\|\,/\,\|Q(F)\|" />, largest over{' '}
              <Tex math={`h \\in ${blockTex(blocks[0])}`} /> = <strong>{formatError(res.rightError)}</strong>,{' '}
              {verdict(res.rightError)}.
            </p>
            <p>
              (b) Turning the input by {C4.label(res.r)}:{' '}
              <Tex math="\|Q(\Phi(L_r f)) - L_r Q(\Phi(f))\|\,/\,\|L_r Q(\Phi(f))\|" /> ={' '}
              <strong>{formatError(res.equivError)}</strong>, {verdict(res.equivError)}.{' '}
              <BlockMoves res={res} blocks={blocks} />
            </p>
            {res.vanishes && (
              <p>
                The pooled map is zero to round-off (<Tex math="\|Q(F)\|\,/\,\|F\| =" />{' '}
                {formatError(res.pooledShare)}): in each block the turned copies of <Tex math="\psi" /> cancel in
                the mean (an edge filter, for one, is negated by a half turn), so both errors are taken relative to{' '}
                <Tex math="\|F\|" /> instead. Max pooling does not cancel.
              </p>
            )}
            <p className="stride-note">
              Q pools ({res.mode}) each block of orientation planes of the lifted map{' '}
              <Tex math="F = \Phi(f)" />; relative L2 errors over every pooled plane of the {res.n}×{res.n} map.
              Computed on {info ? backendText(info) : '…'}.
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

export function CosetPooling() {
  const snapshot = useEngine((s) => s.snapshot);
  const backend = snapshot?.backend ?? null;
  const { initial } = useLink(NAME, LINK);
  const [set, setSet] = useState<PoolingSet>(initial.set);
  const [mode, setMode] = useState<PoolMode>(initial.mode);
  const [r, setR] = useState(initial.r);
  const { input, kernel } = useStrideInput(N);
  const { value: experiment, error } = useEngineObject(
    backend,
    (b) => new CosetPoolingExperiment(b, N, kernel),
    [kernel],
  );
  const [frame, setFrame] = useState<{ res: CosetPoolingResult; key: FrameKey } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const viewsRef = useRef<HTMLDivElement>(null);
  const wanted: FrameKey = { experiment, input, set, mode, r };
  const busy = readoutBusy(wanted, frame?.key, error ?? failure);

  useEffect(() => {
    if (!experiment || !input) return;
    let live = true;
    const key = { experiment, input, set, mode, r };
    experiment.measure(input, set, mode, r).then(
      (res) => live && setFrame({ res, key }),
      (e: Error) => live && setFailure(e.message),
    );
    return () => {
      live = false;
    };
  }, [experiment, input, set, mode, r]);

  const res = frame?.res ?? null;
  const difference = res ? res.pooledTurned.map((v, i) => v - res.turnedPooled[i]) : null;
  const range = res?.range ?? 1;
  const first = blockTex(POOLING_BLOCKS[res?.set ?? set][0]);

  return (
    <WidgetFrame
      name={NAME}
      title="Coset pooling: a map on the quotient"
      purpose={
        <>
          Lift with <Tex math="C_4" /> and <Tex math="\psi" />, pool the orientation planes block by block (
          <Tex math="Q" />
          ), and test the two promises of pooling over the cosets <Tex math="gH" /> of a subgroup{' '}
          <Tex math="H" />.
        </>
      }
      wide
      exportRef={viewsRef}
      onReset={() => {
        const d = defaultsOf(LINK);
        setSet(d.set);
        setMode(d.mode);
        setR(d.r);
      }}
      linkDrawing
      linkParams={() => linkOf(LINK, { set, mode, r })}
      help={
        <p>
          With H = C4 the pooled map is one plane that turns with the input: a map on the plane, p4/C4. With H ={' '}
          {'{e, r²}'} there are two pooled planes, one per coset, and a quarter turn swaps them. Pick {'{e, r}'}: it
          is no subgroup, and both numbers jump. Mean pooling of the edge filter gives a blank map: its turned copies cancel. Then try the half turn r² with {'{e, r}'}: it happens to map the
          blocks onto each other, so (b) holds while (a) still fails.
        </p>
      }
      controls={
        <>
          <label>
            pool over{' '}
            <select aria-label="pool over" value={set} onChange={(e) => setSet(e.target.value as PoolingSet)}>
              {POOLING_SETS.map((s) => (
                <option key={s} value={s}>
                  {SET_LABELS[s]}
                </option>
              ))}
            </select>
          </label>
          <label>
            pooling{' '}
            <select aria-label="pooling" value={mode} onChange={(e) => setMode(e.target.value as PoolMode)}>
              <option value="max">max</option>
              <option value="mean">mean</option>
            </select>
          </label>
          <ElementPicker group={C4} label="turn the input by" value={r} onChange={setR} />
        </>
      }
      readout={<Readout res={res} busy={busy} error={error ?? failure} />}
    >
      <div className="stride-views" ref={viewsRef}>
        <div className="stride-grid">
          <PlaneCanvas
            id="input"
            values={res?.input ?? null}
            side={N}
            mode="sequential"
            range={1}
            caption={<Tex math="L_r f" />}
            description="the drawing turned by r"
          />
          <PlaneCanvas
            id="pooled-turned"
            values={res?.pooledTurned ?? null}
            side={N}
            mode="diverging"
            range={range}
            caption={
              <>
                <Tex math="Q(\Phi(L_r f))" />, block <Tex math={first} />
              </>
            }
            description="the pooled lifted map of the turned input, first block"
          />
          <PlaneCanvas
            id="turned-pooled"
            values={res?.turnedPooled ?? null}
            side={N}
            mode="diverging"
            range={range}
            caption={
              <>
                <Tex math="L_r Q(\Phi(f))" />, same block
              </>
            }
            description="the pooled lifted map of the input, turned by r, first block"
          />
          <PlaneCanvas
            id="difference"
            values={difference}
            side={N}
            mode="diverging"
            range={range}
            caption="difference"
            description="the difference of the two pooled maps, on the same colour scale"
          />
        </div>
        <div className="legends">
          <ColorLegend mode="sequential" range={1} label="input" />
          <ColorLegend mode="diverging" range={range} label="pooled maps and difference" />
        </div>
      </div>
    </WidgetFrame>
  );
}

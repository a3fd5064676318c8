// The signature view: f, g·f, Φ(f), Φ(g·f), g·Φ(f) and the difference Φ(g·f) − g·Φ(f), with the
// relative error as a live number. Everything stays on the engine; only error norms come back.
import { useMemo, useRef, useState, type ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { backendText, type BackendKind, type Tensor } from '../../engine/backend';
import type { DrawOptions } from '../../engine/render';
import { planarGroup } from '../../math';
import { isGridExact } from '../../layers';
import { useEngine } from '../../state/engine';
import {
  applyGroupActionParams,
  elementIndex,
  groupActionParams,
  groupActionStore,
  isOnGrid,
  useGroupAction,
} from '../../state/groupAction';
import {
  among,
  choice,
  defaultsOf,
  field,
  integer,
  linkOf,
  mapped,
  numbers,
  useLink,
} from '../../state/link';
import { useSettings } from '../../state/settings';
import { WidgetFrame } from '../frame/WidgetFrame';
import { BusyText } from '../frame/BusyText';
import { busyAttributes, busyClass, busyNote, elementText, readoutBusy, type FrameKey } from '../frame/busy';
import { ColorLegend } from '../maps/ColorLegend';
import { MapPanel } from '../maps/MapPanel';
import { useRenderers } from '../maps/useRenderers';
import { useFeeds } from '../hooks/useFeeds';
import { DIAGRAM_SIZES, DiagramControls, MAX_SHIFT } from './DiagramControls';
import type { Measurement } from '../../experiments/commuting/experiment';
import { outputAction, PHI_KINDS, PHI_LABELS, type PhiKind } from '../../experiments/commuting/phi';
import { verdict } from '../../experiments/commuting/readout';
import { useCommutingExperiment } from './useCommutingExperiment';
import { useFrameLoop } from './useFrameLoop';
import { useInputPixels } from './useInputPixels';
import { formatError } from '../../experiments/format';

export interface CommutingDiagramProps {
  phi?: PhiKind;
  title?: string;
}

const NAME = 'commuting-diagram';

// The diagram's own state in its links (group and g live in the page store). A page may hold two
// diagrams: the Φ a diagram starts with tells it apart (`of=`).
const LINK = {
  phi: field(choice(PHI_KINDS), null),
  init: field(choice(['normal', 'smooth'] as const), 'normal'),
  channel: field(integer(0, 3), 0),
  orientation: field(integer(0, 31), 0),
  size: field(among(DIAGRAM_SIZES), null),
  // The translation part of the element (t, g): whole pixels, so a shift is an exact pixel move.
  shift: field(
    mapped(
      numbers(2, -MAX_SHIFT, MAX_SHIFT),
      (t) => (t.every(Number.isInteger) ? ([t[0], t[1]] as [number, number]) : null),
      (t: readonly [number, number]) => [t[0], t[1]],
    ),
    [0, 0] as readonly [number, number],
  ),
};

export function defaultSize(kind: BackendKind | undefined, fallbackAdapter: boolean): number {
  return kind === 'webgpu' && !fallbackAdapter ? 256 : 64;
}

export function CommutingDiagram({
  phi: initialPhi = 'lift',
  title = 'Does the layer commute with g?',
}: CommutingDiagramProps) {
  const snapshot = useEngine((s) => s.snapshot);
  const backend = snapshot?.backend ?? null;
  const act = useGroupAction(
    useShallow((s) => ({ kind: s.kind, n: s.n, angle: s.angle, reflect: s.reflect })),
  );
  const showFrameTime = useSettings((s) => s.showFrameTime);
  const { initial } = useLink(NAME, LINK, {
    instance: initialPhi,
    restore: (p) => applyGroupActionParams(groupActionStore, p),
  });
  const [phi, setPhi] = useState<PhiKind>(initial.phi ?? initialPhi);
  const [init, setInit] = useState<'smooth' | 'normal'>(initial.init);
  const [channel, setChannel] = useState(initial.channel);
  const [orientation, setOrientation] = useState(initial.orientation);
  const [sizeChoice, setSizeChoice] = useState<number | null>(initial.size);
  const [shift, setShift] = useState<readonly [number, number]>(initial.shift);
  const shifted = shift[0] !== 0 || shift[1] !== 0;
  const size = sizeChoice ?? defaultSize(snapshot?.info.kind, snapshot?.info.isFallbackAdapter ?? false);
  const group = useMemo(() => planarGroup(act.kind, act.n), [act.kind, act.n]);
  const config = useMemo(
    () => ({ kind: phi, group, channels: 4, kernel: 5, init, seed: 11 }),
    [phi, group, init],
  );
  const { experiment, error } = useCommutingExperiment(backend, config, size);
  const { pixels, error: inputError } = useInputPixels(size);
  const { register, renderer, redrawAll, canvasKey } = useRenderers(backend);
  const viewsRef = useRef<HTMLDivElement>(null);
  const fresh = useFeeds();
  // The action each measurement was taken for: the readout describes that frame, not a newer angle.
  const [m, setM] = useState<
    | (Measurement & {
        ms: number;
        angle: number;
        element: number;
        onGrid: boolean;
        phi: PhiKind;
        size: number;
        shifted: boolean;
        /** What the frame was computed for: the experiment (group, Φ, filters, size), input and g. */
        key: FrameKey;
      })
    | null
  >(null);
  // The state the reader asked for; the readout is busy until a frame has measured it.
  const wanted: FrameKey = { experiment, pixels, angle: act.angle, reflect: act.reflect, shift };
  const busy = readoutBusy(wanted, m?.key, error ?? inputError);

  const onGrid = isOnGrid(act.angle, act.n);
  const lifted = outputAction(phi) === 'lifted';
  const G = group.order;
  const plane = lifted ? Math.min(channel, 3) * G + Math.min(orientation, G - 1) : Math.min(channel, 3);
  // The colour range of the channel on show (shared by its four output views, so they compare).
  const shownChannel = Math.min(channel, 3);
  const peak = m ? (m.channelMax[shownChannel] ?? m.outputMax) : 0;
  const range = peak > 0 ? peak : 1;

  useFrameLoop(async () => {
    if (!experiment || !pixels || !backend) return;
    const t0 = performance.now();
    if (fresh(experiment, 'pixels', pixels)) experiment.setInput(pixels); // not on every frame
    experiment.run({ angle: act.angle, reflect: act.reflect, element: elementIndex(act), onGrid, shift });
    const draw = (id: string, t: Tensor, opts: DrawOptions) => renderer(id)?.draw(t, opts);
    await Promise.all([
      draw('x', experiment.x, { plane: 0, mode: 'sequential', range: 1 }),
      draw('gx', experiment.gx, { plane: 0, mode: 'sequential', range: 1 }),
      draw('phi-x', experiment.phiX, { plane, mode: 'diverging', range }),
      draw('phi-gx', experiment.phiGx, { plane, mode: 'diverging', range }),
      draw('g-phi-x', experiment.gPhiX, { plane, mode: 'diverging', range }),
      draw('diff', experiment.diff, { plane, mode: 'diverging', range }),
    ]);
    const measured = await experiment.measure();
    setM({
      ...measured,
      ms: performance.now() - t0,
      angle: act.angle,
      element: elementIndex(act),
      onGrid,
      phi,
      size,
      shifted,
      key: { experiment, pixels, angle: act.angle, reflect: act.reflect, shift },
    });
  }, [experiment, pixels, act.angle, act.reflect, shift, plane, range, backend, size]);

  const rel = m?.equivariance.relL2 ?? NaN;
  const measuredOnGrid = m?.onGrid ?? onGrid;
  // A quarter turn (with or without the mirror) permutes pixels even in C8 or D8: then the layer is exact too.
  const gridExact = isGridExact(group) || (m !== null && isOnGrid(m.angle, 4));
  const rotationIsIdentity = measuredOnGrid && m?.element === 0;
  const measuredShift = m?.shifted ?? shifted;
  const v = verdict(
    m?.phi ?? phi,
    group.name,
    gridExact,
    measuredOnGrid,
    rel,
    rotationIsIdentity && !measuredShift,
    rotationIsIdentity && measuredShift,
  );
  const key = `${canvasKey}-${size}`;
  const panel = (id: string, caption: ReactNode, description: string) => (
    <MapPanel
      id={id}
      title={caption}
      description={description}
      size={size}
      attach={register(id)}
      canvasKey={key}
    />
  );

  return (
    <WidgetFrame
      name={NAME}
      instance={initialPhi}
      title={title}
      purpose="Transform then apply the layer, or apply the layer then transform: the two paths should meet."
      wide
      exportRef={viewsRef}
      beforeExport={redrawAll}
      onReset={() => {
        const d = defaultsOf(LINK);
        setPhi(initialPhi);
        setInit(d.init);
        setChannel(d.channel);
        setOrientation(d.orientation);
        setSizeChoice(d.size);
        setShift(d.shift);
      }}
      linkDrawing
      linkParams={() => ({
        ...groupActionParams(act),
        ...linkOf(LINK, { phi, init, channel, orientation, size, shift }),
      })}
      controls={
        <DiagramControls
          phi={phi}
          onPhi={setPhi}
          init={init}
          onInit={setInit}
          channel={channel}
          onChannel={setChannel}
          orientation={orientation}
          onOrientation={setOrientation}
          orientations={lifted ? G : 0}
          size={size}
          onSize={setSizeChoice}
          shift={shift}
          onShift={setShift}
        />
      }
      help={
        <p>
          Rotate by 90° with C4 and the error drops to float32 round-off; switch Φ to the plain CNN and it
          jumps. Try C8 at 45°, then smooth filters, to see interpolation at work. Set a shift t: every layer,
          the plain one included, commutes with whole-pixel shifts, as long as the drawing stays inside the
          disk the diagram measures on.
        </p>
      }
      readout={
        <p
          className={`diagram-readout verdict-${v.kind}${busyClass(busy)}`}
          {...busyAttributes(busy)}
          data-rel-error={Number.isFinite(rel) ? rel : ''}
          data-interp-error={m?.interpolation.relL2 ?? ''}
          data-verdict={v.kind}
          data-element={m?.element ?? ''}
          data-shift={m ? String(m.key.shift) : ''}
          data-angle-deg={m ? ((m.angle * 180) / Math.PI).toFixed(3) : ''}
          data-backend={snapshot?.info.kind ?? ''}
          data-phi={m?.phi ?? ''}
          data-size={m?.size ?? ''}
        >
          <BusyText busy={busy} note={busyNote(elementText(act, group) + shiftText(shift))}>
            Φ = {PHI_LABELS[phi]}
            {m?.shifted && ` · g shifts by t = (${shift[0]}, ${shift[1]}) after turning`} · relative error
            ‖Φ(g·f) − g·Φ(f)‖ / ‖g·Φ(f)‖ = <strong>{formatError(rel)}</strong> ({v.text})
            {!measuredOnGrid && m && (
              <> · resampling the input alone loses {formatError(m.interpolation.relL2)}</>
            )}{' '}
            · computed on {snapshot ? backendText(snapshot.info) : '…'}
            {showFrameTime && m && (
              <>
                {' '}
                · frame {m.ms.toFixed(1)} ms at {size}×{size}
              </>
            )}
          </BusyText>
          {(error || inputError) && <span role="alert"> · {error ?? inputError}</span>}
        </p>
      }
    >
      <div className="diagram-grid" ref={viewsRef}>
        {panel('x', <>f</>, 'the input f')}
        {panel('phi-x', <>Φ(f)</>, 'the layer applied to f')}
        {panel('g-phi-x', <>g·Φ(f)</>, 'the output Φ(f) transformed by g')}
        {panel('gx', <>g·f</>, 'the input transformed by g')}
        {panel('phi-gx', <>Φ(g·f)</>, 'the layer applied to the transformed input')}
        {panel('diff', <>Φ(g·f) − g·Φ(f)</>, 'the difference of the two paths')}
      </div>
      <div className="legends">
        <ColorLegend mode="sequential" range={1} label="inputs" />
        <ColorLegend mode="diverging" range={range} label="outputs and difference" />
      </div>
    </WidgetFrame>
  );
}

/** ', then the shift t = (dx, dy)' for a shifted element, '' otherwise. */
function shiftText(t: readonly [number, number]): string {
  return t[0] !== 0 || t[1] !== 0 ? `, then the shift t = (${t[0]}, ${t[1]})` : '';
}

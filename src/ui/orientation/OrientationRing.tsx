// Orientation-stack view of a lifted map: the planes of Φ(g·f) on a ring, one per element of the
// page's group. Rotating the input rotates every plane and moves it along the ring; each slot is
// outlined in the colour of the plane that moved in, and the readout checks slot by slot that
// Φ(g·f) equals L_g Φ(f).
import { useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { isGridExact } from '../../layers';
import { planarGroup } from '../../math';
import { useEngine } from '../../state/engine';
import {
  applyGroupActionParams,
  elementIndex,
  groupActionParams,
  groupActionStore,
  isOnGrid,
  useGroupAction,
} from '../../state/groupAction';
import { among, defaultsOf, field, integer, linkOf, useLink } from '../../state/link';
import { useSettings } from '../../state/settings';
import { useFrameLoop } from '../commuting/useFrameLoop';
import { useInputPixels } from '../commuting/useInputPixels';
import { WidgetFrame } from '../frame/WidgetFrame';
import { busyNote, elementText, readoutBusy, type FrameKey } from '../frame/busy';
import { ColorLegend } from '../maps/ColorLegend';
import { MapPanel } from '../maps/MapPanel';
import { useRenderers } from '../maps/useRenderers';
import { applyKernelParams, kernelLinkParams } from './kernelLink';
import { kernelStore, useKernel } from '../../state/filter';
import { RingControls } from './RingControls';
import { RingReadout, type RingFrame } from './RingReadout';
import { ringChannels, ringSize, type RingMode } from '../../experiments/ring/ringExperiment';
import { ringLayout } from './ringLayout';
import { RingTable } from './RingTable';
import { RingView } from './RingView';
import { useFeeds } from '../hooks/useFeeds';
import { useRingExperiment } from './useRingExperiment';
import './orientation.css';

export interface OrientationRingProps {
  /** 'lift': the lifting correlation with psi; 'gconv': lifting, ReLU, then a group correlation. */
  mode?: RingMode;
  title?: string;
}

const NAME = 'orientation-ring';
export const RING_SIZES = [64, 128, 256] as const;

// The ring's own state in its links; group, g and ψ live in the page stores.
const LINK = { channel: field(integer(0, 7), 0), size: field(among(RING_SIZES), null) };

function restore(p: URLSearchParams) {
  applyGroupActionParams(groupActionStore, p);
  applyKernelParams(kernelStore, p);
}

const MODE_TEXT: Record<RingMode, string> = {
  lift: 'lifting correlation with the filter ψ',
  gconv: 'lifting → ReLU → group correlation',
};

export function OrientationRing({
  mode = 'lift',
  title = 'The orientation ring of a lifted map',
}: OrientationRingProps) {
  const snapshot = useEngine((s) => s.snapshot);
  const backend = snapshot?.backend ?? null;
  const act = useGroupAction(
    useShallow((s) => ({ kind: s.kind, n: s.n, angle: s.angle, reflect: s.reflect })),
  );
  const showFrameTime = useSettings((s) => s.showFrameTime);
  const K = useKernel((s) => s.size);
  const values = useKernel((s) => s.values);
  const filter = useKernel((s) => s.source);
  const psi = useMemo(() => Float32Array.from(values), [values]);
  const group = useMemo(() => planarGroup(act.kind, act.n), [act.kind, act.n]);
  const { initial } = useLink(NAME, LINK, { instance: mode, restore });
  const [channel, setChannel] = useState(initial.channel);
  const [selected, setSelected] = useState(0);
  const [sizeChoice, setSizeChoice] = useState<number | null>(initial.size);
  const size =
    sizeChoice ?? ringSize(mode, group.order, snapshot?.info.kind, snapshot?.info.isFallbackAdapter ?? false);
  const config = useMemo(() => ({ group, mode, kernel: K, size }), [group, mode, K, size]);
  const { experiment, error } = useRingExperiment(backend, config);
  const { pixels, error: inputError } = useInputPixels(size);
  const { register, renderer, redrawAll, canvasKey } = useRenderers(backend);
  const viewsRef = useRef<HTMLDivElement>(null);
  const fresh = useFeeds();
  const [frame, setFrame] = useState<RingFrame | null>(null);

  const G = group.order;
  const C = ringChannels(mode);
  const shown = Math.min(channel, C - 1);
  const element = elementIndex(act);
  const onGrid = isOnGrid(act.angle, act.n);
  const layout = useMemo(() => ringLayout(group, element), [group, element]);
  const current = frame && frame.group === group.name && frame.size === size ? frame : null;
  const range = current && current.channelMax[shown] > 0 ? current.channelMax[shown] : 1;
  // The state the reader asked for; the readout is busy until a frame has measured it.
  const wanted: FrameKey = { experiment, pixels, psi, angle: act.angle, reflect: act.reflect };
  const busy = readoutBusy(wanted, current?.key, error ?? inputError);

  useFrameLoop(async () => {
    if (!experiment || !pixels || !backend) return;
    const t0 = performance.now();
    if (fresh(experiment, 'pixels', pixels)) experiment.setInput(pixels);
    if (fresh(experiment, 'psi', psi)) experiment.setFilter(psi);
    experiment.run({ angle: act.angle, reflect: act.reflect, element, onGrid });
    const diverging = { mode: 'diverging' as const, range };
    await Promise.all([
      renderer('gx')?.draw(experiment.gx, { plane: 0, mode: 'sequential', range: 1 }),
      renderer('pooled')?.draw(experiment.pooled, { plane: shown, ...diverging }),
      ...Array.from({ length: G }, (_, j) =>
        renderer(`slot-${j}`)?.draw(experiment.phiGx, { plane: shown * G + j, ...diverging }),
      ),
    ]);
    const m = await experiment.measure();
    setFrame({
      ...m,
      ms: performance.now() - t0,
      element,
      angle: act.angle,
      onGrid,
      group: group.name,
      size,
      filter,
      key: { experiment, pixels, psi, angle: act.angle, reflect: act.reflect },
    });
  }, [experiment, pixels, psi, act.angle, act.reflect, element, shown, range, backend]);

  const key = `${canvasKey}-${size}`;
  const means = current ? current.planeMeans.subarray(shown * G, (shown + 1) * G) : null;
  return (
    <WidgetFrame
      name={NAME}
      instance={mode}
      title={title}
      purpose={`Φ = ${MODE_TEXT[mode]}: one plane of Φ(g·f) per element of ${group.name}, placed on a circle.`}
      wide
      exportRef={viewsRef}
      beforeExport={redrawAll}
      onReset={() => {
        const d = defaultsOf(LINK);
        setChannel(d.channel);
        setSizeChoice(d.size);
      }}
      linkDrawing
      linkParams={() => ({
        ...groupActionParams(act),
        ...kernelLinkParams(kernelStore.getState()),
        ...linkOf(LINK, { channel: shown, size }),
      })}
      controls={
        <RingControls
          sizes={RING_SIZES}
          channels={C}
          channel={shown}
          onChannel={setChannel}
          size={size}
          onSize={setSizeChoice}
        />
      }
      help={
        <p>
          Rotate by 90° with C4 and watch the ring: every plane turns by 90° and moves one slot on, and the
          outline colours show where each plane came from. Point at a slot to see the arrow from its origin.
          With D4, a mirror swaps the outer and inner rings and runs them backwards.
        </p>
      }
      readout={
        <RingReadout
          frame={current}
          mode={mode}
          group={group}
          gridExact={current ? isOnGrid(current.angle, 4) : isGridExact(group)}
          backend={snapshot?.info ?? null}
          showFrameTime={showFrameTime}
          error={error ?? inputError}
          busy={busy}
          note={busyNote(elementText(act, group))}
        />
      }
    >
      <div className="ring-layout" ref={viewsRef}>
        <MapPanel
          id="gx"
          title={<>g·f</>}
          description="the input transformed by g"
          size={size}
          attach={register('gx')}
          canvasKey={key}
        />
        <RingView
          group={group}
          layout={layout}
          size={size}
          canvasKey={key}
          register={register}
          selected={Math.min(selected, G - 1)}
          onSelect={setSelected}
        />
      </div>
      <RingTable group={group} layout={layout} means={means} />
      <div className="legends">
        <ColorLegend mode="sequential" range={1} label="input" />
        <ColorLegend mode="diverging" range={range} label="planes and their max" />
      </div>
    </WidgetFrame>
  );
}

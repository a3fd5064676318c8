// Plain CNN against a C4 G-CNN with the same number of weights, on the same rotating input. Both
// end in global pooling, so both give 8 class-score-like numbers; the G-CNN's do not change
// under quarter turns (to float32 round-off), the plain CNN's do.
import { useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { planarGroup } from '../../src/math';
import { useEngine } from '../../src/state/engine';
import {
  applyGroupActionParams,
  groupActionParams,
  groupActionStore,
  isOnGrid,
  useGroupAction,
} from '../../src/state/groupAction';
import { defaultsOf, field, integer, linkOf, useLink } from '../../src/state/link';
import { useSettings } from '../../src/state/settings';
import { defaultSize } from '../../src/ui/commuting/CommutingDiagram';
import { useFrameLoop } from '../../src/ui/commuting/useFrameLoop';
import { useInputPixels } from '../../src/ui/commuting/useInputPixels';
import { WidgetFrame } from '../../src/ui/frame/WidgetFrame';
import { busyNote, elementText, readoutBusy, type FrameKey } from '../../src/ui/frame/busy';
import { ColorLegend } from '../../src/ui/maps/ColorLegend';
import { MapPanel } from '../../src/ui/maps/MapPanel';
import { useRenderers } from '../../src/ui/maps/useRenderers';
import { useFeeds } from '../../src/ui/hooks/useFeeds';
import { ComparisonReadout, type ComparisonFrame } from './ComparisonReadout';
import { COMPARISON_KERNEL, GCNN_HIDDEN, PLAIN_HIDDEN, SCORES } from '../../src/experiments/comparison/networks';
import { NetworkColumn } from './NetworkColumn';
import { ARCHITECTURES } from './architectures';
import { useComparisonExperiment } from './useComparisonExperiment';
import { invarianceVerdict } from '../../src/experiments/comparison/verdict';
import './comparison.css';

const NAME = 'cnn-vs-gcnn';

// g lives in the page store; the feature map shown is the widget's own (read on mount).
// The feature on show travels in links; the group and g live in the page store.
const LINK = { feature: field(integer(0, SCORES - 1), 0) };
const restore = (p: URLSearchParams) => applyGroupActionParams(groupActionStore, p);

export function CnnVsGcnn({ title = 'Plain CNN or G-CNN, same number of weights' }: { title?: string }) {
  const snapshot = useEngine((s) => s.snapshot);
  const backend = snapshot?.backend ?? null;
  const act = useGroupAction(useShallow((s) => ({ angle: s.angle, reflect: s.reflect })));
  const group = useGroupAction(useShallow((s) => ({ kind: s.kind, n: s.n })));
  const pageGroup = useMemo(() => planarGroup(group.kind, group.n), [group.kind, group.n]);
  const showFrameTime = useSettings((s) => s.showFrameTime);
  const { initial } = useLink(NAME, LINK, { restore });
  const [feature, setFeature] = useState(initial.feature);
  const size = defaultSize(snapshot?.info.kind, snapshot?.info.isFallbackAdapter ?? false);
  const { experiment, error } = useComparisonExperiment(backend, size);
  const { pixels, error: inputError } = useInputPixels(size);
  const { register, renderer, redrawAll, canvasKey } = useRenderers(backend);
  const viewsRef = useRef<HTMLDivElement>(null);
  const fresh = useFeeds();
  const [frame, setFrame] = useState<ComparisonFrame | null>(null);
  const current = frame && frame.size === size ? frame : null;
  // The state the reader asked for; the readout is busy until a frame has measured it.
  const wanted: FrameKey = { experiment, pixels, angle: act.angle, reflect: act.reflect };
  const busy = readoutBusy(wanted, current?.key, error ?? inputError);

  useFrameLoop(async () => {
    if (!experiment || !pixels || !backend) return;
    const t0 = performance.now();
    if (fresh(experiment, 'pixels', pixels)) experiment.setInput(pixels);
    experiment.run(act);
    const maps = (['plain', 'gcnn'] as const).flatMap((kind) =>
      (['x', 'gx'] as const).map((of) => {
        const range = current ? current[kind].mapMax || 1 : 1;
        return renderer(`${kind}-${of}`)?.draw(experiment.featureMap(kind, of), {
          plane: feature,
          mode: 'sequential',
          range,
        });
      }),
    );
    await Promise.all([
      renderer('input')?.draw(experiment.gx, { plane: 0, mode: 'sequential', range: 1 }),
      ...maps,
    ]);
    const m = await experiment.measure();
    setFrame({
      ...m,
      ms: performance.now() - t0,
      angle: act.angle,
      reflect: act.reflect,
      size,
      key: { experiment, pixels, angle: act.angle, reflect: act.reflect },
    });
  }, [
    experiment,
    pixels,
    act.angle,
    act.reflect,
    feature,
    backend,
    current?.plain.mapMax,
    current?.gcnn.mapMax,
  ]);

  const summary = useMemo(() => {
    const angle = current?.angle ?? act.angle;
    const reflect = current?.reflect ?? act.reflect;
    const inC4 = isOnGrid(angle, 4) && !reflect;
    return { inC4, reflect, identity: inC4 && isOnGrid(angle, 1) };
  }, [current?.angle, current?.reflect, act.angle, act.reflect]);
  const key = `${canvasKey}-${size}`;
  const column = (kind: 'plain' | 'gcnn') => (
    <NetworkColumn
      kind={kind}
      {...ARCHITECTURES[kind]}
      outputs={current?.[kind] ?? null}
      verdict={invarianceVerdict(kind, summary, current?.[kind].invariance ?? NaN)}
      size={size}
      canvasKey={key}
      register={register}
      feature={feature}
      busy={busy}
    />
  );
  return (
    <WidgetFrame
      name={NAME}
      title={title}
      purpose={`Two untrained networks with ${COMPARISON_KERNEL}×${COMPARISON_KERNEL} filters and equal weight counts (${PLAIN_HIDDEN} planar channels against ${GCNN_HIDDEN} lifted ones), each ending in ${SCORES} globally pooled outputs.`}
      wide
      onReset={() => setFeature(defaultsOf(LINK).feature)}
      exportRef={viewsRef}
      beforeExport={redrawAll}
      linkDrawing
      linkParams={() => ({ ...groupActionParams({ ...group, ...act }), ...linkOf(LINK, { feature }) })}
      controls={
        <label>
          Feature map{' '}
          <select value={feature} onChange={(e) => setFeature(Number(e.target.value))}>
            {Array.from({ length: SCORES }, (_, k) => (
              <option key={k} value={k}>
                {k + 1}
              </option>
            ))}
          </select>
        </label>
      }
      help={
        <p>
          Rotate the input by 90°: the G-CNN's feature map turns with it and its bars stay put; the plain
          CNN's map changes and so do its bars. Then try 45° or a mirror: a C4 network promises nothing there.
        </p>
      }
      readout={
        <ComparisonReadout
          frame={current}
          backend={snapshot?.info ?? null}
          showFrameTime={showFrameTime}
          error={error ?? inputError}
          busy={busy}
          note={busyNote(elementText({ ...group, ...act }, pageGroup))}
        />
      }
    >
      <div className="comparison-views" ref={viewsRef}>
        <div className="comparison-input">
          <MapPanel
            id="input"
            title={<>g·f, the input both networks see</>}
            description="the transformed input fed to both networks"
            size={size}
            attach={register('input')}
            canvasKey={key}
          />
          <div className="legends comparison-legends">
            <ColorLegend mode="sequential" range={1} label="input" />
            <span className="score-key">
              <span className="score-swatch score-before" /> outputs for x
              <span className="score-swatch score-swatch-after" /> outputs for g·f
            </span>
          </div>
        </div>
        <div className="comparison-grid">
          {column('plain')}
          {column('gcnn')}
        </div>
      </div>
    </WidgetFrame>
  );
}

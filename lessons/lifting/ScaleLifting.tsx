// Lifting onto the scale-translation group: the drawing correlated with four dilated copies of one
// filter (a map on position × scale), and its commuting diagram under a zoom by one scale step, with
// the error split into its two causes: the finite scale range and resampling on the pixel grid.
import './scaleLifting.css';
import { useEffect, useRef, useState } from 'react';
import { backendText } from '../../src/engine/backend';
import { formatError } from '../../src/experiments/format';
import {
  SCALE_LIFTING,
  ScaleLiftingDiagram,
  type ScaleMeasurement,
  type ZoomStep,
} from '../../src/experiments/scale/scaleLifting';
import { useEngine } from '../../src/state/engine';
import { choice, defaultsOf, field, linkOf, mapped, useLink } from '../../src/state/link';
import { useInputPixels } from '../../src/ui/commuting/useInputPixels';
import { Tex } from '../../src/ui/exercises/Tex';
import { WidgetFrame } from '../../src/ui/frame/WidgetFrame';
import { useEngineObject } from '../../src/ui/hooks/useEngineObject';
import { useInView } from '../../src/ui/hooks/useInView';
import { ColorLegend } from '../../src/ui/maps/ColorLegend';
import { MapPanel } from '../../src/ui/maps/MapPanel';
import { useRenderers } from '../../src/ui/maps/useRenderers';

const NAME = 'scale-lifting';
const { size: N, inner: INNER, sigma0: SIGMA0, scales: S } = SCALE_LIFTING;
const PLANES = Array.from({ length: S }, (_, j) => j);
const LINK = {
  zoom: field(
    mapped(
      choice(['in', 'out']),
      (v): ZoomStep => (v === 'in' ? 1 : -1),
      (s: ZoomStep) => (s === 1 ? 'in' : 'out'),
    ),
    1 as ZoomStep,
  ),
};

/** λ as the captions write it: 1, √2, 2, 2√2. */
const LAMBDA_TEXT = ['1', '√2', '2', '2√2', '4', '4√2'];
const ROWS = [
  { id: 'F', tensor: 'lifted', label: 'Φ(f)' },
  { id: 'A', tensor: 'liftedZoomed', label: 'Φ(L_μ f)' },
  { id: 'B', tensor: 'shifted', label: 'L_μ Φ(f), scale axis moved one step' },
  { id: 'D', tensor: 'difference', label: 'difference (same colour scale)' },
] as const;

interface Frame {
  m: ScaleMeasurement;
  key: { diagram: ScaleLiftingDiagram; pixels: Float32Array; step: ZoomStep };
}

export function ScaleLifting({ title = 'Lifting to scales: a bank of dilated filters' }: { title?: string }) {
  const { initial } = useLink(NAME, LINK);
  const [step, setStep] = useState<ZoomStep>(initial.zoom);
  const snapshot = useEngine((s) => s.snapshot);
  const backend = snapshot?.backend ?? null;
  const { value: diagram, error } = useEngineObject(backend, (b) => new ScaleLiftingDiagram(b), []);
  const { pixels, error: inputError } = useInputPixels(INNER);
  const { register, renderer, redrawAll, canvasKey } = useRenderers(backend);
  const viewsRef = useRef<HTMLDivElement>(null);
  const visible = useInView(viewsRef);
  const [frame, setFrame] = useState<Frame | null>(null);
  const [runError, setRunError] = useState<string | null>(null);

  useEffect(() => {
    if (!diagram || !pixels || !visible) return;
    let live = true;
    const go = async () => {
      diagram.setInput(pixels);
      diagram.run(step);
      const m = await diagram.measure();
      if (!live) return;
      const range = m.maxAbs > 0 ? m.maxAbs : 1;
      await Promise.all([
        renderer('f')?.draw(diagram.input, { plane: 0, mode: 'sequential', range: 1 }),
        renderer('Lf')?.draw(diagram.zoomed, { plane: 0, mode: 'sequential', range: 1 }),
        ...ROWS.flatMap((row) =>
          PLANES.map((j) =>
            renderer(`${row.id}-${j}`)?.draw(diagram[row.tensor], { plane: j, mode: 'diverging', range }),
          ),
        ),
      ]);
      if (live) setFrame({ m, key: { diagram, pixels, step } });
    };
    go().catch((e: unknown) => live && setRunError(String(e)));
    return () => {
      live = false;
    };
  }, [diagram, pixels, step, visible, renderer]);

  const current =
    frame && frame.key.diagram === diagram && frame.key.pixels === pixels && frame.key.step === step
      ? frame.m
      : null;
  const problem = error ?? inputError ?? runError;
  const zoomText = step === 1 ? '√2' : '1/√2';
  const key = `${canvasKey}`;
  const m = current;

  return (
    <WidgetFrame
      name={NAME}
      title={title}
      purpose={
        <>
          Correlate the drawing with <Tex math="\psi_\lambda(\mathbf{x}) = \lambda^{-2}\psi(\mathbf{x}/\lambda)" />{' '}
          for four scales <Tex math="\lambda" />, zoom the input by one scale step, and measure how far
          the planes are from moving one step along the scale axis.
        </>
      }
      wide
      exportRef={viewsRef}
      beforeExport={redrawAll}
      linkDrawing
      onReset={() => setStep(defaultsOf(LINK).zoom)}
      linkParams={() => linkOf(LINK, { zoom: step })}
      help={
        <p>
          Zoom in: every plane of Φ(L_μ f) looks like the plane one column to its left in Φ(f), zoomed, so the
          difference row is nearly white, except in the first column, whose partner would need a filter
          smaller than the smallest in the bank. Zoom out and the missing plane moves to the last column.
          Draw thin strokes to see the smallest scale suffer most from the pixel grid, and compare the
          error with the one of zooming the input alone and back.
        </p>
      }
      controls={
        <label>
          Zoom the input by μ ={' '}
          <select value={step} onChange={(e) => setStep(Number(e.target.value) as ZoomStep)}>
            <option value={1}>√2 (one step in)</option>
            <option value={-1}>1/√2 (one step out)</option>
          </select>
        </label>
      }
      readout={
        <ScaleReadout
          m={m}
          zoomText={zoomText}
          busy={!problem && !m}
          visible={visible}
          problem={problem}
          backend={snapshot ? backendText(snapshot.info) : null}
        />
      }
    >
      <div ref={viewsRef} className="scale-views">
        <div className="scale-inputs">
          <MapPanel id="f" title="f" description="the drawing, centred, zeros around it" size={N} attach={register('f')} canvasKey={key} />
          <MapPanel
            id="Lf"
            title={<>L_μ f, μ = {zoomText}</>}
            description={`the drawing zoomed by ${zoomText} about the centre (engine transform with scale)`}
            size={N}
            attach={register('Lf')}
            canvasKey={key}
          />
        </div>
        <div className="scale-rows">
          {ROWS.map((row) => (
            <RowOfPlanes key={row.id} row={row} step={step} register={register} canvasKey={key} m={m} />
          ))}
        </div>
        <div className="legends">
          <ColorLegend mode="sequential" range={1} label="f, L_μ f" />
          <ColorLegend mode="diverging" range={m && m.maxAbs > 0 ? m.maxAbs : 1} label="planes and differences" />
        </div>
      </div>
    </WidgetFrame>
  );
}

function RowOfPlanes({
  row,
  step,
  register,
  canvasKey,
  m,
}: {
  row: (typeof ROWS)[number];
  step: ZoomStep;
  register: (id: string) => (canvas: HTMLCanvasElement | null) => void;
  canvasKey: string;
  m: ScaleMeasurement | null;
}) {
  return (
    <>
      <span className="scale-row-label">{row.label}</span>
      {PLANES.map((j) => {
        const partner = j - step;
        const missing = (row.id === 'B' || row.id === 'D') && (partner < 0 || partner >= S);
        const sigma = (SIGMA0 * 2 ** (j / 2)).toFixed(2);
        const caption =
          row.id === 'B'
            ? missing
              ? 'not in the bank: 0'
              : `from λ = ${LAMBDA_TEXT[partner]}`
            : row.id === 'D'
              ? m
                ? `${missing ? 'share' : 'rel. error'} ${formatError(m.planes[j].error)}`
                : '…'
              : `λ = ${LAMBDA_TEXT[j]} (σ = ${sigma} px)`;
        return (
          <div key={j} className={missing ? 'scale-missing' : undefined} data-plane={j}>
            <MapPanel
              id={`${row.id}-${j}`}
              title={caption}
              description={`${row.label}, scale plane ${j}: ${caption}`}
              size={N}
              attach={register(`${row.id}-${j}`)}
              canvasKey={canvasKey}
            />
          </div>
        );
      })}
    </>
  );
}

function ScaleReadout({
  m,
  zoomText,
  busy,
  visible,
  problem,
  backend,
}: {
  m: ScaleMeasurement | null;
  zoomText: string;
  busy: boolean;
  visible: boolean;
  problem: string | null;
  backend: string | null;
}) {
  if (problem) return <span className="scale-readout">Could not compute: {problem}</span>;
  if (!m)
    return (
      <span className="scale-readout" data-busy="true" aria-live="polite">
        {visible ? 'computing…' : 'starts when in view'}
      </span>
    );
  const missing = m.planes.find((p) => p.partner === null)!;
  return (
    <div
      className="scale-readout"
      data-busy={String(busy)}
      data-total={m.total}
      data-range={m.range}
      data-resampling={m.resampling}
      data-round-trip={m.roundTrip}
      data-plane-errors={m.planes.map((p) => p.error).join(',')}
      data-missing={missing.plane}
      data-dropped={m.dropped}
    >
      <p>
        Relative error ‖Φ(L_μ f) − L_μ Φ(f)‖ / ‖Φ(L_μ f)‖ for μ = {zoomText}, the scale axis moved one step:{' '}
        <strong>{formatError(m.total)}</strong>. Not round-off (that would be below 1e-5): its square is the
        sum of the squares of two parts.
      </p>
      <p>
        Finite scale range: <strong>{formatError(m.range)}</strong>, the share of plane λ = {LAMBDA_TEXT[missing.plane]},
        whose partner (scale {m.step === 1 ? 'λ = 1/√2' : `λ = ${LAMBDA_TEXT[S]}`}) the bank does not hold; plane λ ={' '}
        {LAMBDA_TEXT[m.dropped]} of Φ(f) leaves the range unused. Finer pixels do not help; more scales only make the missing plane a smaller share.
      </p>
      <p>
        Resampling on the pixel grid: <strong>{formatError(m.resampling)}</strong> (the planes with a partner,
        bicubic zoom, no prefilter). For comparison, zooming the input alone by μ and back:{' '}
        <strong>{formatError(m.roundTrip)}</strong>.
      </p>
      <p>Computed on {backend ?? 'no engine yet'}, float32; maps {N} × {N}, filters {SCALE_LIFTING.sigma0} px wide at λ = 1.</p>
    </div>
  );
}

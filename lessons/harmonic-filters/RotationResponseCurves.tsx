// Widget 5 of the harmonic lesson (Worrall et al. 2017's rotation response curves): rotate the input through
// 0..360 degrees and record, at the centre, a plain CNN neuron matched to the drawing, the C8
// G-CNN's orientation channels, and the magnitude (and real part) of a circular harmonic.
import './harmonic.css';
import { useMemo, useRef, useState } from 'react';
import { HARMONIC_ORDERS } from '../../src/layers';
import { useEngine } from '../../src/state/engine';
import { useGroupAction } from '../../src/state/groupAction';
import { useFrameLoop } from '../../src/ui/commuting/useFrameLoop';
import { WidgetFrame } from '../../src/ui/frame/WidgetFrame';
import { BusyText } from '../../src/ui/frame/BusyText';
import { busyAttributes, busyClass, sweepNote } from '../../src/ui/frame/busy';
import { useRenderers } from '../../src/ui/maps/useRenderers';
import { AnglePlot, PLOT_COLOURS, type AngleSeries } from '../../src/ui/plots/AnglePlot';
import { summarizeCurves } from '../../src/experiments/harmonic/curveSummary';
import { backendText, isSlowBackend } from '../../src/experiments/harmonic/engineInfo';
import { HarmonicMap } from './HarmonicMap';
import { InputControls } from './InputControls';
import { DEG } from '../../src/experiments/harmonic/phase';
import { RotationResponseCurves as Curves, type CurveSample } from '../../src/experiments/harmonic/responseCurves';
import { useEngineObject } from '../../src/ui/hooks/useEngineObject';
import { useHarmonicInput, type InputSource } from './useHarmonicInput';
import { CURVES_LINK, CURVE_ORIENTATIONS } from './linkFields';
import { defaultsOf, linkOf, useLink } from '../../src/state/link';
import { useInView } from '../../src/ui/hooks/useInView';
import { identity, useProgressiveSweep } from './useProgressiveSweep';
import { formatError } from '../../src/experiments/format';

// The filters span the image (K = S); 17 keeps a sweep of 360 rotations quick even on a software adapter.
const SIZE = 17;
const ORIENTATIONS = CURVE_ORIENTATIONS;
const NAME = 'rotation-response-curves';
/** A light blur: enough to rotate smoothly, little enough to keep the drawing's arms at 17 px. */
const BLUR = 0.6;

export function RotationResponseCurves({ title = 'Rotation response curves' }: { title?: string }) {
  const snapshot = useEngine((s) => s.snapshot);
  const backend = snapshot?.backend ?? null;
  const angle = useGroupAction((s) => s.angle);
  const slow = isSlowBackend(snapshot?.info) && snapshot?.info.kind === 'webgpu';
  const { initial } = useLink(NAME, CURVES_LINK);
  const [stepChoice, setStepChoice] = useState<number | null>(initial.step);
  const step = stepChoice ?? (slow ? 5 : 1);
  const [order, setOrder] = useState(initial.m);
  const [channel, setChannel] = useState(initial.channel);
  const [source, setSource] = useState<InputSource>(initial.input);
  const { value: curves, error } = useEngineObject(
    backend,
    (b) => new Curves(b, { size: SIZE, order, orientations: ORIENTATIONS, blur: BLUR }),
    [order],
  );
  const { pixels } = useHarmonicInput(SIZE, source);
  const viewRef = useRef<HTMLDivElement>(null);
  const visible = useInView(viewRef);
  const angles = useMemo(() => Array.from({ length: 360 / step }, (_, k) => k * step), [step]);
  const run = useMemo(() => {
    if (!curves || !pixels || !visible) return null;
    let prepared: Promise<void> | null = null;
    return async (degs: readonly number[]): Promise<CurveSample[]> => {
      prepared ??= curves.setInput(pixels);
      await prepared;
      return curves.samplesAt(degs.map((d) => d / DEG));
    };
  }, [curves, pixels, visible]);
  const state = useProgressiveSweep(run, angles, `${identity(curves)}-${identity(pixels)}-${step}`, 24);
  const { register, renderer, canvasKey } = useRenderers(backend);
  const svgRef = useRef<SVGSVGElement>(null);

  const started = state.results.length > 0;
  useFrameLoop(async () => {
    if (!curves || !started) return;
    await renderer('seen')?.draw(curves.input, { plane: 0, mode: 'sequential', range: 1 });
  }, [curves, started]);

  const series = useMemo(
    () => buildSeries(state.results, channel, state.done),
    [state.results, channel, state.done],
  );
  const summarized = state.done && state.results.length ? summarizeCurves(state.results, step, channel) : null;
  // A blank input makes every neuron answer 0: no peak to compare against (the ratios are 0/0).
  const blank = summarized !== null && !Number.isFinite(summarized.plainMinOverPeak);
  const summary = blank ? null : summarized;
  // The summary appears once the turn is done; until then the readout counts the rotations.
  const busy = visible && !state.done && !error && !state.error;

  return (
    <WidgetFrame
      name={NAME}
      title={title}
      purpose="Rotate the input through a full turn and record three kinds of neuron at the centre."
      wide
      exportRef={svgRef}
      onReset={() => {
        const d = defaultsOf(CURVES_LINK);
        setStepChoice(d.step);
        setOrder(d.m);
        setChannel(d.channel);
        setSource(d.input);
      }}
      linkDrawing
      linkParams={() => linkOf(CURVES_LINK, { step, m: order, channel, input: source })}
      help={
        <p>
          The plain neuron is tuned to your drawing as drawn: it peaks at 0° and sags elsewhere, like the
          curve detectors of an augmented CNN. The G-CNN has one channel per 45° that passes the peak along;
          the harmonic magnitude does not move at all, while its real part turns m times per revolution.
        </p>
      }
      controls={
        <>
          <InputControls source={source} onSource={setSource} />
          <label>
            steps{' '}
            <select value={step} onChange={(e) => setStepChoice(Number(e.target.value))}>
              <option value={1}>1° (360 rotations)</option>
              <option value={5}>5° (72 rotations)</option>
            </select>
          </label>
          <label>
            G-CNN channel{' '}
            <select value={channel} onChange={(e) => setChannel(Number(e.target.value))}>
              {Array.from({ length: ORIENTATIONS }, (_, j) => (
                <option key={j} value={j}>
                  {j} ({j * 45}°)
                </option>
              ))}
            </select>
          </label>
          <label>
            harmonic order m{' '}
            <select value={order} onChange={(e) => setOrder(Number(e.target.value))}>
              {HARMONIC_ORDERS.filter((m) => m !== 0).map((m) => (
                <option key={m} value={m}>
                  {m}
                </option>
              ))}
            </select>
          </label>
          <span className="sweep-progress" aria-live="polite">
            {state.done
              ? `${angles.length} rotations done`
              : visible
                ? `rotating: ${state.results.length} of ${angles.length}…`
                : 'starts when in view'}
          </span>
        </>
      }
      readout={
        <div
          className={`harmonic-readout${busyClass(busy)}`}
          {...busyAttributes(busy)}
          data-done={String(state.done)}
          data-step-deg={step}
          data-plain-peak-deg={summary?.plainPeakDeg ?? ''}
          data-plain-min-over-peak={summary?.plainMinOverPeak ?? ''}
          data-channel-peak-deg={summary?.channelPeakDeg ?? ''}
          data-quarter-shift-error={summary?.quarterShiftError ?? ''}
          data-step-shift-error={summary?.stepShiftError ?? ''}
          data-harmonic-spread={summary?.harmonicSpread ?? ''}
        >
          <BusyText
            busy={busy}
            note={sweepNote(state.results.length, angles.length, 'rotations')}
            layout="block"
          >
            {summary ? (
              <p>
                Plain neuron: peaks at {summary.plainPeakDeg}° and falls to{' '}
                {(100 * summary.plainMinOverPeak).toFixed(0)}% of its peak. G-CNN channel {channel} peaks at{' '}
                {summary.channelPeakDeg}°; the channels are shifted copies, exactly for 90° shifts (largest
                mismatch {formatError(summary.quarterShiftError)} of the peak, float32 round-off) and
                approximately for 45° shifts ({formatError(summary.stepShiftError)}: resampling). Harmonic
                magnitude |L<sub>θ</sub>f ⋆ W<sub>{order}</sub>| at the centre varies by{' '}
                <strong>{(100 * summary.harmonicSpread).toFixed(2)}%</strong> over the whole turn.
              </p>
            ) : blank ? (
              <p>The input is blank, so every neuron answers 0 at every angle: draw something to compare them.</p>
            ) : (
              !visible && <p>The rotations start when the plot comes into view.</p>
            )}
            <p>
              {step}° steps
              {slow && stepChoice === null ? ' (5° by default on this software adapter, to stay quick)' : ''};
              each neuron sees the {SIZE}×{SIZE} image (blurred, σ = {BLUR} px) through a {SIZE}×{SIZE}{' '}
              filter; every curve is divided by the largest |response| of its kind; resampling bicubic.
              Computed on {backendText(snapshot?.info)}.
            </p>
          </BusyText>
          {(error || state.error) && (
            <p>
              <span role="alert">{error ?? state.error}</span>
            </p>
          )}
        </div>
      }
    >
      <div className="harmonic-row" ref={viewRef}>
        <HarmonicMap
          id="seen"
          caption="what the neurons see"
          description="the input image the three neurons look at"
          size={SIZE}
          attach={register('seen')}
          canvasKey={canvasKey}
          markCentre
        />
        <AnglePlot
          title="Responses at the centre against the rotation angle"
          series={series}
          yLabel="response / largest |response| of its kind"
          yScale="linear"
          yDomain={[-1.05, 1.05]}
          width={760}
          marker={{ angle: angle * DEG, label: `θ = ${(angle * DEG).toFixed(0)}°` }}
          notes={['thin: the other orientation channels of the G-CNN']}
          svgRef={svgRef}
        />
      </div>
    </WidgetFrame>
  );
}

function buildSeries(sweep: readonly CurveSample[], channel: number, fullTurn: boolean): AngleSeries[] {
  if (!sweep.length) return [];
  // A full turn ends where it began: repeat the first sample at 360 degrees to close the curves.
  const samples = fullTurn ? [...sweep, { ...sweep[0], theta: 2 * Math.PI }] : sweep;
  const norm = (xs: number[]) => {
    const s = Math.max(...xs.map(Math.abs)) || 1;
    return xs.map((v) => v / s);
  };
  const deg = samples.map((s) => s.theta * DEG);
  const pts = (ys: number[]) => ys.map((y, i) => [deg[i], y] as const);
  const plain = norm(samples.map((s) => s.plain));
  const gScale = Math.max(...samples.flatMap((s) => s.orientations.map(Math.abs))) || 1;
  const h = norm(samples.map((s) => s.harmonic));
  const hScale = Math.max(...samples.map((s) => s.harmonic)) || 1;
  const channels = Array.from({ length: samples[0].orientations.length }, (_, j) => j);
  return [
    ...channels
      .filter((j) => j !== channel)
      .map((j) => ({
        key: `g${j}`,
        label: `G-CNN channel ${j}`,
        colour: PLOT_COLOURS.orange,
        width: 1,
        faint: true,
        points: pts(samples.map((s) => s.orientations[j] / gScale)),
      })),
    {
      key: 'plain',
      label: 'plain CNN filter (matched to the drawing)',
      colour: PLOT_COLOURS.blue,
      points: pts(plain),
      width: 5,
    },
    {
      key: `g${channel}`,
      label: `C8 G-CNN channel ${channel}`,
      colour: PLOT_COLOURS.orange,
      dash: '7 3',
      width: 2,
      points: pts(samples.map((s) => s.orientations[channel] / gScale)),
    },
    {
      key: 'harmonic',
      label: '|harmonic response| (magnitude)',
      colour: PLOT_COLOURS.green,
      width: 3,
      points: pts(h),
    },
    {
      key: 'harmonic-re',
      label: 'Re harmonic response (turns)',
      colour: PLOT_COLOURS.green,
      dash: '2 3',
      width: 1.5,
      points: pts(samples.map((s) => s.harmonicReal / hScale)),
    },
  ];
}

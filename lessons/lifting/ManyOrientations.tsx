// Lifting with many orientations (a C_N inside SE(2), N = 4 ... 36): the equivariance error at any
// angle θ against N, with the orientation axis read three ways (nearest sample, linear
// interpolation, exactly), on the page's drawing and ψ. The error follows the gap between θ and
// the nearest sampled orientation and levels off where resampling on the pixel grid takes over.
import './manyOrientations.css';
import { useMemo, useRef, useState } from 'react';
import type { Interpolation } from '../../src/engine/backend';
import { isSlowBackend } from '../../src/experiments/harmonic/engineInfo';
import {
  ORIENTATION_COUNTS,
  OrientationSweep,
  type OrientationConfig,
} from '../../src/experiments/orientations/manyOrientations';
import { useEngine } from '../../src/state/engine';
import { kernelStore, useKernel } from '../../src/state/filter';
import { choice, defaultsOf, field, integer, linkOf, useLink } from '../../src/state/link';
import { useInputPixels } from '../../src/ui/commuting/useInputPixels';
import { Tex } from '../../src/ui/exercises/Tex';
import { WidgetFrame } from '../../src/ui/frame/WidgetFrame';
import { useEngineObject } from '../../src/ui/hooks/useEngineObject';
import { useInView } from '../../src/ui/hooks/useInView';
import { applyKernelParams, kernelLinkParams } from '../../src/ui/orientation/kernelLink';
import { LogLinePlot, type PlotSeries } from '../../src/ui/plots/LogLinePlot';
import { OrientationReadout, PLOT_FLOOR, ROUND_OFF } from './OrientationReadout';
import { useOrientationSweep } from './useOrientationSweep';

const NAME = 'many-orientations';
const RESAMPLINGS = ['bicubic', 'bilinear'] as const satisfies readonly Interpolation[];
const LINK = {
  theta: field(integer(0, 359), 37),
  resampling: field(choice(RESAMPLINGS), 'bicubic'),
};

const READING_LABELS = {
  nearest: 'nearest orientation',
  linear: 'linear along orientations',
  exact: 'orientation exact (floor)',
} as const;

export function ManyOrientations({ title = 'Many orientations: error against N' }: { title?: string }) {
  const { initial } = useLink(NAME, LINK, { restore: (p) => applyKernelParams(kernelStore, p) });
  const [thetaDeg, setTheta] = useState(initial.theta);
  const [resampling, setResampling] = useState<(typeof RESAMPLINGS)[number]>(initial.resampling);
  const snapshot = useEngine((s) => s.snapshot);
  const backend = snapshot?.backend ?? null;
  const K = useKernel((s) => s.size);
  const kernel = useKernel((s) => s.values);
  const size = isSlowBackend(snapshot?.info) ? 49 : 65;
  const config: OrientationConfig = useMemo(
    () => ({ size, kernelSize: K, interpolation: resampling }),
    [size, K, resampling],
  );
  const { value: sweep, error } = useEngineObject(backend, (b) => new OrientationSweep(b, config), [config]);
  const { pixels, error: inputError } = useInputPixels(size);
  const viewRef = useRef<HTMLDivElement>(null);
  const visible = useInView(viewRef);
  const run = useOrientationSweep(sweep, pixels, kernel, thetaDeg, visible);
  const svgRef = useRef<SVGSVGElement>(null);

  const current =
    run.key && run.key.sweep === sweep && run.key.pixels === pixels && run.key.kernel === kernel
      ? run.key.thetaDeg === thetaDeg
      : false;
  const problem = error ?? inputError ?? run.error;
  const busy = visible && !problem && !(current && run.done);
  const points = run.key?.sweep === sweep ? run.points : [];
  const series: PlotSeries[] = (['nearest', 'linear', 'exact'] as const).map((r) => ({
    key: r,
    label: READING_LABELS[r],
    points: points.map((p) => ({ x: p.N, y: Math.max(p.errors[r], PLOT_FLOOR) })),
  }));
  const tiny = points.some((p) => Math.min(p.errors.nearest, p.errors.linear, p.errors.exact) < 1e-4);

  return (
    <WidgetFrame
      name={NAME}
      title={title}
      purpose={
        <>
          Lift with <Tex math="N" /> turned copies of <Tex math="\psi" />, turn the input by any{' '}
          <Tex math="\theta" />, and see how the equivariance error falls as <Tex math="N" /> grows, and where it
          stops falling.
        </>
      }
      wide
      exportRef={svgRef}
      linkDrawing
      onReset={() => {
        const d = defaultsOf(LINK);
        setTheta(d.theta);
        setResampling(d.resampling);
      }}
      linkParams={() => ({
        ...linkOf(LINK, { theta: thetaDeg, resampling }),
        ...kernelLinkParams(kernelStore.getState()),
      })}
      help={
        <p>
          Start at 37°: with 4 orientations θ sits 37° from the nearest one and the error is large; with 36 it
          is 3° away. Try 30° (on the grid of 12, 24 and 36: the three curves meet at the floor there), 90° (a
          quarter turn: round-off wherever N is divisible by 4; N = 6 has no sample there), and the line preset
          of ψ in the filter bank above: its response repeats every half turn, so 4 orientations give only two
          samples per period and linear interpolation helps little or even hurts. Bilinear resampling raises the floor.
        </p>
      }
      controls={
        <>
          <label>
            θ{' '}
            <input
              type="range"
              min={0}
              max={359}
              step={1}
              value={thetaDeg}
              aria-label="test angle θ in degrees (slider)"
              onChange={(e) => setTheta(Number(e.target.value))}
            />
          </label>
          <label>
            <input
              className="orientation-theta"
              type="number"
              min={0}
              max={359}
              step={1}
              value={thetaDeg}
              aria-label="test angle θ in degrees"
              onChange={(e) => {
                const v = Math.round(Number(e.target.value));
                if (Number.isFinite(v) && v >= 0 && v <= 359) setTheta(v);
              }}
            />
            °
          </label>
          <label>
            Resampling{' '}
            <select
              value={resampling}
              onChange={(e) => setResampling(e.target.value as (typeof RESAMPLINGS)[number])}
            >
              {RESAMPLINGS.map((r) => (
                <option key={r} value={r}>
                  {r}
                </option>
              ))}
            </select>
          </label>
          <span className="sweep-progress" aria-live="polite">
            {!visible
              ? 'starts when in view'
              : current && run.done
                ? `${ORIENTATION_COUNTS.length} values of N done`
                : `computing: ${current ? run.points.length : 0} of ${ORIENTATION_COUNTS.length} values of N…`}
          </span>
        </>
      }
      readout={
        <OrientationReadout
          run={run}
          thetaDeg={thetaDeg}
          busy={busy}
          visible={visible}
          size={size}
          kernelSize={K}
          resampling={resampling}
          info={snapshot?.info ?? null}
          problem={problem}
        />
      }
    >
      <div ref={viewRef} className="orientation-plot">
        <LogLinePlot
          title={`Relative equivariance error at θ = ${thetaDeg}° against the number of orientations N`}
          series={series}
          xLabel="number of orientations N (log scale)"
          yLabel="relative equivariance error"
          xLog
          xTicks={ORIENTATION_COUNTS}
          xDomain={[ORIENTATION_COUNTS[0], ORIENTATION_COUNTS[ORIENTATION_COUNTS.length - 1]]}
          floor={PLOT_FLOOR}
          reference={tiny ? { y: ROUND_OFF, label: 'float32 round-off tolerance' } : undefined}
          svgRef={svgRef}
        />
      </div>
    </WidgetFrame>
  );
}

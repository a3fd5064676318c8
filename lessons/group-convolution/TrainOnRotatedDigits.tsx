// Rotated MNIST in the page (Cohen & Welling 2016): a plain CNN and a C4 G-CNN with the same
// number of weights, trained side by side with tfjs, in three experiments: (a) train and test on
// digits turned by random angles, the paper's protocol; (b) train upright, test turned by quarter
// turns and by every 15 degrees; (c) the same as (a) on 50 to 8,000 training digits (data efficiency).
import { useRef, useState } from 'react';
import { useEngine } from '../../src/state/engine';
import type { ExperimentId, RunProgress } from '../../src/training/experiments';
import { WidgetFrame } from '../../src/ui/frame/WidgetFrame';
import { AnglePlot, PLOT_COLOURS } from '../../src/ui/plots/AnglePlot';
import { LogLinePlot } from '../../src/ui/plots/LogLinePlot';
import { ResponseCurvePlots } from './ResponseCurvePlots';
import { EfficiencyTable, NETWORKS, QuarterTurnTable, RotatedTable } from './TrainingResults';
import { useTrainingExperiment, type ExperimentResult } from './useTrainingExperiment';
import './training.css';

const EXPERIMENTS: { id: ExperimentId; label: string }[] = [
  { id: 'rotated', label: 'a. rotated digits (the paper’s protocol)' },
  { id: 'upright', label: 'b. trained upright, tested turned' },
  { id: 'efficiency', label: 'c. data efficiency (50 to 8,000 digits)' },
];

// The same colours as the loss and error plots (LogLinePlot gives its first series blue).
const COLOUR = { plain: PLOT_COLOURS.blue, gcnn: PLOT_COLOURS.orange };
/** At most this many points per loss curve: the mean of each run of steps. */
const CURVE_POINTS = 80;

function curve(losses: number[]): { x: number; y: number }[] {
  const per = Math.max(1, Math.ceil(losses.length / CURVE_POINTS));
  const out: { x: number; y: number }[] = [];
  for (let i = 0; i < losses.length; i += per) {
    const run = losses.slice(i, i + per);
    out.push({ x: i + run.length, y: run.reduce((a, b) => a + b, 0) / run.length });
  }
  return out;
}

function LossCurves({ progress }: { progress: RunProgress }) {
  if (progress.losses.plain.length < 2) return null;
  return (
    <LogLinePlot
      title="Training loss"
      xLabel="step"
      yLabel="cross-entropy (batch mean)"
      yFormat="~g"
      series={NETWORKS.map((n) => ({ key: n.kind, label: n.label.split(' (')[0], points: curve(progress.losses[n.kind]) }))}
    />
  );
}

function AngleCurve({ progress }: { progress: RunProgress }) {
  const last = progress.checkpoints.at(-1);
  if (!last || last.scores.plain.length <= 4) return null; // the sweep runs at the end of a run
  const series = NETWORKS.map((n) => ({
    key: n.kind,
    label: n.label.split(' (')[0],
    colour: COLOUR[n.kind],
    dash: n.kind === 'plain' ? '6 4' : undefined,
    points: last.scores[n.kind]
      .flatMap((s) => (s.view.kind === 'angle' ? [[s.view.degrees, s.accuracy] as const] : []))
      .sort((a, b) => a[0] - b[0]),
  }));
  // 360 is the upright digits again: close the curve.
  for (const s of series) if (s.points.length && s.points[0][0] === 0) s.points.push([360, s.points[0][1]]);
  return <AnglePlot title="Test accuracy against the angle of the test digits" series={series} yLabel="test accuracy" yScale="linear" yDomain={[0, 1]} />;
}

function Progress({ result }: { result: ExperimentResult }) {
  const p = result.progress;
  if (!p) return null;
  return (
    <p className="training-progress">
      <progress value={p.step} max={p.steps} aria-label="training progress" />{' '}
      {result.runningSize !== null && `${result.runningSize.toLocaleString('en')} digits: `}
      step {p.step} of {p.steps} · {p.seconds.toFixed(0)} s (training steps {p.trainSeconds.toFixed(0)} s, tests{' '}
      {p.testSeconds.toFixed(0)} s)
    </p>
  );
}

export function TrainOnRotatedDigits() {
  const snapshot = useEngine((s) => s.snapshot);
  const { state, train, stop, reset, loadShipped } = useTrainingExperiment(snapshot);
  const [experiment, setExperiment] = useState<ExperimentId>('rotated');
  const viewsRef = useRef<HTMLDivElement>(null);
  const result = state.results[experiment];
  const busy = state.running !== null;
  const status = result?.status ?? 'idle';
  const last = result?.progress?.checkpoints.at(-1);
  const shipped = result?.source === 'shipped';

  return (
    <WidgetFrame
      name="train-rotated-digits"
      title="Rotated digits: a plain CNN against a G-CNN of the same size"
      purpose="Both networks learn from the same batches of 14x14 MNIST digits (8,000 for training, 1,000 other digits for testing), with the same optimiser and schedule."
      wide
      onReset={reset}
      exportRef={viewsRef}
      controls={
        <>
          <label>
            Experiment{' '}
            <select value={experiment} onChange={(e) => setExperiment(e.target.value as ExperimentId)} disabled={busy}>
              {EXPERIMENTS.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.label}
                </option>
              ))}
            </select>
          </label>
          {busy ? (
            <button onClick={stop}>Stop</button>
          ) : (
            <button onClick={() => void train(experiment)} disabled={!snapshot}>
              {result && !shipped ? 'Train again' : 'Train'}
            </button>
          )}
          {experiment === 'rotated' && !busy && (
            <button onClick={() => void loadShipped()} disabled={!snapshot}>
              Use trained networks
            </button>
          )}
        </>
      }
      help={
        <>
          <p>
            a. Every training digit is turned by a fresh random angle, and so is every test digit. The G-CNN is
            built to be unmoved by quarter turns; the plain CNN has to learn each orientation from examples.
          </p>
          <p>
            b. Trained on upright digits only. The G-CNN gives the same answer at every quarter turn, right or
            wrong; between quarter turns both networks lose accuracy, because the G-CNN's guarantee covers C4
            only, and a digit turned by 45° looks like no training digit. The plain CNN fails at every turn.
          </p>
          <p>
            c. Experiment a with fewer training digits (the first 50, 150, … of the set, every class alike).
            The G-CNN reaches a given error with fewer digits: the symmetry it is built with is knowledge it
            does not have to learn.
          </p>
        </>
      }
      readout={
        <p className="training-readout" data-status={status} data-experiment={experiment} data-step={result?.progress?.step ?? 0} data-evaluated-at={last?.step ?? 0}>
          {status === 'idle' && 'Not trained yet: both networks guess (about 10% right).'}
          {status === 'loading' && 'Loading tfjs and the digits…'}
          {shipped && status === 'training' && 'Testing the shipped networks, then turning 100 digits through a circle for their response curves…'}
          {shipped && status === 'done' && result?.progress && (
            <>
              The networks shipped with the page: {result.progress.steps.toLocaleString('en')} steps of experiment a
              (seed 1, trained in Node by npm run train:weights), tested here
              {state.runtime && ` · computed with ${state.runtime.description}`}
            </>
          )}
          {!shipped && result?.progress && status !== 'loading' && (
            <>
              {status === 'stopped' ? 'Stopped at ' : status === 'done' ? 'Done: ' : ''}step {result.progress.step} of{' '}
              {result.progress.steps} · cross-entropy plain CNN {result.progress.losses.plain.at(-1)?.toFixed(3)}, G-CNN{' '}
              {result.progress.losses.gcnn.at(-1)?.toFixed(3)}
              {state.runtime && ` · computed with ${state.runtime.description}`}
            </>
          )}
          {state.message && <span role="alert"> · {state.message}</span>}
        </p>
      }
    >
      <div className="training-views" ref={viewsRef}>
        {result && !shipped && <Progress result={result} />}
        {experiment === 'rotated' && <RotatedTable checkpoint={last} shipped={shipped} />}
        {experiment === 'rotated' && shipped && result?.curves && <ResponseCurvePlots curves={result.curves} />}
        {experiment === 'upright' && <QuarterTurnTable checkpoint={last} />}
        {experiment === 'efficiency' && result && result.points.length > 0 && <EfficiencyTable points={result.points} />}
        {experiment === 'efficiency' && result && result.points.length > 0 && (
          <LogLinePlot
            title="Test error against training-set size"
            xLabel="training digits (log scale)"
            yLabel="test error, randomly turned digits"
            xLog
            xTicks={result.points.map((p) => p.trainSize)}
            yDomain={[0.05, 1]}
            yFormat=".0%"
            series={NETWORKS.map((n) => ({
              key: n.kind,
              label: n.label.split(' (')[0],
              points: result.points.map((p) => ({ x: p.trainSize, y: p.error[n.kind] })),
            }))}
          />
        )}
        {experiment === 'upright' && result?.progress && <AngleCurve progress={result.progress} />}
        {result?.progress && <LossCurves progress={result.progress} />}
      </div>
    </WidgetFrame>
  );
}

// Rotated MNIST in miniature (Cohen & Welling 2016): train a plain CNN and a C4 G-CNN of equal size on upright
// digits only, then test both on the test digits turned by 0, 90, 180 and 270 degrees. The G-CNN
// answers alike at every quarter turn (its outputs move by round-off); the plain CNN has never
// seen a turned digit. Trained with tfjs in the page, on the engine's GPU device.
import { useRef, useState } from 'react';
import { useEngine } from '../../src/state/engine';
import { WidgetFrame } from '../../src/ui/frame/WidgetFrame';
import { LogLinePlot } from '../../src/ui/plots/LogLinePlot';
import { AccuracyTable } from './AccuracyTable';
import { BATCH, useDigitTraining } from './useDigitTraining';
import './training.css';

const STEP_CHOICES = [10, 100, 300];
/** At most this many points per loss curve: the mean of each run of steps. */
const CURVE_POINTS = 60;

function curve(losses: number[]): { x: number; y: number }[] {
  const per = Math.max(1, Math.ceil(losses.length / CURVE_POINTS));
  const out: { x: number; y: number }[] = [];
  for (let i = 0; i < losses.length; i += per) {
    const run = losses.slice(i, i + per);
    out.push({ x: i + run.length, y: run.reduce((a, b) => a + b, 0) / run.length });
  }
  return out;
}

export function TrainOnUprightDigits() {
  const snapshot = useEngine((s) => s.snapshot);
  const { view, train, stop, reset } = useDigitTraining(snapshot);
  const [steps, setSteps] = useState(100);
  const viewsRef = useRef<HTMLDivElement>(null);
  const busy = view.status === 'loading' || view.status === 'training';

  return (
    <WidgetFrame
      name="train-upright-digits"
      title="Train on upright digits, test on turned ones"
      purpose={`A plain CNN and a C4 G-CNN of the same size learn 600 upright MNIST digits (batches of ${BATCH}); 200 other digits, turned by quarter turns, test them.`}
      wide
      onReset={reset}
      exportRef={viewsRef}
      controls={
        <>
          <label>
            Steps{' '}
            <select value={steps} onChange={(e) => setSteps(Number(e.target.value))} disabled={busy}>
              {STEP_CHOICES.map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </label>
          {busy ? (
            <button onClick={stop}>Stop</button>
          ) : (
            <button onClick={() => void train(steps)} disabled={!snapshot}>
              {view.step > 0 ? `Train ${steps} more` : 'Train'}
            </button>
          )}
        </>
      }
      help={
        <p>
          Train a few hundred steps and read the table. The plain CNN gets better at upright digits than at
          turned ones, which it has never seen. The G-CNN's accuracy is the same at every quarter turn,
          because its answers are: it has to learn the digits in all four turns at once, and it cannot tell a
          6 from a turned 9. On a laptop GPU a hundred steps take seconds; on a software adapter, minutes.
        </p>
      }
      readout={
        <p
          className="training-readout"
          data-status={view.status}
          data-step={view.step}
          data-evaluated-at={view.evaluatedAt}
        >
          {view.status === 'idle' && 'Not trained yet: both networks guess (about 10% right).'}
          {view.status === 'loading' && 'Loading tfjs and the digits…'}
          {view.status !== 'idle' && view.status !== 'loading' && (
            <>
              step {view.step}
              {view.target > view.step ? ` of ${view.target}` : ''} · cross-entropy plain CNN{' '}
              {view.losses.plain.at(-1)?.toFixed(3)}, G-CNN {view.losses.gcnn.at(-1)?.toFixed(3)} · computed
              with {view.runsOn}
            </>
          )}
          {view.message && <span role="alert"> · {view.message}</span>}
        </p>
      }
    >
      <div className="training-views" ref={viewsRef}>
        <AccuracyTable evaluation={view.evaluation} evaluatedAt={view.evaluatedAt} />
        {view.step > 1 && (
          <LogLinePlot
            title="Training loss"
            xLabel="step"
            yLabel="cross-entropy (batch)"
            series={[
              { key: 'plain', label: 'plain CNN', points: curve(view.losses.plain) },
              { key: 'gcnn', label: 'C4 G-CNN', points: curve(view.losses.gcnn) },
            ]}
          />
        )}
      </div>
    </WidgetFrame>
  );
}

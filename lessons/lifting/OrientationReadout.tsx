// The many-orientations readout: a table of the errors per N (with the gap between θ and the
// nearest sampled orientation, which the nearest-sample error follows), a summary of the finished
// sweep, what is measured against what tolerance, and the engine that measured it.
import { backendText, type BackendInfo } from '../../src/engine/backend';
import { formatError } from '../../src/experiments/format';
import { ORIENTATION_COUNTS } from '../../src/experiments/orientations/manyOrientations';
import { summarize, type OrientationSummary } from '../../src/experiments/orientations/summary';
import { BusyText } from '../../src/ui/frame/BusyText';
import { busyAttributes, busyClass, sweepNote } from '../../src/ui/frame/busy';
import type { SweepRun } from './useOrientationSweep';

const DEG = 180 / Math.PI;
/** Exact cases (quarter turns, N divisible by 4) are judged against float32 round-off. */
export const ROUND_OFF = 1e-5;
/** Errors below this are drawn at it (a log axis cannot show 0). */
export const PLOT_FLOOR = 1e-9;
const deg = (rad: number) => `${(rad * DEG).toFixed(rad * DEG < 10 ? 2 : 1).replace(/\.?0+$/, '')}°`;

export interface OrientationReadoutProps {
  run: SweepRun;
  thetaDeg: number;
  busy: boolean;
  visible: boolean;
  size: number;
  kernelSize: number;
  resampling: string;
  info: BackendInfo | null;
  problem: string | null;
}

export function OrientationReadout(props: OrientationReadoutProps) {
  const { run, busy, size, kernelSize: K, resampling, info, problem } = props;
  const measured = run.key?.thetaDeg ?? props.thetaDeg;
  const summary = run.done && run.key ? summarize(run.points, run.key.thetaDeg) : null;
  const byN = new Map(run.points.map((p) => [p.N, p]));
  return (
    <div
      className={`orientation-readout${busyClass(busy)}`}
      {...busyAttributes(busy)}
      data-done={String(run.done && !busy)}
      data-theta-deg={run.key ? String(run.key.thetaDeg) : ''}
      data-backend={info?.kind ?? ''}
      data-size={size}
      data-resampling={resampling}
    >
      <BusyText
        busy={busy}
        note={sweepNote(run.points.length, ORIENTATION_COUNTS.length, `values of N at θ = ${props.thetaDeg}°`)}
        layout="block"
      >
        {!props.visible && <p>The sweep starts when the plot comes into view.</p>}
        <div className="orientation-table-wrap">
          <table className="orientation-table">
            <caption>Relative equivariance error at θ = {measured}° for each number of orientations N</caption>
            <thead>
              <tr>
                <th scope="col">N</th>
                <th scope="col">step 360°/N</th>
                <th scope="col">θ to nearest sample</th>
                <th scope="col">nearest orientation</th>
                <th scope="col">linear along orientations</th>
                <th scope="col">orientation exact</th>
              </tr>
            </thead>
            <tbody>
              {ORIENTATION_COUNTS.map((N) => {
                const p = byN.get(N);
                return (
                  <tr
                    key={N}
                    data-n={N}
                    data-gap-deg={p ? p.gap * DEG : ''}
                    data-nearest={p?.errors.nearest ?? ''}
                    data-linear={p?.errors.linear ?? ''}
                    data-exact={p?.errors.exact ?? ''}
                  >
                    <th scope="row">{N}</th>
                    <td>{deg((2 * Math.PI) / N)}</td>
                    <td>{p ? deg(p.gap) : '…'}</td>
                    <td>{p ? formatError(p.errors.nearest) : '…'}</td>
                    <td>{p ? formatError(p.errors.linear) : '…'}</td>
                    <td>{p ? formatError(p.errors.exact) : '…'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        {summary && <Summary s={summary} thetaDeg={measured} resampling={resampling} />}
        <p>
          Measured: ‖Φ(L<sub>θ</sub>f) − L<sub>θ</sub>Φ(f)‖ / ‖L<sub>θ</sub>Φ(f)‖ on the disk, where Φ lifts
          the drawing with N copies of ψ ({K}×{K}, from the filter bank above) turned by 360°/N, and L
          <sub>θ</sub> turns every orientation plane by θ and shifts the orientation axis by θ, read at the
          nearest sample, by linear interpolation between the two neighbours, or exactly (ψ turned to the very
          orientation needed). {size}×{size} maps, {resampling} resampling. Quarter turns with N divisible
          by 4 should be exact to float32 round-off (tolerance {ROUND_OFF.toExponential(0)}); every other
          case is approximate. The plot draws values below {PLOT_FLOOR.toExponential(0)}, 0 included, at{' '}
          {PLOT_FLOOR.toExponential(0)}. Computed on {info ? backendText(info) : '…'}.
        </p>
      </BusyText>
      {problem && (
        <p>
          <span role="alert">{problem}</span>
        </p>
      )}
    </div>
  );
}

function Summary({ s, thetaDeg, resampling }: { s: OrientationSummary; thetaDeg: number; resampling: string }) {
  const f = formatError;
  const { first, last } = s;
  if (s.quarterTurn) {
    const exact = s.quarterMax < ROUND_OFF;
    const offMax = Math.max(...s.offGrid.map((p) => p.errors.exact));
    return (
      <p className={`verdict-${exact ? 'exact' : 'approximate'}`}>
        θ = {thetaDeg}° turns pixels onto pixels and, for N = {s.onGrid.join(', ')}, orientations onto
        orientations: largest error there <strong>{f(s.quarterMax)}</strong>
        {exact ? ' (exact to float32 round-off)' : ' (above round-off: a bug)'}.
        {s.offGrid.length > 0 && (
          <>
            {' '}
            N = {s.offGrid.map((p) => p.N).join(', ')} {s.offGrid.length > 1 ? 'have' : 'has'} no sample at{' '}
            {thetaDeg}°: nearest {s.offGrid.map((p) => f(p.errors.nearest)).join(', ')}, linear{' '}
            {s.offGrid.map((p) => f(p.errors.linear)).join(', ')}; read exactly, {f(offMax)}.
          </>
        )}
      </p>
    );
  }
  return (
    <>
      <p>
        Nearest orientation: <strong>{f(first.errors.nearest)}</strong> at N = {first.N} (θ is{' '}
        {deg(first.gap)} from a sample) down to <strong>{f(last.errors.nearest)}</strong> at N = {last.N} (
        {deg(last.gap)} away). It follows that gap, at most 180°/N, rather than N itself.
      </p>
      <p>
        Linear along orientations: {f(first.errors.linear)} at N = {first.N}, {f(last.errors.linear)} at N ={' '}
        {last.N}, against a floor of {f(last.errors.exact)} there.
      </p>
      <p>
        Orientation exact: {f(s.floor[0])} to {f(s.floor[1])} at every N. This floor is resampling the drawing
        and ψ on the pixel grid ({resampling}); more orientations cannot lower it, a smoother ψ or input can.
      </p>
    </>
  );
}

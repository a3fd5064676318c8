// The response widget's readout: predicted phase change m theta, the measured change at the
// rotation centre and its magnitude-weighted average over the disk, the relative equivariance
// error with its verdict, and the engine that computed it. data-* attributes carry the numbers.
import type { BackendInfo } from '../../src/engine/backend';
import { backendText } from '../../src/experiments/harmonic/engineInfo';
import { DEG, formatDegrees, modulus, phaseLawError } from '../../src/experiments/harmonic/phase';
import type { ResponseMeasurement } from '../../src/experiments/harmonic/responseExperiment';
import { lawVerdict } from '../../src/experiments/harmonic/verdicts';
import { formatError } from '../../src/experiments/format';
import { BusyText } from '../../src/ui/frame/BusyText';
import { busyAttributes, busyClass } from '../../src/ui/frame/busy';

/** Relative equivariance error the response widget calls "approximate" rather than broken. */
export const RESPONSE_TOLERANCE = 0.05;

/** Degrees for a data attribute; '' where the phase is undefined (no response at the centre). */
const degreesAttr = (rad: number) => (Number.isFinite(rad) ? rad * DEG : '');

export interface ResponseReadoutProps {
  m: ResponseMeasurement | null;
  info: BackendInfo | undefined;
  size: number;
  kernel: number;
  problem: string | null;
  /** `m` was measured for an earlier state: a newer one is being computed (src/ui/frame/busy.ts). */
  busy: boolean;
  /** What is being computed, e.g. 'computing g = rotation by 37.0° …'. */
  note: string;
}

export function ResponseReadout({ m, info, size, kernel, problem, busy, note }: ResponseReadoutProps) {
  if (!m)
    return (
      <p className={`harmonic-readout${busyClass(busy)}`} {...busyAttributes(busy)}>
        {problem ? <span role="alert">{problem}</span> : <span className="busy-note">{note}</span>}
      </p>
    );
  const centreOff = phaseLawError(m.centre.change, m.order, m.theta);
  const weightedOff = phaseLawError(m.weighted.change, m.order, m.theta);
  const v = lawVerdict(m.theta, m.equivarianceError, RESPONSE_TOLERANCE);
  const centreShare = m.outputMax > 0 ? modulus(m.centre.before) / m.outputMax : 0;
  return (
    <div
      className={`harmonic-readout harmonic-${v.kind}${busyClass(busy)}`}
      {...busyAttributes(busy)}
      data-angle-deg={m.theta * DEG}
      data-order={m.order}
      data-expected-deg={m.expected * DEG}
      data-centre-change-deg={degreesAttr(m.centre.change)}
      data-centre-error-deg={degreesAttr(centreOff)}
      data-weighted-change-deg={m.weighted.change * DEG}
      data-weighted-error-deg={weightedOff * DEG}
      data-weighted-modulus={modulus(m.weighted.factor)}
      data-equivariance-error={m.equivarianceError}
      data-verdict={v.kind}
      data-backend={info?.kind ?? ''}
    >
      <BusyText busy={busy} note={note} layout="block">
        <p>
          θ = {(m.theta * DEG).toFixed(1)}°, m = {m.order}: the law predicts a phase change mθ ={' '}
          <strong>{formatDegrees(m.expected, 2)}</strong> (wrapped to ±180°).
        </p>
        <p>
          Measured at the rotation centre (circled), arg Φ(L<sub>θ</sub>f)(c) − arg Φ(f)(c) ={' '}
          <strong>{formatDegrees(m.centre.change, 2)}</strong>, off by {formatDegrees(centreOff, 3)}
          {centreShare < 0.05 && ' (the response there is weak, so its phase is fragile)'}; magnitude-weighted
          over the disk, arg Σ<sub>p</sub> Φ(L<sub>θ</sub>f)(R<sub>θ</sub>p) conj Φ(f)(p) ={' '}
          <strong>{formatDegrees(m.weighted.change, 2)}</strong>, off by {formatDegrees(weightedOff, 3)} (its
          modulus |c| = {modulus(m.weighted.factor).toFixed(4)} should be 1).
        </p>
        <p>
          Equivariance error ‖Φ(L<sub>θ</sub>f) − e<sup>imθ</sup>L<sub>θ</sub>Φ(f)‖ / ‖e<sup>imθ</sup>L
          <sub>θ</sub>Φ(f)‖ on the disk = <strong>{formatError(m.equivarianceError)}</strong> — {v.text}.
          Computed on {backendText(info)} at {size}×{size}, K = {kernel}.
          {problem && <span role="alert"> {problem}</span>}
        </p>
      </BusyText>
    </div>
  );
}

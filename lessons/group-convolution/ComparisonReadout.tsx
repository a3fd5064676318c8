// The comparison's readout line: both invariance errors as raw numbers (for tests and copying),
// the transformation they were measured for, the backend and the frame time.
import { backendText, type BackendInfo } from '../../src/engine/backend';
import type { ComparisonMeasurement } from '../../src/experiments/comparison/experiment';
import { formatError } from '../../src/experiments/format';
import { BusyText } from '../../src/ui/frame/BusyText';
import { busyAttributes, busyClass, type FrameKey } from '../../src/ui/frame/busy';

export interface ComparisonFrame extends ComparisonMeasurement {
  ms: number;
  angle: number;
  reflect: boolean;
  size: number;
  /** What the frame was computed for: the experiment (networks, size), input and g. */
  key: FrameKey;
}

export interface ComparisonReadoutProps {
  frame: ComparisonFrame | null;
  backend: BackendInfo | null;
  showFrameTime: boolean;
  error: string | null;
  /** The frame on show is stale: a newer state is being computed (src/ui/frame/busy.ts). */
  busy: boolean;
  /** What is being computed, e.g. 'computing g = rotation by 45.0° …'. */
  note: string;
}

const DEG = 180 / Math.PI;

export function ComparisonReadout({
  frame,
  backend,
  showFrameTime,
  error,
  busy,
  note,
}: ComparisonReadoutProps) {
  return (
    <p
      className={`comparison-readout${busyClass(busy)}`}
      {...busyAttributes(busy)}
      data-plain-error={frame ? frame.plain.invariance : ''}
      data-gcnn-error={frame ? frame.gcnn.invariance : ''}
      data-angle-deg={frame ? (frame.angle * DEG).toFixed(3) : ''}
      data-reflect={frame ? String(frame.reflect) : ''}
      data-backend={backend?.kind ?? ''}
      data-size={frame?.size ?? ''}
    >
      <BusyText busy={busy} note={note}>
        g = rotation by {frame ? (frame.angle * DEG).toFixed(1) : '…'}°
        {frame?.reflect ? ' after the mirror s' : ''} · invariance error plain CNN{' '}
        <strong>{frame ? formatError(frame.plain.invariance) : '…'}</strong>, G-CNN{' '}
        <strong>{frame ? formatError(frame.gcnn.invariance) : '…'}</strong> · computed on{' '}
        {backend ? backendText(backend) : '…'}
        {showFrameTime && frame && (
          <span className="frame-time">
            {' '}
            · frame {frame.ms.toFixed(1)} ms at {frame.size}×{frame.size}
          </span>
        )}
      </BusyText>
      {error && <span role="alert"> · {error}</span>}
    </p>
  );
}

// The comparison's readout line: both invariance errors as raw numbers (for tests and copying),
// the transformation they were measured for, the backend and the frame time.
import { backendText, type BackendInfo } from '../../src/engine/backend';
import type { ComparisonMeasurement } from '../../src/experiments/comparison/experiment';
import { formatError } from '../../src/experiments/format';

export interface ComparisonFrame extends ComparisonMeasurement {
  ms: number;
  angle: number;
  reflect: boolean;
  size: number;
}

export interface ComparisonReadoutProps {
  frame: ComparisonFrame | null;
  backend: BackendInfo | null;
  showFrameTime: boolean;
  error: string | null;
}

const DEG = 180 / Math.PI;

export function ComparisonReadout({ frame, backend, showFrameTime, error }: ComparisonReadoutProps) {
  return (
    <p
      className="comparison-readout"
      data-plain-error={frame ? frame.plain.invariance : ''}
      data-gcnn-error={frame ? frame.gcnn.invariance : ''}
      data-angle-deg={frame ? (frame.angle * DEG).toFixed(3) : ''}
      data-reflect={frame ? String(frame.reflect) : ''}
      data-backend={backend?.kind ?? ''}
      data-size={frame?.size ?? ''}
    >
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
      {error && <span role="alert"> · {error}</span>}
    </p>
  );
}

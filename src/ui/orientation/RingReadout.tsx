// The ring's readout line: does every slot hold the rotated plane it came from? The error of
// Φ(g·f) against L_g Φ(f) over the whole stack, its verdict, the backend and the frame time.
import { backendText, type BackendInfo } from '../../engine/backend';
import type { PlanarGroup } from '../../math';
import { verdict } from '../../experiments/commuting/readout';
import type { RingMeasurement, RingMode } from '../../experiments/ring/ringExperiment';
import { formatError } from '../../experiments/format';
import { BusyText } from '../frame/BusyText';
import { busyAttributes, busyClass, type FrameKey } from '../frame/busy';

/** One measured frame, with the action and configuration it was measured for. */
export interface RingFrame extends RingMeasurement {
  ms: number;
  element: number;
  angle: number;
  onGrid: boolean;
  group: string;
  size: number;
  /** The filter psi's preset id ('custom' once painted). */
  filter: string;
  /** What the frame was computed for: the experiment (group, mode, size), input, ψ and g. */
  key: FrameKey;
}

export interface RingReadoutProps {
  frame: RingFrame | null;
  mode: RingMode;
  group: PlanarGroup;
  /** Whether the measured g maps the pixel grid to itself (a multiple of 90 degrees, mirror or not). */
  gridExact: boolean;
  backend: BackendInfo | null;
  showFrameTime: boolean;
  error: string | null;
  /** The frame on show is stale: a newer state is being computed (src/ui/frame/busy.ts). */
  busy: boolean;
  /** What is being computed, e.g. 'computing g = r³ in C8 …'. */
  note: string;
}

const DEG = 180 / Math.PI;

export function RingReadout({
  frame,
  mode,
  group,
  gridExact,
  backend,
  showFrameTime,
  error,
  busy,
  note,
}: RingReadoutProps) {
  const rel = frame?.equivariance.relL2 ?? NaN;
  const identity = frame !== null && frame.onGrid && frame.element === 0;
  const v = verdict(
    mode === 'lift' ? 'lift' : 'lift-gconv',
    group.name,
    gridExact,
    frame?.onGrid ?? true,
    rel,
    identity,
  );
  return (
    <p
      className={`ring-readout verdict-${v.kind}${busyClass(busy)}`}
      {...busyAttributes(busy)}
      data-rel-error={Number.isFinite(rel) ? rel : ''}
      data-element={frame?.element ?? ''}
      data-angle-deg={frame ? (frame.angle * DEG).toFixed(3) : ''}
      data-verdict={v.kind}
      data-backend={backend?.kind ?? ''}
      data-size={frame?.size ?? ''}
      data-filter={frame?.filter ?? ''}
    >
      <BusyText busy={busy} note={note}>
        slot h against plane g⁻¹h turned by g, all slots: ‖Φ(g·f) − L_g Φ(f)‖ / ‖L_g Φ(f)‖ ={' '}
        <strong>{formatError(rel)}</strong> ({v.text}) · computed on {backend ? backendText(backend) : '…'}
        {showFrameTime && frame && (
          <span className="frame-time">
            {' '}
            · frame {frame.ms.toFixed(1)} ms at {frame.size}×{frame.size}, {frame.group}
          </span>
        )}
      </BusyText>
      {error && <span role="alert"> · {error}</span>}
    </p>
  );
}

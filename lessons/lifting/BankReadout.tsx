// The filter-bank view's readout: how many numbers are learned and how many are used, whether
// the copies are exact permutations (norm ratio 1) or interpolated, the backend and the time.
import { backendText, type BackendInfo } from '../../src/engine/backend';
import type { PlanarGroup } from '../../src/math';
import { largestNormChange } from '../../src/experiments/ring/bankModel';
import { formatError } from '../../src/experiments/format';
import { BusyText } from '../../src/ui/frame/BusyText';
import { busyAttributes, busyClass, type FrameKey } from '../../src/ui/frame/busy';

export interface BankFrame {
  ratios: number[];
  ms: number;
  group: string;
  size: number;
  /** What the frame was computed for: the layer (group, kernel size) and the values of ψ. */
  key: FrameKey;
}

export interface BankReadoutProps {
  frame: BankFrame | null;
  group: PlanarGroup;
  gridExact: boolean;
  kernelSize: number;
  backend: BackendInfo | null;
  showFrameTime: boolean;
  error: string | null;
  /** The frame on show is stale: a newer state is being computed (src/ui/frame/busy.ts). */
  busy: boolean;
  /** What is being computed, e.g. 'computing the 8 copies of ψ in C8 …'. */
  note: string;
}

export const EXACT_NORM = 1e-6;

export function BankReadout({
  frame,
  group,
  gridExact,
  kernelSize: K,
  backend,
  showFrameTime,
  error,
  busy,
  note,
}: BankReadoutProps) {
  const change = frame ? largestNormChange(frame.ratios) : NaN;
  const exact = gridExact && change < EXACT_NORM;
  const verdict = !frame
    ? '…'
    : gridExact
      ? exact
        ? `every copy permutes the entries of ψ: exact (tolerance ${EXACT_NORM.toExponential(0)})`
        : 'a grid-exact group changed a norm: a bug'
      : `copies off the 90° grid are interpolated (bicubic) and masked to the disk, so their norms drift`;
  return (
    <p
      className={`bank-readout verdict-${exact ? 'exact' : 'approximate'}${busyClass(busy)}`}
      {...busyAttributes(busy)}
      data-norm-change={Number.isFinite(change) ? change : ''}
      data-copies={group.order}
      data-backend={backend?.kind ?? ''}
    >
      <BusyText busy={busy} note={note}>
        {K * K} learned weights ({K}×{K}), used in {group.order} copies: the correlation applies{' '}
        {group.order * K * K} filter entries · largest change of norm |‖L_g ψ‖/‖ψ‖ − 1| ={' '}
        <strong>{formatError(change)}</strong> ({verdict}) · computed on{' '}
        {backend ? backendText(backend) : '…'}
        {showFrameTime && frame && (
          <span className="frame-time"> · bank built and drawn in {frame.ms.toFixed(1)} ms</span>
        )}
      </BusyText>
      {error && <span role="alert"> · {error}</span>}
    </p>
  );
}

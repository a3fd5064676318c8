// The filter-bank view's readout: how many numbers are learned and how many are used, whether
// the copies are exact permutations (norm ratio 1) or interpolated, the backend and the time.
import { backendText, type BackendInfo } from '../../src/engine/backend';
import type { PlanarGroup } from '../../src/math';
import { largestNormChange } from '../../src/experiments/ring/bankModel';
import { formatError } from '../../src/experiments/format';

export interface BankFrame {
  ratios: number[];
  ms: number;
  group: string;
  size: number;
}

export interface BankReadoutProps {
  frame: BankFrame | null;
  group: PlanarGroup;
  gridExact: boolean;
  kernelSize: number;
  backend: BackendInfo | null;
  showFrameTime: boolean;
  error: string | null;
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
      className={`bank-readout verdict-${exact ? 'exact' : 'approximate'}`}
      data-norm-change={Number.isFinite(change) ? change : ''}
      data-copies={group.order}
      data-backend={backend?.kind ?? ''}
    >
      {K * K} learned weights ({K}×{K}), used in {group.order} copies: the correlation applies{' '}
      {group.order * K * K} filter entries · largest change of norm |‖L_g ψ‖/‖ψ‖ − 1| ={' '}
      <strong>{formatError(change)}</strong> ({verdict}) · computed on{' '}
      {backend ? backendText(backend) : '…'}
      {showFrameTime && frame && (
        <span className="frame-time"> · bank built and drawn in {frame.ms.toFixed(1)} ms</span>
      )}
      {error && <span role="alert"> · {error}</span>}
    </p>
  );
}

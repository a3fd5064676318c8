// One line of a widget's readout: a measured error, the tolerance it is judged against, the verdict
// and where it was computed. data-* attributes carry the raw numbers for tests.
import type { ReactNode } from 'react';
import { formatError } from '../../src/experiments/format';

export interface ErrorReadoutProps {
  /** Stable key for tests, e.g. 'coefficients'. */
  name: string;
  label: ReactNode;
  value: number;
  /** Below this the result counts as exact to float64 round-off; null when no exactness is claimed. */
  tolerance: number | null;
  /** What the verdict says when the value is above the tolerance, or for approximate results. */
  otherwise?: string;
}

export function ErrorReadout({ name, label, value, tolerance, otherwise }: ErrorReadoutProps) {
  const exact = tolerance !== null && value < tolerance;
  return (
    <p className="error-readout" data-error-name={name} data-error={value} data-tolerance={tolerance ?? ''}>
      {label} = <strong>{formatError(value)}</strong>
      {tolerance !== null && <> (tolerance {formatError(tolerance)})</>} —{' '}
      <span className={exact ? 'verdict-exact' : 'verdict-other'}>
        {exact ? 'exact to float64 round-off' : (otherwise ?? 'above the tolerance')}
      </span>
      <span className="readout-backend"> · CPU, float64</span>
    </p>
  );
}

// Owns a ComparisonExperiment for the current backend and map size; rebuilt when either changes
// and disposed with the widget.
import type { Backend } from '../../engine/backend';
import { useOwned } from '../orientation/useOwned';
import { ComparisonExperiment } from './experiment';

export function useComparisonExperiment(
  backend: Backend | null,
  size: number,
): { experiment: ComparisonExperiment | null; error: string | null } {
  const { value, error } = useOwned(backend, (b) => new ComparisonExperiment(b, size), [size]);
  return { experiment: value, error };
}

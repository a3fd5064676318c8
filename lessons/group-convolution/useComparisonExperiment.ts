// Owns a ComparisonExperiment for the current backend and map size; rebuilt when either changes
// and disposed with the widget.
import type { Backend } from '../../src/engine/backend';
import { useEngineObject } from '../../src/ui/hooks/useEngineObject';
import { ComparisonExperiment } from '../../src/experiments/comparison/experiment';

export function useComparisonExperiment(
  backend: Backend | null,
  size: number,
): { experiment: ComparisonExperiment | null; error: string | null } {
  const { value, error } = useEngineObject(backend, (b) => new ComparisonExperiment(b, size), [size]);
  return { experiment: value, error };
}

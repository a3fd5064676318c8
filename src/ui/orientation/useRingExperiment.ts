// Owns a RingExperiment for the current backend and configuration (rebuilt when either changes,
// disposed with the widget). The filter psi and the input are handed to it by the frame loop, so
// editing psi does not rebuild anything.
import type { Backend } from '../../engine/backend';
import { RingExperiment, type RingConfig } from '../../experiments/ring/ringExperiment';
import { useEngineObject } from '../hooks/useEngineObject';

export function useRingExperiment(
  backend: Backend | null,
  { group, mode, kernel, size }: RingConfig,
): { experiment: RingExperiment | null; error: string | null } {
  const { value, error } = useEngineObject(
    backend,
    (b) => new RingExperiment(b, { group, mode, kernel, size }),
    [group, mode, kernel, size],
  );
  return { experiment: value, error };
}

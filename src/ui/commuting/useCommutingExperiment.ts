// Owns a CommutingExperiment for the current backend and configuration (useEngineObject: rebuilt
// when either changes, never handed out once disposed).
import type { Backend } from '../../engine/backend';
import { CommutingExperiment } from '../../experiments/commuting/experiment';
import type { PhiConfig } from '../../experiments/commuting/phi';
import { useEngineObject } from '../hooks/useEngineObject';

export function useCommutingExperiment(
  backend: Backend | null,
  config: PhiConfig,
  size: number,
): { experiment: CommutingExperiment | null; error: string | null } {
  const { kind, group, channels, kernel, init, seed } = config;
  const { value, error } = useEngineObject(
    backend,
    (b) => new CommutingExperiment(b, { kind, group, channels, kernel, init, seed }, size),
    [kind, group, channels, kernel, init, seed, size],
  );
  return { experiment: value, error };
}

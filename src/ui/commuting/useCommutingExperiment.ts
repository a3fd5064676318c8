// Owns a CommutingExperiment for the current backend and configuration; rebuilt when either
// changes (a lost device brings a new backend) and disposed with the widget.
import { useEffect, useState } from 'react';
import type { Backend } from '../../engine/backend';
import { CommutingExperiment } from '../../experiments/commuting/experiment';
import type { PhiConfig } from '../../experiments/commuting/phi';

export function useCommutingExperiment(
  backend: Backend | null,
  config: PhiConfig,
  size: number,
): { experiment: CommutingExperiment | null; error: string | null } {
  const [state, setState] = useState<{ experiment: CommutingExperiment | null; error: string | null }>({
    experiment: null,
    error: null,
  });
  const { kind, group, channels, kernel, init, seed } = config;
  useEffect(() => {
    if (!backend) return;
    let exp: CommutingExperiment | null = null;
    try {
      exp = new CommutingExperiment(backend, { kind, group, channels, kernel, init, seed }, size);
      // GPU resources are an external system: created here, released in the cleanup, and handed to render through state.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setState({ experiment: exp, error: null });
    } catch (e) {
      setState({ experiment: null, error: String(e) });
    }
    return () => exp?.dispose();
  }, [backend, kind, group, channels, kernel, init, seed, size]);
  return state;
}

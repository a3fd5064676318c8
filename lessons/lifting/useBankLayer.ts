// Owns the one-filter lifting layer whose filter bank the filter-bank view draws; rebuilt when
// the backend, the group or the kernel size changes, disposed with the widget.
import type { Backend } from '../../src/engine/backend';
import { LiftingLayer } from '../../src/layers';
import type { PlanarGroup } from '../../src/math';
import { useEngineObject } from '../../src/ui/hooks/useEngineObject';

export function useBankLayer(
  backend: Backend | null,
  group: PlanarGroup,
  kernelSize: number,
): { layer: LiftingLayer | null; error: string | null } {
  const { value, error } = useEngineObject(
    backend,
    (b) => new LiftingLayer(b, { group, inChannels: 1, outChannels: 1, kernelSize }),
    [group, kernelSize],
  );
  return { layer: value, error };
}

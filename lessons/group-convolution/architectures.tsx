// How the comparison describes its two networks: title, layer list with channel counts, and the
// counts that make the comparison fair (equal weights) and honest (unequal work).
import type { ReactNode } from 'react';
import {
  COMPARISON_KERNEL as K,
  designedWeightCount,
  GCNN_GROUP,
  GCNN_HIDDEN,
  multiplyAddsPerPixel,
  PLAIN_HIDDEN,
  SCORES,
  type NetworkKind,
} from '../../src/experiments/comparison/networks';

export interface Architecture {
  title: string;
  architecture: ReactNode;
  weights: number;
  multiplyAdds: number;
}

export const ARCHITECTURES: Record<NetworkKind, Architecture> = {
  plain: {
    title: 'Plain CNN (ℤ²)',
    architecture: (
      <>
        correlation 1→{PLAIN_HIDDEN}, ReLU, correlation {PLAIN_HIDDEN}→{SCORES}, ReLU, global max. Weights:{' '}
        {K}²·
        {PLAIN_HIDDEN} + {K}²·{PLAIN_HIDDEN}·{SCORES}.
      </>
    ),
    weights: designedWeightCount('plain'),
    multiplyAdds: multiplyAddsPerPixel('plain'),
  },
  gcnn: {
    title: `G-CNN (${GCNN_GROUP.name}, p4)`,
    architecture: (
      <>
        lifting 1→{GCNN_HIDDEN}×{GCNN_GROUP.order}, ReLU, group correlation {GCNN_HIDDEN}→{SCORES}, ReLU, max
        over the rotations, global max. Weights: {K}²·{GCNN_HIDDEN} + {K}²·{GCNN_HIDDEN}·{GCNN_GROUP.order}·
        {SCORES}.
      </>
    ),
    weights: designedWeightCount('gcnn'),
    multiplyAdds: multiplyAddsPerPixel('gcnn'),
  },
};

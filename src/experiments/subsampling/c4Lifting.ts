// The C4 lifting layer both subsampling experiments start from: one input channel, one filter,
// nearest-neighbour turns (exact for quarter turns) and no disk mask, so borders are the input's own.
import type { Backend } from '../../engine/backend';
import { LiftingLayer } from '../../layers';
import { C4 } from './stride';

/** A square filter ψ: its side and its values, row-major. */
export interface Kernel {
  size: number;
  values: ArrayLike<number>;
}

export function c4LiftingLayer(backend: Backend, kernel: Kernel): LiftingLayer {
  return new LiftingLayer(
    backend,
    {
      group: C4,
      inChannels: 1,
      outChannels: 1,
      kernelSize: kernel.size,
      interpolation: 'nearest',
      mask: false,
    },
    { weights: Float32Array.from(kernel.values) },
  );
}

// Two copies of every intermediate map: lane 0 carries x, lane 1 carries R x, so both paths of the
// commuting diagram stay on the engine at once.
import type { Backend, Tensor } from '../../engine/backend';

export type Lane = 0 | 1;
export type LanePair = readonly [Tensor, Tensor];

export class Lanes {
  private readonly owned: Tensor[] = [];
  constructor(private readonly backend: Backend) {}

  /** A pair of tensors of one shape, one per lane, released with the lanes. */
  pair(shape: readonly number[]): LanePair {
    const p = [this.backend.tensor(shape), this.backend.tensor(shape)] as const;
    this.owned.push(...p);
    return p;
  }

  dispose(): void {
    for (const t of this.owned) this.backend.dispose(t);
    this.owned.length = 0;
  }
}

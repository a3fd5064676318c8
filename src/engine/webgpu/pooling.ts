// Dispatch of the pooling ops: over the orientation axis (coset pooling over the rotations) and
// over everything but the channel axis (an invariant vector). Arguments are validated by the caller
// (backend.ts, with ../contract/validate.ts).

import type { PoolMode, Tensor } from '../backend';
import { orientationPoolShape } from '../contract/shapes';
import { grid, type GpuContext } from './context';
import globalPoolSource from './globalPool.wgsl?raw';
import type { KernelSpec } from './kernels';
import poolOrientationsSource from './poolOrientations.wgsl?raw';

const POOL_ORIENTATIONS: KernelSpec = {
  name: 'poolOrientations',
  source: poolOrientationsSource,
  bindings: ['read', 'write'],
};
const GLOBAL_POOL: KernelSpec = { name: 'globalPool', source: globalPoolSource, bindings: ['read', 'write'] };

/** a [C, P, H, W] -> out [C, H, W]: max or mean over the P orientation planes. */
export function poolOrientations(ctx: GpuContext, a: Tensor, out: Tensor, mode: PoolMode): void {
  const { C, P, hw } = orientationPoolShape(a);
  const values = { hw, p: P, total: C * hw, mean: mode === 'mean' ? 1 : 0 };
  ctx.recorder.dispatch(
    ctx.kernel(POOL_ORIENTATIONS),
    values,
    [ctx.buffer(a), ctx.buffer(out)],
    grid(C * hw),
  );
}

/** a [C, ...] -> out [C]: max or mean over everything after the first axis; one workgroup per channel. */
export function globalPool(ctx: GpuContext, a: Tensor, out: Tensor, mode: PoolMode): void {
  const C = a.shape[0];
  const values = { n: a.size / C, channels: C, mean: mode === 'mean' ? 1 : 0 };
  ctx.recorder.dispatch(ctx.kernel(GLOBAL_POOL), values, [ctx.buffer(a), ctx.buffer(out)], grid(C, 1));
}

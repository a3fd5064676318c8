// errorNorms on the GPU: a two-stage reduction (errorPartials.wgsl, then errorTotal.wgsl) leaves
// three numbers, max |a - b|, sum (a - b)^2 and sum b^2, which are the only values read back.

import { normsFromSums, type ErrorNorms, type Tensor } from '../backend';
import type { GpuContext } from './context';
import errorPartialsSource from './errorPartials.wgsl?raw';
import errorTotalSource from './errorTotal.wgsl?raw';
import type { KernelSpec } from './kernels';
import type { Memory } from './memory';

const PARTIALS: KernelSpec = {
  name: 'errorPartials',
  source: errorPartialsSource,
  bindings: ['read', 'read', 'write'],
};
const TOTAL: KernelSpec = { name: 'errorTotal', source: errorTotalSource, bindings: ['read', 'write'] };
/** Workgroups of stage 1 (each of 256 invocations); stage 2 reduces their partials in one workgroup. */
const MAX_GROUPS = 256;

/** Records the two reductions; the three sums land in total[0..2]. */
export function errorSums(ctx: GpuContext, memory: Memory, a: Tensor, b: Tensor, total: GPUBuffer): void {
  const groups = Math.min(MAX_GROUPS, Math.ceil(a.size / 1024));
  // One scratch for every call: dispatches in a pass run in order, so a later call waits for this one.
  const partials = memory.scratch('errorPartials', 3 * 4 * MAX_GROUPS);
  const { recorder } = ctx;
  recorder.dispatch(
    ctx.kernel(PARTIALS),
    { n: a.size, groups },
    [ctx.buffer(a), ctx.buffer(b), partials],
    [groups, 1, 1],
  );
  recorder.dispatch(ctx.kernel(TOTAL), { groups }, [partials, total], [1, 1, 1]);
}

export async function errorNorms(ctx: GpuContext, memory: Memory, a: Tensor, b: Tensor): Promise<ErrorNorms> {
  const total = memory.scratch('errorTotal', 16);
  errorSums(ctx, memory, a, b, total);
  const [maxAbs, diff2, ref2] = await memory.readBack(total, 12);
  return normsFromSums(maxAbs, diff2, ref2);
}

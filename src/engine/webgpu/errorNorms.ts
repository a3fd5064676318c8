// errorNorms on the GPU: a two-stage reduction (errorPartials.wgsl, then errorTotal.wgsl) leaves
// three numbers, max |a - b|, sum (a - b)^2 and sum b^2, which are the only values read back.

import type { ErrorNorms, Tensor } from '../backend';
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

/** relL2 = ||a - b|| / ||b||: 0 when both are 0, Infinity when only b is (backend.ts). */
export function normsFromSums(maxAbs: number, diff2: number, ref2: number): ErrorNorms {
  if (ref2 === 0) return { maxAbs, relL2: diff2 === 0 ? 0 : Infinity };
  return { maxAbs, relL2: Math.sqrt(diff2 / ref2) };
}

export async function errorNorms(ctx: GpuContext, memory: Memory, a: Tensor, b: Tensor): Promise<ErrorNorms> {
  const groups = Math.min(MAX_GROUPS, Math.ceil(a.size / 1024));
  const partials = memory.scratch('errorPartials', 3 * 4 * MAX_GROUPS);
  const total = memory.scratch('errorTotal', 16);
  const { recorder } = ctx;
  recorder.dispatch(
    ctx.kernel(PARTIALS),
    { n: a.size, groups },
    [ctx.buffer(a), ctx.buffer(b), partials],
    [groups, 1, 1],
  );
  recorder.dispatch(ctx.kernel(TOTAL), { groups }, [partials, total], [1, 1, 1]);
  const [maxAbs, diff2, ref2] = await memory.readBack(total, 12);
  return normsFromSums(maxAbs, diff2, ref2);
}

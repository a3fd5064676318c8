// Dispatch of the planar correlation (the hot op: lifting and group correlations are one
// correlation with a transformed filter bank). Tiling and layout are described in correlate.wgsl.

import type { Tensor } from '../backend';
import { correlationShape } from '../contract/shapes';
import type { GpuContext } from './context';
import correlateSource from './correlate.wgsl?raw';
import type { KernelSpec } from './kernels';

const CORRELATE: KernelSpec = {
  name: 'correlate',
  source: correlateSource,
  bindings: ['read', 'read', 'read', 'write'],
};
/** Output tile edge and output channels per workgroup: the constants TILE and LANES of correlate.wgsl. */
const TILE = 16;
const LANES = 8;

/**
 * Input channels staged per barrier round: the largest power of two up to 8 (and not far past
 * Cin, which would stage zeros) whose halo tile and taps fit the device's workgroup memory.
 */
export function stagedChannels(K: number, Cin: number, workgroupBytes: number): number {
  const halo = TILE + K - 1;
  const bytesPerChannel = 4 * (halo * halo + LANES * K * K);
  let chunk = 8;
  while (chunk > 1 && (chunk / 2 >= Cin || chunk * bytesPerChannel > workgroupBytes)) chunk /= 2;
  if (bytesPerChannel > workgroupBytes)
    throw new Error(`correlate: a ${K} x ${K} kernel needs more workgroup memory than this device has`);
  return chunk;
}

/** out = bias + input correlated with weights [Cout, Cin, K, K] (backend.ts `correlate`; validated by the caller). */
export function correlate(
  ctx: GpuContext,
  input: Tensor,
  weights: Tensor,
  bias: Tensor | null,
  out: Tensor,
): void {
  const { Cin, Cout, H, W, K } = correlationShape(input, weights, out);
  const chunk = stagedChannels(K, Cin, ctx.device.limits.maxComputeWorkgroupStorageSize);
  const kernel = ctx.kernel(CORRELATE, { K, CHUNK: chunk });
  const w = ctx.buffer(weights);
  // Without a bias the kernel never reads binding 3; the weights stand in to complete the group.
  const buffers = [ctx.buffer(input), w, bias ? ctx.buffer(bias) : w, ctx.buffer(out)];
  const values = { h: H, w: W, cin: Cin, cout: Cout, has_bias: bias ? 1 : 0 };
  ctx.recorder.dispatch(kernel, values, buffers, [
    Math.ceil(W / TILE),
    Math.ceil(H / TILE),
    Math.ceil(Cout / LANES),
  ]);
}

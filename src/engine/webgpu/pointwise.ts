// Dispatch of the pointwise ops: sums and differences, ReLU, and the complex magnitude and
// magnitude nonlinearity. Entrywise ops accept out equal to an input (see GpuContext.output).
// Arguments are validated by the caller (backend.ts, with ../contract/validate.ts).

import type { Tensor } from '../backend';
import { complexChannels } from '../contract/shapes';
import combineSource from './combine.wgsl?raw';
import { grid, type GpuContext } from './context';
import type { KernelSpec } from './kernels';
import magnitudeSource from './magnitude.wgsl?raw';
import magnitudeReluSource from './magnitudeRelu.wgsl?raw';
import reluSource from './relu.wgsl?raw';

const COMBINE: KernelSpec = { name: 'combine', source: combineSource, bindings: ['read', 'read', 'write'] };
const RELU: KernelSpec = { name: 'relu', source: reluSource, bindings: ['read', 'write'] };
const MAGNITUDE: KernelSpec = { name: 'magnitude', source: magnitudeSource, bindings: ['read', 'write'] };
const MAGNITUDE_RELU: KernelSpec = {
  name: 'magnitudeRelu',
  source: magnitudeReluSource,
  bindings: ['read', 'read', 'write'],
};

/** out = a + sign b: add (sign 1) and subtract (sign -1). */
export function combine(ctx: GpuContext, a: Tensor, b: Tensor, out: Tensor, sign: 1 | -1): void {
  const kernel = ctx.kernel(COMBINE);
  ctx.output(out, [a, b], (o) =>
    ctx.recorder.dispatch(
      kernel,
      { total: out.size, sign },
      [ctx.buffer(a), ctx.buffer(b), o],
      grid(out.size),
    ),
  );
}

/** out = max(a, 0) */
export function relu(ctx: GpuContext, a: Tensor, out: Tensor): void {
  const kernel = ctx.kernel(RELU);
  ctx.output(out, [a], (o) =>
    ctx.recorder.dispatch(kernel, { total: out.size }, [ctx.buffer(a), o], grid(out.size)),
  );
}

/** Complex [C, 2, H, W] to [C, H, W]: out = |z|. */
export function magnitude(ctx: GpuContext, a: Tensor, out: Tensor): void {
  const { C, hw } = complexChannels(a);
  const values = { hw, total: C * hw };
  ctx.recorder.dispatch(ctx.kernel(MAGNITUDE), values, [ctx.buffer(a), ctx.buffer(out)], grid(C * hw));
}

/** Complex [C, 2, H, W]: out = ReLU(|z| + bias[c]) z / |z| (0 where |z| = 0). */
export function magnitudeRelu(ctx: GpuContext, a: Tensor, bias: Tensor, out: Tensor): void {
  const { C, hw } = complexChannels(a);
  const kernel = ctx.kernel(MAGNITUDE_RELU);
  ctx.output(out, [a, bias], (o) =>
    ctx.recorder.dispatch(kernel, { hw, total: C * hw }, [ctx.buffer(a), ctx.buffer(bias), o], grid(C * hw)),
  );
}

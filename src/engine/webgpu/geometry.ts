// Dispatch of the geometric ops: the left-regular action on stacks of planes (transform), the
// filter-bank transform (seeds' efficient route) and the disk mask. Shapes follow the rules of
// ../contract/shapes.ts, which bind both backends and which the caller has checked with
// ../contract/validate.ts; the sampling conventions live in transform.wgsl.

import type { Interpolation, PlaneTransform, Tensor, TransformOptions } from '../backend';
import { snappedCosSin } from '../contract/sampling';
import { filterBankShape } from '../contract/shapes';
import { planeDims } from '../contract/tensorShape';
import { grid, type GpuContext } from './context';
import type { KernelSpec } from './kernels';
import maskDiskSource from './maskDisk.wgsl?raw';
import transformSource from './transform.wgsl?raw';

const TRANSFORM: KernelSpec = {
  name: 'transform',
  source: transformSource,
  bindings: ['table', 'read', 'write'],
};
const MASK_DISK: KernelSpec = { name: 'maskDisk', source: maskDiskSource, bindings: ['read', 'write'] };
const MODE: Readonly<Record<Interpolation, number>> = { nearest: 0, bilinear: 1, bicubic: 2 };

/** Words per element in transform.wgsl's table: cos, sin, flip, tx, ty, scale. */
const ELEMENT_WORDS = 6;

/** The element table of transform.wgsl: (cos, sin, flip, tx, ty, λ) per element, then G x P perms if any. */
function elementTable(elements: readonly PlaneTransform[], P: number, permuted: boolean): Uint32Array {
  const G = elements.length;
  const words = new Uint32Array(ELEMENT_WORDS * G + (permuted ? G * P : 0));
  const floats = new Float32Array(words.buffer);
  elements.forEach((e, g) => {
    const { cos, sin } = snappedCosSin(e.angle);
    const [tx, ty] = e.shift ?? [0, 0];
    floats.set([cos, sin, e.reflect ? -1 : 1, tx, ty, e.scale ?? 1], ELEMENT_WORDS * g);
    if (permuted) for (let p = 0; p < P; p++) words[ELEMENT_WORDS * G + g * P + p] = e.perm ? e.perm[p] : p;
  });
  return words;
}

/** src viewed as [A, B, P, H, W], out as [A, G, B, P, H, W] (see transform.wgsl). */
interface StackLayout {
  H: number;
  W: number;
  P: number;
  B: number;
  total: number;
}

function dispatchTransform(
  ctx: GpuContext,
  src: Tensor,
  out: Tensor,
  layout: StackLayout,
  elements: readonly PlaneTransform[],
  interpolation: Interpolation,
  mask: boolean,
): void {
  const { H, W, P, B, total } = layout;
  const permuted = elements.some((e) => e.perm);
  const table = elementTable(elements, P, permuted);
  const values = {
    h: H,
    w: W,
    p: P,
    b: B,
    g: elements.length,
    total,
    mode: MODE[interpolation],
    mask: mask ? 1 : 0,
    permuted: permuted ? 1 : 0,
    cx: (W - 1) / 2,
    cy: (H - 1) / 2,
    radius2: (Math.min(H, W) / 2) ** 2,
  };
  ctx.recorder.dispatch(
    ctx.kernel(TRANSFORM),
    values,
    [ctx.buffer(src), ctx.buffer(out)],
    grid(total),
    table,
  );
}

/** out = L_g src on every group of P = perm.length planes (backend.ts `transform`). */
export function transform(ctx: GpuContext, src: Tensor, out: Tensor, opts: TransformOptions): void {
  const { H, W } = planeDims(src.shape);
  const P = opts.perm ? opts.perm.length : 1;
  const layout = { H, W, P, B: 1, total: out.size };
  dispatchTransform(ctx, src, out, layout, [opts], opts.interpolation, opts.mask ?? false);
}

/** out[o, g, c] = L_{g} filter[o, c] for every element g (backend.ts `filterBank`). */
export function filterBank(
  ctx: GpuContext,
  filter: Tensor,
  out: Tensor,
  elements: readonly PlaneTransform[],
  interpolation: Interpolation,
  mask: boolean,
): void {
  const { P, planesPerFilter, K } = filterBankShape(filter);
  const layout = { H: K, W: K, P, B: planesPerFilter / P, total: out.size };
  dispatchTransform(ctx, filter, out, layout, elements, interpolation, mask);
}

/** Zero outside the centred disk of radius min(H, W) / 2 (backend.ts `maskDisk`). */
export function maskDisk(ctx: GpuContext, src: Tensor, out: Tensor): void {
  const { H, W } = planeDims(src.shape);
  const values = {
    h: H,
    w: W,
    total: out.size,
    cx: (W - 1) / 2,
    cy: (H - 1) / 2,
    radius2: (Math.min(H, W) / 2) ** 2,
  };
  const kernel = ctx.kernel(MASK_DISK);
  ctx.output(out, [src], (o) => ctx.recorder.dispatch(kernel, values, [ctx.buffer(src), o], grid(out.size)));
}

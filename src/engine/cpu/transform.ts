// The left-regular action on stacks of planes and the filter-bank transform (Cohen & Welling 2016, "efficient
// implementation": transform the filters once, then one planar correlation).
// (L_g f)(h, x) = f(g^-1 h, g^-1 x): within every group of P planes, output plane j reads input
// plane perm[j] = index(g^-1 h_j), sampled at g^-1 x as geometry.ts and interpolation.ts define.

import type { Interpolation, PlaneTransform, TransformOptions } from '../backend';
import { inverseAction, insideDisk } from '../contract/sampling';
import { applySamplingPlan, buildSamplingPlan, type SamplingPlan } from './interpolation';

// Callers validate first (../contract/validate.ts): perms are permutations of the right length.
const permLength = (perm: Int32Array | undefined): number => (perm ? perm.length : 1);

/** Transforms one group of P planes starting at srcOffset into dst at dstOffset with a built plan. */
function transformGroup(
  plan: SamplingPlan,
  perm: Int32Array | undefined,
  P: number,
  hw: number,
  src: Float32Array,
  srcOffset: number,
  dst: Float32Array,
  dstOffset: number,
): void {
  for (let j = 0; j < P; j++) {
    const from = perm ? perm[j] : j;
    applySamplingPlan(plan, src, srcOffset + from * hw, dst, dstOffset + j * hw);
  }
}

/** dst = L_g src for `planes` planes of H x W (src and dst distinct; planes a multiple of P). */
export function transformStack(
  src: Float32Array,
  dst: Float32Array,
  planes: number,
  H: number,
  W: number,
  opts: TransformOptions,
  plan: SamplingPlan,
): void {
  const P = permLength(opts.perm);
  buildSamplingPlan(
    plan,
    inverseAction(opts.angle, opts.reflect, opts.shift, opts.scale),
    H,
    W,
    opts.interpolation,
    opts.mask ?? false,
  );
  const hw = H * W;
  for (let b = 0; b < planes; b += P) transformGroup(plan, opts.perm, P, hw, src, b * hw, dst, b * hw);
}

/**
 * Filter bank: filter [O, C, P, K, K] -> out [O, G, C, P, K, K], out[o, g, c] = L_{g} filter[o, c]
 * for the G = elements.length elements. `planesPerFilter` = C * P; P is the perm length.
 */
export function filterBankStack(
  filter: Float32Array,
  out: Float32Array,
  O: number,
  planesPerFilter: number,
  K: number,
  elements: readonly PlaneTransform[],
  interpolation: Interpolation,
  mask: boolean,
  plan: SamplingPlan,
): void {
  const G = elements.length;
  const kk = K * K;
  const block = planesPerFilter * kk;
  for (let g = 0; g < G; g++) {
    const { angle, reflect, perm, shift, scale } = elements[g];
    const P = permLength(perm);
    buildSamplingPlan(plan, inverseAction(angle, reflect, shift, scale), K, K, interpolation, mask);
    for (let o = 0; o < O; o++) {
      const from = o * block;
      const to = (o * G + g) * block;
      for (let c = 0; c < planesPerFilter; c += P)
        transformGroup(plan, perm, P, kk, filter, from + c * kk, out, to + c * kk);
    }
  }
}

/** dst = src inside the centred disk of radius min(H, W) / 2, 0 outside, for every plane. */
export function maskDiskStack(
  src: Float32Array,
  dst: Float32Array,
  planes: number,
  H: number,
  W: number,
): void {
  const hw = H * W;
  for (let i = 0; i < H; i++) {
    for (let j = 0; j < W; j++) {
      const keep = insideDisk(i, j, H, W);
      const p = i * W + j;
      for (let b = 0; b < planes; b++) dst[b * hw + p] = keep ? src[b * hw + p] : 0;
    }
  }
}

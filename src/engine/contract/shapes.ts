// How each op reads its tensors' shapes (the same rules bind the WebGPU backend):
// every tensor is a stack of H x W planes (its last two axes); channel counts come from sizes.
// - correlate: H, W from input; Cin = input.size / HW; Cout = out.size / HW (out has the same
//   H, W); K from the weights' last axis (odd, square); weights.size = Cout * Cin * K^2, its
//   leading axes split into Cout then Cin; bias.size = Cout. So a bank [O, G, C, P, K, K] serves
//   as weights [O*G, C*P, K, K].
// - filterBank: filter [O, C, K, K] (P = 1) or [O, C, P, K, K]; every element's perm (if any) has
//   length P; out.size = G * filter.size in K x K planes.
// - complex ops ([C, 2, H, W]): C = size / (2 HW).
// validate.ts enforces these rules; the functions below only read sizes from shapes it passed.

import type { Tensor } from '../backend';
import { planeDims } from './tensorShape';

/** The sizes of one correlation, as the rules above read them. */
export interface CorrelationShape {
  Cin: number;
  Cout: number;
  H: number;
  W: number;
  K: number;
}

export function correlationShape(input: Tensor, weights: Tensor, out: Tensor): CorrelationShape {
  const { H, W } = planeDims(input.shape);
  const K = weights.shape[weights.shape.length - 1];
  return { Cin: input.size / (H * W), Cout: out.size / (H * W), H, W, K };
}

export interface BankShape {
  O: number;
  /** Orientation planes P of each input channel (1 for a rank-4 filter). */
  P: number;
  /** C * P planes per filter. */
  planesPerFilter: number;
  K: number;
}

export function filterBankShape(filter: Tensor): BankShape {
  const rank = filter.shape.length;
  const K = filter.shape[rank - 1];
  const O = filter.shape[0];
  return { O, P: rank === 5 ? filter.shape[2] : 1, planesPerFilter: filter.size / (O * K * K), K };
}

/** Channels C of a complex tensor [C, 2, H, W] and its plane size. */
export function complexChannels(a: Tensor): { C: number; hw: number } {
  const { H, W } = planeDims(a.shape);
  return { C: a.size / (2 * H * W), hw: H * W };
}

/** C, P and H x W of a lifted map a [C, P, H, W]. */
export function orientationPoolShape(a: Tensor): { C: number; P: number; hw: number } {
  const [C, P, H, W] = a.shape;
  return { C, P, hw: H * W };
}

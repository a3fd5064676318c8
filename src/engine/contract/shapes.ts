// How each op reads its tensors' shapes (the same rules bind the WebGPU backend):
// every tensor is a stack of H x W planes (its last two axes); channel counts come from sizes.
// - correlate: H, W from input; Cin = input.size / HW; Cout = out.size / HW (out has the same
//   H, W); K from the weights' last axis (odd, square); weights.size = Cout * Cin * K^2;
//   bias.size = Cout. So a bank [O, G, C, P, K, K] serves as weights [O*G, C*P, K, K].
// - filterBank: O = filter.shape[0]; K its last axis; P = filter.shape[rank - 3] for a rank-5
//   filter [O, C, P, K, K], else 1; every element's perm (if any) has length P;
//   out.size = O * G * filter.size / O.
// - complex ops ([C, 2, H, W]): C = size / (2 HW).

import type { PlaneTransform, Tensor } from '../backend';
import { planeDims } from './tensorShape';

/** The sizes of one correlation, as the rules above read them. */
export interface CorrelationShape {
  Cin: number;
  Cout: number;
  H: number;
  W: number;
  K: number;
}

function fail(op: string, why: string): never {
  throw new Error(`${op}: ${why}`);
}

const show = (t: Tensor): string => `[${t.shape.join(', ')}]`;

/** Number of H x W planes in t, checking that its last two axes are H x W. */
export function planesOf(op: string, t: Tensor, H: number, W: number): number {
  const d = planeDims(t.shape);
  if (d.H !== H || d.W !== W) fail(op, `${show(t)} is not a stack of ${H} x ${W} planes`);
  return t.size / (H * W);
}

export function correlationShape(
  input: Tensor,
  weights: Tensor,
  bias: Tensor | null,
  out: Tensor,
): CorrelationShape {
  const { H, W } = planeDims(input.shape);
  const Cin = planesOf('correlate', input, H, W);
  const Cout = planesOf('correlate', out, H, W);
  const k = planeDims(weights.shape);
  if (k.H !== k.W || k.W % 2 !== 1)
    fail('correlate', `weights ${show(weights)} need odd square K x K kernels`);
  if (weights.size !== Cout * Cin * k.W * k.W)
    fail('correlate', `weights ${show(weights)} do not map ${Cin} to ${Cout} planes`);
  if (bias && bias.size !== Cout) fail('correlate', `bias ${show(bias)} needs ${Cout} entries`);
  return { Cin, Cout, H, W, K: k.W };
}

export interface BankShape {
  O: number;
  /** C * P planes per filter. */
  planesPerFilter: number;
  K: number;
}

export function filterBankShape(filter: Tensor, out: Tensor, elements: readonly PlaneTransform[]): BankShape {
  const rank = filter.shape.length;
  const K = filter.shape[rank - 1];
  if (rank < 3 || filter.shape[rank - 2] !== K)
    fail('filterBank', `filter ${show(filter)} needs square kernels`);
  const P = rank === 5 ? filter.shape[2] : 1;
  for (const e of elements)
    if (e.perm && e.perm.length !== P)
      fail('filterBank', `perm of length ${e.perm.length} for P = ${P} planes`);
  const O = filter.shape[0];
  const planesPerFilter = filter.size / (O * K * K);
  if (out.size !== elements.length * filter.size)
    fail('filterBank', `out ${show(out)} needs ${elements.length} x ${filter.size} entries`);
  return { O, planesPerFilter, K };
}

/** Channels C of a complex tensor [C, 2, H, W]. */
export function complexChannels(op: string, a: Tensor): { C: number; hw: number } {
  const { H, W } = planeDims(a.shape);
  const planes = a.size / (H * W);
  if (planes % 2 !== 0) fail(op, `${show(a)} is not complex [C, 2, H, W]`);
  return { C: planes / 2, hw: H * W };
}

/** C, P and H x W of a lifted map a [C, P, H, W] pooled into out [C, H, W]. */
export function orientationPoolShape(a: Tensor, out: Tensor): { C: number; P: number; hw: number } {
  const { H, W } = planeDims(a.shape);
  const hw = H * W;
  const C = a.shape[0];
  const P = a.size / (C * hw);
  if (a.shape.length !== 4 || out.size !== C * hw || planesOf('poolOrientations', out, H, W) !== C)
    fail('poolOrientations', `${show(a)} -> ${show(out)} is not [C, P, H, W] -> [C, H, W]`);
  return { C, P, hw };
}

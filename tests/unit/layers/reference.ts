// Naive references for the G-CNN layers, written straight from the papers' formulas with integer
// matrices for the grid-exact groups (no filter bank, no interpolation): a second method.

import type { PlanarGroup } from '../../../src/math';

/** g^-1 (x, y) = S^reflect R_-angle (x, y) for a grid-exact element, in integer arithmetic. */
export function inverseOnOffset(group: PlanarGroup, g: number, x: number, y: number): [number, number] {
  const quarterTurns = Math.round(group.angle(g) / (Math.PI / 2));
  let [u, v] = [x, y];
  for (let k = 0; k < ((quarterTurns % 4) + 4) % 4; k++) [u, v] = [v, -u]; // R_-90 (u, v) = (v, -u)
  return group.reflects(g) ? [u, -v] : [u, v];
}

interface Dims {
  C: number;
  O: number;
  H: number;
  W: number;
  K: number;
}

/** Calls visit(dx, dy, a, b) for each offset d = (dx, dy) (y up) the disk mask keeps; (a, b) is the kernel pixel of g^-1 d. */
function forEachOffset(
  group: PlanarGroup,
  g: number,
  K: number,
  visit: (dx: number, dy: number, a: number, b: number) => void,
): void {
  const r = (K - 1) / 2;
  for (let dy = -r; dy <= r; dy++) {
    for (let dx = -r; dx <= r; dx++) {
      if (dx * dx + dy * dy > (K * K) / 4) continue; // disk mask of the filters, radius K / 2
      const [qx, qy] = inverseOnOffset(group, g, dx, dy);
      visit(dx, dy, r - qy, qx + r);
    }
  }
}

/** Lifting correlation [f * psi](g, x) = b_o + sum_c sum_d f_c(x + d) psi_c(g^-1 d) (Cohen & Welling 2016). Out [O, G, H, W]. */
export function liftingReference(
  f: Float32Array,
  psi: Float32Array,
  bias: Float32Array,
  group: PlanarGroup,
  { C, O, H, W, K }: Dims,
): Float64Array {
  const G = group.order;
  const out = new Float64Array(O * G * H * W);
  for (let o = 0; o < O; o++)
    for (let g = 0; g < G; g++)
      for (let i = 0; i < H; i++)
        for (let j = 0; j < W; j++) {
          let sum = bias[o];
          forEachOffset(group, g, K, (dx, dy, a, b) => {
            const [row, col] = [i - dy, j + dx];
            if (row < 0 || row >= H || col < 0 || col >= W) return;
            for (let c = 0; c < C; c++)
              sum += f[(c * H + row) * W + col] * psi[((o * C + c) * K + a) * K + b];
          });
          out[((o * G + g) * H + i) * W + j] = sum;
        }
  return out;
}

/** Group correlation [f * psi](g, x) = b_o + sum_c sum_h sum_d f_c(h, x + d) psi_c(g^-1 h, g^-1 d) (Cohen & Welling 2016). */
export function groupConvReference(
  f: Float32Array,
  psi: Float32Array,
  bias: Float32Array,
  group: PlanarGroup,
  { C, O, H, W, K }: Dims,
): Float64Array {
  const G = group.order;
  const out = new Float64Array(O * G * H * W);
  for (let o = 0; o < O; o++)
    for (let g = 0; g < G; g++)
      for (let i = 0; i < H; i++)
        for (let j = 0; j < W; j++) {
          let sum = bias[o];
          forEachOffset(group, g, K, (dx, dy, a, b) => {
            const [row, col] = [i - dy, j + dx];
            if (row < 0 || row >= H || col < 0 || col >= W) return;
            for (let c = 0; c < C; c++)
              for (let h = 0; h < G; h++) {
                const hh = group.compose(group.inverse(g), h);
                sum += f[((c * G + h) * H + row) * W + col] * psi[(((o * C + c) * G + hh) * K + a) * K + b];
              }
          });
          out[((o * G + g) * H + i) * W + j] = sum;
        }
  return out;
}

/** max |got - want| / max |want|. */
export function relativeMaxError(got: Float32Array, want: Float64Array): number {
  let err = 0;
  let scale = 0;
  want.forEach((v, k) => {
    err = Math.max(err, Math.abs(got[k] - v));
    scale = Math.max(scale, Math.abs(v));
  });
  return err / scale;
}

// Complex correlation for harmonic networks, written as a direct per-pixel complex sum on purpose:
// the layers compute the same thing as one real correlation with an expanded real bank, and tests
// hold the two methods to each other.

import { planeDims, sizeOf } from '../contract/tensorShape';

interface ComplexLayout {
  H: number;
  W: number;
  C: number;
  K: number;
  complexInput: boolean;
}

/** sum_c sum_d z_c(i + dy, j + dx) k_c(d) at one pixel, for the filters of one output channel. */
function complexSumAt(
  input: Float32Array,
  kernels: Float32Array,
  kernelOffset: number,
  { H, W, C, K, complexInput }: ComplexLayout,
  i: number,
  j: number,
): [number, number] {
  const r = (K - 1) / 2;
  const hw = H * W;
  let re = 0;
  let im = 0;
  for (let c = 0; c < C; c++) {
    const kRe = kernelOffset + c * 2 * K * K;
    const zRe = c * (complexInput ? 2 : 1) * hw;
    for (let a = 0; a < K; a++) {
      for (let b = 0; b < K; b++) {
        const [row, col] = [i + a - r, j + b - r];
        if (row < 0 || row >= H || col < 0 || col >= W) continue;
        const x = input[zRe + row * W + col];
        const y = complexInput ? input[zRe + hw + row * W + col] : 0;
        const u = kernels[kRe + a * K + b];
        const v = kernels[kRe + K * K + a * K + b];
        re += x * u - y * v;
        im += x * v + y * u;
      }
    }
  }
  return [re, im];
}

/**
 * Harmonic cross-correlation (Worrall et al. 2017: [W * F](x) = sum_d F(x + d) W(d), no conjugate), summed
 * over input channels: out[o](x) = sum_c sum_d z_c(x + d) k[o, c](d), zero padding.
 * input: real [C, H, W] (complexInput false) or complex [C, 2, H, W]; kernels: complex
 * [O, C, 2, K, K] (plane 0 real, plane 1 imaginary). Returns complex [O, 2, H, W].
 */
export function harmonicConvolution(
  input: Float32Array,
  inputShape: readonly number[],
  complexInput: boolean,
  kernels: Float32Array,
  kernelShape: readonly number[],
): Float32Array {
  const { H, W } = planeDims(inputShape);
  const [O, C, , K] = kernelShape;
  const hw = H * W;
  if (sizeOf(inputShape) !== C * (complexInput ? 2 : 1) * hw || kernels.length !== O * C * 2 * K * K)
    throw new Error('harmonicConvolution: input and kernels do not fit');
  const layout = { H, W, C, K, complexInput };
  const out = new Float32Array(O * 2 * hw);
  for (let o = 0; o < O; o++) {
    for (let i = 0; i < H; i++) {
      for (let j = 0; j < W; j++) {
        const [re, im] = complexSumAt(input, kernels, o * C * 2 * K * K, layout, i, j);
        out[o * 2 * hw + i * W + j] = re;
        out[o * 2 * hw + hw + i * W + j] = im;
      }
    }
  }
  return out;
}

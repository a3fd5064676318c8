// Harmonic convolution (Worrall et al. 2017): complex filters w[o, c] W_{m_o}(r, phi), one rotation order m_o
// per output channel, on a real image [C, H, W] or a complex map [C, 2, H, W]; complex output
// [O, 2, H, W]. If every input channel has order n, output channel o has order n + m_o (orders add
// along a chain). The complex correlation runs as ONE real backend.correlate with the expanded
// real bank (harmonics.ts). No bias: adding a constant would break the e^{i m theta} law for m != 0;
// the magnitude nonlinearity carries the bias instead.

import type { Backend, Tensor } from '../engine/backend';
import { circularHarmonic, defaultRadialProfile, expandComplexBank, type RadialProfile } from './harmonics';
import { checkForward, expectShape, type Layer, type LayerParams } from './layer';
import { randomNormal } from '../math/random';

export interface HarmonicConvOptions {
  inChannels: number;
  outChannels: number;
  /** Odd kernel size K. */
  kernelSize: number;
  /** Rotation order m of the filters of each output channel (one number: the same for all). */
  orders: number | readonly number[];
  /** R(r); default: a Gaussian ring at two thirds of the kernel radius. */
  radial?: RadialProfile;
  /** Complex input [C, 2, H, W] (true) or real input [C, H, W] (false). */
  complexInput: boolean;
}

/** Real [C, H, W] or complex [C, 2, H, W] -> complex [O, 2, H, W]; weights: complex [O, C, 2] (amplitude and phase beta). */
export class HarmonicConvLayer implements Layer {
  readonly name: string;
  /** Filter order of each output channel. */
  readonly orders: readonly number[];
  readonly weightShape: readonly number[];
  private readonly bankTensor: Tensor;
  private hostWeights: Float32Array = new Float32Array(0);
  private hostKernels: Float32Array = new Float32Array(0);

  constructor(
    private readonly backend: Backend,
    readonly options: HarmonicConvOptions,
    params: LayerParams = {},
  ) {
    const { inChannels: C, outChannels: O, kernelSize: K, orders, complexInput } = options;
    this.orders = typeof orders === 'number' ? new Array<number>(O).fill(orders) : [...orders];
    if (this.orders.length !== O)
      throw new Error(`harmonic conv: ${this.orders.length} orders for ${O} outputs`);
    this.name = `harmonic conv m=${[...new Set(this.orders)].join(',')}`;
    this.weightShape = [O, C, 2];
    this.bankTensor = backend.tensor([2 * O, complexInput ? 2 * C : C, K, K]);
    this.setParams(params);
  }

  outputShape(input: readonly number[]): number[] {
    const { inChannels: C, outChannels: O, complexInput } = this.options;
    if (complexInput) expectShape(this.name, input, [C, 2, null, null], `[${C}, 2, H, W]`);
    else expectShape(this.name, input, [C, null, null], `[${C}, H, W]`);
    const n = input.length;
    return [O, 2, input[n - 2], input[n - 1]];
  }

  forward(input: Tensor, out: Tensor): void {
    checkForward(this, input, out);
    this.backend.correlate(input, this.bankTensor, null, out);
  }

  /** Replaces the complex weights [O, C, 2] (random normal, std 1/sqrt(C), from params.seed when absent). */
  setParams(params: LayerParams): void {
    const { inChannels: C, outChannels: O, kernelSize: K, complexInput } = this.options;
    const weights = params.weights ?? randomNormal(params.seed ?? 1, O * C * 2, 1 / Math.sqrt(C));
    if (weights.length !== O * C * 2) throw new Error(`harmonic conv: weights need ${O * C * 2} values`);
    this.hostWeights = Float32Array.from(weights);
    this.hostKernels = this.buildKernels();
    this.backend.write(this.bankTensor, expandComplexBank(this.hostKernels, O, C, K, complexInput));
  }

  /** kernels[o, c] = w[o, c] W_{m_o}: complex [O, C, 2, K, K]. */
  private buildKernels(): Float32Array {
    const { inChannels: C, outChannels: O, kernelSize: K } = this.options;
    const radial = this.options.radial ?? defaultRadialProfile(K);
    const kk = K * K;
    const kernels = new Float32Array(O * C * 2 * kk);
    for (let o = 0; o < O; o++) {
      const harmonic = circularHarmonic(this.orders[o], K, radial);
      for (let c = 0; c < C; c++) {
        const wr = this.hostWeights[(o * C + c) * 2];
        const wi = this.hostWeights[(o * C + c) * 2 + 1];
        const base = (o * C + c) * 2 * kk;
        for (let k = 0; k < kk; k++) {
          const hr = harmonic[k];
          const hi = harmonic[kk + k];
          kernels[base + k] = wr * hr - wi * hi;
          kernels[base + kk + k] = wr * hi + wi * hr;
        }
      }
    }
    return kernels;
  }

  get weights(): Float32Array {
    return this.hostWeights.slice();
  }
  /** The complex filters [O, C, 2, K, K] (for phase views and tests). */
  get kernels(): Float32Array {
    return this.hostKernels.slice();
  }

  dispose(): void {
    this.backend.dispose(this.bankTensor);
  }
}

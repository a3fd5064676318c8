// Band-limiting before a layer (Worrall et al. 2017: "we bandlimit and resample the data before
// cross-correlation via Gaussian resampling"): a normalised Gaussian blur, run on the engine as
// one correlation. Fine detail that the polar filters cannot represent is what rotates badly.
import type { Backend, Tensor } from '../../engine/backend';
import { checkForward, type Layer } from '../../layers/layer';

/** exp(-r^2 / (2 sigma^2)) on a K x K grid, K = 2 ceil(3 sigma) + 1, normalised to sum 1. */
export function gaussianKernel(sigma: number): { K: number; data: Float32Array } {
  if (!(sigma > 0)) throw new Error(`gaussianKernel: sigma ${sigma} is not positive`);
  const r = Math.ceil(3 * sigma);
  const K = 2 * r + 1;
  const data = new Float32Array(K * K);
  let sum = 0;
  for (let a = 0; a < K; a++)
    for (let b = 0; b < K; b++) {
      const v = Math.exp(-((a - r) ** 2 + (b - r) ** 2) / (2 * sigma * sigma));
      data[a * K + b] = v;
      sum += v;
    }
  for (let k = 0; k < data.length; k++) data[k] /= sum;
  return { K, data };
}

/** [C, H, W] -> [C, H, W]: each channel blurred on its own (a block-diagonal bank). */
export class GaussianBlurLayer implements Layer {
  readonly name: string;
  private readonly bank: Tensor;

  constructor(
    private readonly backend: Backend,
    readonly channels: number,
    readonly sigma: number,
  ) {
    this.name = `Gaussian blur σ=${sigma}`;
    const { K, data } = gaussianKernel(sigma);
    const bank = new Float32Array(channels * channels * K * K);
    for (let c = 0; c < channels; c++) bank.set(data, (c * channels + c) * K * K);
    this.bank = backend.tensor([channels, channels, K, K], bank);
  }

  outputShape(input: readonly number[]): number[] {
    if (input.length !== 3 || input[0] !== this.channels)
      throw new Error(`${this.name}: input [${input.join(', ')}] is not [${this.channels}, H, W]`);
    return [...input];
  }

  forward(input: Tensor, out: Tensor): void {
    checkForward(this, input, out);
    this.backend.correlate(input, this.bank, null, out);
  }

  dispose(): void {
    this.backend.dispose(this.bank);
  }
}

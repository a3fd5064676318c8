// The plain CNN baseline: planar correlation (seed 004: [f * psi](x) = sum_y sum_k f_k(y) psi_k(y - x)).
// Equivariant to translations only: [L_r f] * psi = L_r[f * L_{r^-1} psi], so a rotated input
// meets effectively rotated filters, and the commuting diagram fails for a rotation.

import type { Backend, Tensor } from '../engine/backend';
import { BankedCorrelation } from './bankedCorrelation';
import { checkForward, expectShape, type Layer, type LayerParams } from './layer';

export interface PlanarConvOptions {
  inChannels: number;
  outChannels: number;
  /** Odd kernel size K. */
  kernelSize: number;
}

/** Image [C, H, W] -> [O, H, W]; weights [O, C, K, K], bias [O]. */
export class PlanarConvLayer implements Layer {
  readonly name = 'planar conv';
  readonly weightShape: readonly number[];
  private readonly conv: BankedCorrelation;

  constructor(
    backend: Backend,
    readonly options: PlanarConvOptions,
    params: LayerParams = {},
  ) {
    const { inChannels: C, outChannels: O, kernelSize: K } = options;
    this.weightShape = [O, C, K, K];
    this.conv = new BankedCorrelation(
      backend,
      { weightShape: [O, C, K, K], elements: null, interpolation: 'nearest', mask: false, fanIn: C * K * K },
      params,
    );
  }

  outputShape(input: readonly number[]): number[] {
    const { inChannels: C, outChannels: O } = this.options;
    expectShape(this.name, input, [C, null, null], `[${C}, H, W]`);
    return [O, input[1], input[2]];
  }

  forward(input: Tensor, out: Tensor): void {
    checkForward(this, input, out);
    this.conv.run(input, out);
  }

  setParams(params: LayerParams): void {
    this.conv.setParams(params);
  }
  get weights(): Float32Array {
    return this.conv.weights;
  }
  get bias(): Float32Array {
    return this.conv.bias;
  }

  dispose(): void {
    this.conv.dispose();
  }
}

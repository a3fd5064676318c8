// The plain CNN baseline: planar correlation (Cohen & Welling 2016: [f * psi](x) = sum_y sum_k f_k(y) psi_k(y - x)).
// Equivariant to translations only: [L_r f] * psi = L_r[f * L_{r^-1} psi], so a rotated input
// meets effectively rotated filters, and the commuting diagram fails for a rotation.

import type { Backend } from '../engine/backend';
import { BankedCorrelation } from './bankedCorrelation';
import { CorrelationLayer } from './correlationLayer';
import { expectShape, type LayerParams } from './layer';

export interface PlanarConvOptions {
  inChannels: number;
  outChannels: number;
  /** Odd kernel size K. */
  kernelSize: number;
}

/** Image [C, H, W] -> [O, H, W]; weights [O, C, K, K], bias [O]. */
export class PlanarConvLayer extends CorrelationLayer {
  readonly name = 'planar conv';
  readonly weightShape: readonly number[];
  protected readonly conv: BankedCorrelation;

  constructor(
    backend: Backend,
    readonly options: PlanarConvOptions,
    params: LayerParams = {},
  ) {
    super();
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
}

// Group correlation (Cohen & Welling 2016: [f * psi](g) = sum_h sum_k f_k(h) psi_k(g^-1 h)) between maps on
// C_N or D_N. Route: bank[o, g, c] = L_g psi[o, c] under the regular action (spatial transform of
// every plane and the orientation permutation h -> g^-1 h), then one correlation of the input
// [C, G, H, W], read as C*G planes, with the bank viewed as [O*G, C*G, K, K].

import type { Backend, Interpolation } from '../engine/backend';
import type { PlanarGroup } from '../math';
import { BankedCorrelation } from './bankedCorrelation';
import { regularTransforms } from './groupElements';
import { CorrelationLayer } from './correlationLayer';
import { expectShape, type LayerParams } from './layer';

export interface GroupConvOptions {
  group: PlanarGroup;
  inChannels: number;
  outChannels: number;
  /** Odd kernel size K. */
  kernelSize: number;
  /** How filters are rotated off the grid (default 'bicubic'). */
  interpolation?: Interpolation;
  /** Disk-mask the filters (default true). */
  mask?: boolean;
}

/** Lifted map [C, G, H, W] -> [O, G, H, W]; weights [O, C, G, K, K], bias [O]. */
export class GroupConvLayer extends CorrelationLayer {
  readonly name: string;
  readonly weightShape: readonly number[];
  protected readonly conv: BankedCorrelation;

  constructor(
    backend: Backend,
    readonly options: GroupConvOptions,
    params: LayerParams = {},
  ) {
    super();
    const { group, inChannels: C, outChannels: O, kernelSize: K } = options;
    const G = group.order;
    this.name = `group conv ${group.name}`;
    this.weightShape = [O, C, G, K, K];
    this.conv = new BankedCorrelation(
      backend,
      {
        weightShape: [O, C, G, K, K],
        elements: regularTransforms(group),
        interpolation: options.interpolation ?? 'bicubic',
        mask: options.mask ?? true,
        fanIn: C * G * K * K,
      },
      params,
    );
  }

  outputShape(input: readonly number[]): number[] {
    const { inChannels: C, outChannels: O, group } = this.options;
    const G = group.order;
    expectShape(this.name, input, [C, G, null, null], `[${C}, ${G}, H, W]`);
    return [O, G, input[2], input[3]];
  }
}

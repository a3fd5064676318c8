// Lifting correlation (Cohen & Welling 2016: [f * psi](g) = sum_y sum_k f_k(y) psi_k(g^-1 y)): an image on the
// plane becomes a map on the group, one orientation plane per element of C_N or D_N.
// Route: bank[o, g, c] = L_g psi[o, c] (backend.filterBank), then one correlation of the image with
// the bank viewed as [O*G, C, K, K]. Off the pixel grid (N not in {1, 2, 4}) the rotated filters
// are interpolated; bicubic with the disk mask by default, since the mask makes every rotated copy
// share the same support and bicubic keeps more of a smooth filter's detail than bilinear.

import type { Backend, Interpolation } from '../engine/backend';
import type { PlanarGroup } from '../math';
import { BankedCorrelation } from './bankedCorrelation';
import { spatialTransforms } from './groupElements';
import { CorrelationLayer } from './correlationLayer';
import { expectShape, type LayerParams } from './layer';

export interface LiftingOptions {
  group: PlanarGroup;
  inChannels: number;
  outChannels: number;
  /** Odd kernel size K. */
  kernelSize: number;
  /** How filters are rotated off the grid (default 'bicubic'). */
  interpolation?: Interpolation;
  /** Disk-mask the filters, identity included (default true). */
  mask?: boolean;
}

/** Image [C, H, W] -> lifted map [O, G, H, W]; weights [O, C, K, K], bias [O]. */
export class LiftingLayer extends CorrelationLayer {
  readonly name: string;
  /** Shape of the weights as set and read: [O, C, K, K]. */
  readonly weightShape: readonly number[];
  protected readonly conv: BankedCorrelation;

  constructor(
    backend: Backend,
    readonly options: LiftingOptions,
    params: LayerParams = {},
  ) {
    super();
    const { group, inChannels: C, outChannels: O, kernelSize: K } = options;
    this.name = `lifting ${group.name}`;
    this.weightShape = [O, C, K, K];
    this.conv = new BankedCorrelation(
      backend,
      {
        weightShape: [O, C, 1, K, K],
        elements: spatialTransforms(group),
        interpolation: options.interpolation ?? 'bicubic',
        mask: options.mask ?? true,
        fanIn: C * K * K,
      },
      params,
    );
  }

  outputShape(input: readonly number[]): number[] {
    const { inChannels, outChannels, group } = this.options;
    expectShape(this.name, input, [inChannels, null, null], `[${inChannels}, H, W]`);
    return [outChannels, group.order, input[1], input[2]];
  }
}

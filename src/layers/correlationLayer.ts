// What the lifting, group and planar correlation layers share: one BankedCorrelation (weights,
// bias, transformed bank) run as a single planar correlation; subclasses add their shapes.

import type { Tensor } from '../engine/backend';
import type { BankedCorrelation } from './bankedCorrelation';
import { checkForward, type Layer, type LayerParams } from './layer';

export abstract class CorrelationLayer implements Layer {
  abstract readonly name: string;
  protected abstract readonly conv: BankedCorrelation;

  abstract outputShape(input: readonly number[]): number[];

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
  /** The filter bank the correlation uses ([O, G, ...] transformed copies; the weights for a planar layer). */
  get bank(): Tensor {
    return this.conv.bank;
  }

  dispose(): void {
    this.conv.dispose();
  }
}

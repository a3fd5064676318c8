// Pooling layers. Orientation pooling is coset pooling over the rotation (and reflection) subgroup
// (Cohen & Welling 2016: "p4 pooling over rotations results in a feature map on Z^2 = p4/R"): the output
// transforms like an image, so a rotated input gives the rotated output. Global pooling then
// gives an invariant vector. Complex sum adds same-order maps (Worrall et al. 2017: a sum of order-m
// maps is an order-m map).

import type { Backend, PoolMode, Tensor } from '../engine/backend';
import { checkForward, shapeText, type Layer } from './layer';

/** Lifted [C, G, H, W] -> [C, H, W]: max or mean over the orientation axis. */
export class OrientationPoolLayer implements Layer {
  readonly name: string;
  constructor(
    private readonly backend: Backend,
    readonly mode: PoolMode = 'max',
  ) {
    this.name = `orientation ${mode} pool`;
  }

  outputShape(input: readonly number[]): number[] {
    if (input.length !== 4) throw new Error(`${this.name}: input ${shapeText(input)} is not [C, G, H, W]`);
    return [input[0], input[2], input[3]];
  }
  forward(input: Tensor, out: Tensor): void {
    checkForward(this, input, out);
    this.backend.poolOrientations(input, out, this.mode);
  }
  dispose(): void {}
}

/** [C, ...] -> [C]: max or mean over everything but the channel axis. */
export class GlobalPoolLayer implements Layer {
  readonly name: string;
  constructor(
    private readonly backend: Backend,
    readonly mode: PoolMode = 'mean',
  ) {
    this.name = `global ${mode} pool`;
  }

  outputShape(input: readonly number[]): number[] {
    if (input.length < 2) throw new Error(`${this.name}: input ${shapeText(input)} has no axis to pool`);
    return [input[0]];
  }
  forward(input: Tensor, out: Tensor): void {
    checkForward(this, input, out);
    this.backend.globalPool(input, out, this.mode);
  }
  dispose(): void {}
}

/** Complex [C, 2, H, W] -> [1, 2, H, W]: the sum over channels, as one 1 x 1 correlation. */
export class ComplexSumLayer implements Layer {
  readonly name = 'complex sum';
  private readonly weights: Tensor;

  constructor(
    private readonly backend: Backend,
    readonly channels: number,
  ) {
    // Row 0 (real out) reads every real plane, row 1 (imaginary out) every imaginary plane.
    const w = new Float32Array(2 * 2 * channels);
    for (let c = 0; c < channels; c++) {
      w[2 * c] = 1;
      w[2 * channels + 2 * c + 1] = 1;
    }
    this.weights = backend.tensor([2, 2 * channels, 1, 1], w);
  }

  outputShape(input: readonly number[]): number[] {
    const ok = input.length === 4 && input[0] === this.channels && input[1] === 2;
    if (!ok) throw new Error(`${this.name}: input ${shapeText(input)} is not [${this.channels}, 2, H, W]`);
    return [1, 2, input[2], input[3]];
  }
  forward(input: Tensor, out: Tensor): void {
    checkForward(this, input, out);
    this.backend.correlate(input, this.weights, null, out);
  }
  dispose(): void {
    this.backend.dispose(this.weights);
  }
}

// Nonlinearities as layers. ReLU acts pointwise, so it commutes with the regular action (Cohen & Welling 2016:
// C_nu L_h f = L_h C_nu f). On complex harmonic maps a pointwise ReLU would scramble the phase
// (Worrall et al. 2017: "ReLU messes with the phase"); the magnitude nonlinearity G-ReLU_b(X e^{i phi}) =
// ReLU(X + b) e^{i phi} keeps it, and |z| gives rotation-invariant (order 0) real maps.

import type { Backend, Tensor } from '../engine/backend';
import { checkForward, shapeText, type Layer } from './layer';

/** Any shape -> the same shape: max(x, 0). */
export class ReluLayer implements Layer {
  readonly name = 'ReLU';
  constructor(private readonly backend: Backend) {}

  outputShape(input: readonly number[]): number[] {
    return [...input];
  }
  forward(input: Tensor, out: Tensor): void {
    checkForward(this, input, out);
    this.backend.relu(input, out);
  }
  dispose(): void {}
}

function expectComplex(layer: string, input: readonly number[], channels?: number): void {
  const ok = input.length === 4 && input[1] === 2 && (channels === undefined || input[0] === channels);
  if (!ok)
    throw new Error(`${layer}: input ${shapeText(input)} is not complex [${channels ?? 'C'}, 2, H, W]`);
}

/** Complex [C, 2, H, W] -> same: ReLU(|z| + b_c) z / |z|, one bias per channel. */
export class MagnitudeReluLayer implements Layer {
  readonly name = 'magnitude ReLU';
  private readonly biasTensor: Tensor;

  constructor(
    private readonly backend: Backend,
    readonly channels: number,
    bias: Float32Array = new Float32Array(channels),
  ) {
    this.biasTensor = backend.tensor([channels]);
    this.setBias(bias);
  }

  setBias(bias: Float32Array): void {
    if (bias.length !== this.channels) throw new Error(`magnitude ReLU: bias needs ${this.channels} values`);
    this.backend.write(this.biasTensor, bias);
  }
  outputShape(input: readonly number[]): number[] {
    expectComplex(this.name, input, this.channels);
    return [...input];
  }
  forward(input: Tensor, out: Tensor): void {
    checkForward(this, input, out);
    this.backend.magnitudeRelu(input, this.biasTensor, out);
  }
  dispose(): void {
    this.backend.dispose(this.biasTensor);
  }
}

/** Complex [C, 2, H, W] -> real [C, H, W]: |z|. */
export class MagnitudeLayer implements Layer {
  readonly name = 'magnitude';
  constructor(private readonly backend: Backend) {}

  outputShape(input: readonly number[]): number[] {
    expectComplex(this.name, input);
    return [input[0], input[2], input[3]];
  }
  forward(input: Tensor, out: Tensor): void {
    checkForward(this, input, out);
    this.backend.magnitude(input, out);
  }
  dispose(): void {}
}

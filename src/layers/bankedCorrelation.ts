// The efficient route of Cohen & Welling 2016, shared by the lifting, group and planar layers: keep the
// weights on the backend, build the transformed filter bank once per weight change with
// backend.filterBank, then run every forward pass as ONE planar backend.correlate.

import type { Backend, Interpolation, PlaneTransform, Tensor } from '../engine/backend';
import type { LayerParams } from './layer';
import { smoothRandomFilters } from './presets';
import { heNormal } from '../math/random';

export interface BankSpec {
  /** Shape of the weight tensor: [O, C, P, K, K] when a bank is built ([O, C, 1, K, K] for lifting), else [O, C, K, K]. */
  weightShape: number[];
  /** Transforms of the bank ([O, G, ...] with G = elements.length), or null to correlate with the weights as they are. */
  elements: readonly PlaneTransform[] | null;
  interpolation: Interpolation;
  mask: boolean;
  /** Inputs per output entry, for the He scale of random weights. */
  fanIn: number;
}

/** Weights, bias and (optional) filter bank of one correlation layer, all on the backend. */
export class BankedCorrelation {
  private readonly weightTensor: Tensor;
  private readonly bankTensor: Tensor | null;
  private readonly biasTensor: Tensor;
  private hostWeights: Float32Array;
  private hostBias: Float32Array;

  constructor(
    private readonly backend: Backend,
    private readonly spec: BankSpec,
    params: LayerParams = {},
  ) {
    const G = spec.elements?.length ?? 1;
    const O = spec.weightShape[0];
    this.hostWeights = new Float32Array(0);
    this.hostBias = new Float32Array(O);
    this.weightTensor = backend.tensor(spec.weightShape);
    this.bankTensor = spec.elements ? backend.tensor([O, G, ...spec.weightShape.slice(1)]) : null;
    this.biasTensor = backend.tensor([O * G]);
    this.setParams(params);
  }

  /** Current weights and bias (host copies). */
  get weights(): Float32Array {
    return this.hostWeights.slice();
  }
  get bias(): Float32Array {
    return this.hostBias.slice();
  }
  /** The filter bank [O, G, ...] the correlation uses (the weights themselves for a planar layer). */
  get bank(): Tensor {
    return this.bankTensor ?? this.weightTensor;
  }

  /**
   * Replaces weights and/or bias and rebuilds the bank. Without `weights`, new random weights come
   * from params.seed (default 1) and params.init; a call with only `bias` keeps the weights.
   */
  setParams(params: LayerParams): void {
    const keepWeights =
      !params.weights && params.seed === undefined && !params.init && this.hostWeights.length > 0;
    const weights = keepWeights ? this.hostWeights : (params.weights ?? this.randomWeights(params));
    const size = this.spec.weightShape.reduce((a, b) => a * b, 1);
    if (weights.length !== size) throw new Error(`weights: ${weights.length} values, shape needs ${size}`);
    this.hostWeights = Float32Array.from(weights);
    if (params.bias) {
      if (params.bias.length !== this.hostBias.length)
        throw new Error(`bias: needs ${this.hostBias.length} values`);
      this.hostBias = Float32Array.from(params.bias);
    }
    this.upload();
  }

  private randomWeights({ seed = 1, init }: LayerParams): Float32Array {
    const { weightShape, fanIn } = this.spec;
    const size = weightShape.reduce((a, b) => a * b, 1);
    const K = weightShape[weightShape.length - 1];
    return init === 'smooth'
      ? smoothRandomFilters(seed, size / (K * K), K, fanIn)
      : heNormal(seed, size, fanIn);
  }

  private upload(): void {
    const { elements, interpolation, mask } = this.spec;
    this.backend.write(this.weightTensor, this.hostWeights);
    // One bias per output channel, shared by its G orientation planes: a per-plane bias would break equivariance.
    const G = elements?.length ?? 1;
    const repeated = new Float32Array(this.hostBias.length * G);
    this.hostBias.forEach((b, o) => repeated.fill(b, o * G, (o + 1) * G));
    this.backend.write(this.biasTensor, repeated);
    if (this.bankTensor && elements)
      this.backend.filterBank(this.weightTensor, this.bankTensor, elements, interpolation, mask);
  }

  /** out = bias + input correlated with the bank (one planar correlation). */
  run(input: Tensor, out: Tensor): void {
    this.backend.correlate(input, this.bank, this.biasTensor, out);
  }

  dispose(): void {
    this.backend.dispose(this.weightTensor);
    if (this.bankTensor) this.backend.dispose(this.bankTensor);
    this.backend.dispose(this.biasTensor);
  }
}

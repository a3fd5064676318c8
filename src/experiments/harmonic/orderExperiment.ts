// Measures the rotation order of every tap of an order network under a test rotation theta
// (Worrall et al. 2017): with a = Phi(R x) and b = R Phi(x) on the disk, the projection c = <a, b> / ||b||^2
// turns by arg c = M theta for a map of order M, so M is estimated as arg(c) / theta; the phase
// law e^{i M theta} is then checked for each candidate order as a relative error.
import type { Backend, Tensor } from '../../engine/backend';
import { GaussianBlurLayer } from './bandlimit';
import { buildOrderNetwork, type ArithmeticConfig, type OrderNetwork, type Tap } from './orderNetworks';
import { estimateOrder, type Complex } from './phase';
import { complexScaleWeights, ComplexProjection } from './projection';
import { RESAMPLING } from './resampling';

export interface TapMeasurement {
  id: string;
  /** arg <Phi(R x), R Phi(x)> on the disk (complex taps; NaN for real ones). */
  change: number;
  /** change / theta. */
  estimatedOrder: number;
  /** ||Phi(R x) - e^{i M theta} R Phi(x)|| / ||e^{i M theta} R Phi(x)|| per candidate M; real taps: key 0 (no phase). */
  lawError: Record<number, number>;
  /** arg <tap, phaseOf tap> on x: the phase the tap's operation added (NaN without phaseOf). */
  addedPhase: number;
  /** max |component| of the tap on x, for its colour range. */
  outputMax: number;
}

export interface OrderMeasurement {
  theta: number;
  taps: TapMeasurement[];
}

/** Per-tap scratch: the rotated x-lane map, the masked R x-lane map, and one phase-turned copy per candidate. */
interface TapScratch {
  turned: Tensor;
  masked: Tensor;
  predictions: Tensor[];
  phaseWeights: Tensor[];
  zeros: Tensor;
  projection: ComplexProjection | null;
}

export class OrderExperiment {
  readonly x: Tensor;
  readonly rx: Tensor;
  readonly network: OrderNetwork;
  private readonly raw: Tensor;
  private readonly masked: Tensor;
  private readonly blur: GaussianBlurLayer | null;
  private readonly scratch: TapScratch[];
  private theta = 0;

  constructor(
    private readonly backend: Backend,
    readonly config: ArithmeticConfig,
    blurSigma: number,
  ) {
    const image = [1, config.size, config.size];
    [this.raw, this.masked, this.x, this.rx] = [0, 1, 2, 3].map(() => backend.tensor(image));
    this.blur = blurSigma > 0 ? new GaussianBlurLayer(backend, 1, blurSigma) : null;
    this.network = buildOrderNetwork(backend, config);
    this.scratch = this.network.taps.map((t) => this.scratchFor(t));
  }

  private scratchFor(t: Tap): TapScratch {
    const b = this.backend;
    const shape = t.maps[0].shape;
    return {
      turned: b.tensor(shape),
      masked: b.tensor(shape),
      predictions: t.candidates.map(() => b.tensor(shape)),
      phaseWeights: t.candidates.map(() => b.tensor([2, 2, 1, 1])),
      zeros: b.tensor(shape),
      projection: t.complex ? new ComplexProjection(b, shape) : null,
    };
  }

  get taps(): readonly Tap[] {
    return this.network.taps;
  }

  /** New input pixels: masked to the disk, band-limited, and summands balanced where the mode asks. */
  async setInput(pixels: Float32Array): Promise<void> {
    this.backend.write(this.raw, pixels);
    if (this.blur) {
      this.backend.maskDisk(this.raw, this.masked);
      this.blur.forward(this.masked, this.x);
    } else this.backend.maskDisk(this.raw, this.x);
    await this.balance();
  }

  /** Scales the second summand's filter so that ||F_2|| = ||F_1|| on this input. */
  private async balance(): Promise<void> {
    const { balance, taps } = this.network;
    if (!balance) return;
    balance.apply(1);
    this.network.forward(0, this.x);
    const [a, b] = balance.taps.map((id) => taps.findIndex((t) => t.id === id));
    const projection = this.scratch[a].projection;
    if (!projection) return;
    const ratio = await projection.normRatio(taps[a].maps[0], taps[b].maps[0]);
    if (ratio > 0 && Number.isFinite(ratio)) balance.apply(ratio);
  }

  /** Records the network on x and on R_theta x, and the rotated, phase-turned copies per candidate order. */
  run(theta: number): void {
    const b = this.backend;
    this.theta = theta;
    const rotate = { angle: theta, reflect: false, interpolation: RESAMPLING, mask: true } as const;
    b.transform(this.x, this.rx, rotate);
    this.network.forward(0, this.x);
    this.network.forward(1, this.rx);
    this.network.taps.forEach((t, i) => {
      const s = this.scratch[i];
      b.transform(t.maps[0], s.turned, rotate);
      b.maskDisk(t.maps[1], s.masked);
      t.candidates.forEach((M, j) => {
        b.write(s.phaseWeights[j], complexScaleWeights([Math.cos(M * theta), Math.sin(M * theta)]));
        b.correlate(s.turned, s.phaseWeights[j], null, s.predictions[j]);
      });
    });
    b.flush();
  }

  async measure(): Promise<OrderMeasurement> {
    const taps = await Promise.all(this.network.taps.map((t, i) => this.measureTap(t, this.scratch[i])));
    return { theta: this.theta, taps };
  }

  private async measureTap(t: Tap, s: TapScratch): Promise<TapMeasurement> {
    const b = this.backend;
    const other = t.phaseOf ? this.network.taps.find((u) => u.id === t.phaseOf) : undefined;
    const [range, factor, added, ...errors] = await Promise.all([
      b.errorNorms(t.maps[0], s.zeros),
      s.projection ? s.projection.coefficient(s.masked, s.turned) : Promise.resolve<Complex>([NaN, NaN]),
      other && s.projection
        ? s.projection.coefficient(t.maps[0], other.maps[0])
        : Promise.resolve<Complex>([NaN, NaN]),
      ...(t.complex
        ? s.predictions.map((p) => b.errorNorms(s.masked, p))
        : [b.errorNorms(s.masked, s.turned)]),
    ]);
    const change = Math.atan2(factor[1], factor[0]);
    const lawError: Record<number, number> = {};
    if (t.complex) t.candidates.forEach((M, j) => (lawError[M] = errors[j].relL2));
    else lawError[0] = errors[0].relL2;
    return {
      id: t.id,
      change,
      estimatedOrder: estimateOrder(change, this.theta),
      lawError,
      addedPhase: Math.atan2(added[1], added[0]),
      outputMax: range.maxAbs,
    };
  }

  dispose(): void {
    this.network.dispose();
    this.blur?.dispose();
    for (const s of this.scratch) {
      s.projection?.dispose();
      for (const t of [s.turned, s.masked, s.zeros, ...s.predictions, ...s.phaseWeights])
        this.backend.dispose(t);
    }
    for (const t of [this.raw, this.masked, this.x, this.rx]) this.backend.dispose(t);
  }
}

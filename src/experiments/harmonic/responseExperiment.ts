// The harmonic response on the engine (Worrall et al. 2017): x, R x, Phi(x) = W_m * x, Phi(R x), their
// magnitudes and the prediction e^{i m theta} R Phi(x), all kept on the backend for the map views,
// plus the few numbers of the readout: the phase change at the rotation centre, its
// magnitude-weighted average over the disk, and the relative equivariance error.
import type { Backend, Tensor } from '../../engine/backend';
import { ComplexRotation, HarmonicConvLayer, MagnitudeLayer, type RadialProfile } from '../../layers';
import { GaussianBlurLayer } from './bandlimit';
import { harmonicWeights } from './harmonicFilters';
import { phaseChange, wrapPhase, type Complex } from './phase';
import { CentreProbe, ComplexProjection } from './projection';
import { RESAMPLING } from './resampling';

export interface ResponseConfig {
  order: number;
  /** Odd kernel size K. */
  kernel: number;
  radial: RadialProfile;
  /** The phase offset beta of W_m = R(r) e^{i(m phi + beta)}. */
  phase: number;
  /** Odd map size S, so that the rotation centre is a pixel centre (a centre of equivariance). */
  size: number;
  /** Gaussian blur of the input before the layer (sigma in pixels; 0: none). */
  blur: number;
}

export interface ResponseMeasurement {
  theta: number;
  order: number;
  /** m theta wrapped into (-pi, pi]: the phase change the law predicts. */
  expected: number;
  /** Phi(x) and Phi(R x) at the rotation centre, and the phase turned from one to the other. */
  centre: { before: Complex; after: Complex; change: number };
  /** c = <Phi(R x), R Phi(x)> / ||R Phi(x)||^2 on the disk, i.e. sum_p Phi(Rx)(Rp) conj Phi(x)(p) normalised. */
  weighted: { factor: Complex; change: number };
  /** ||Phi(R x) - e^{i m theta} R Phi(x)|| / ||e^{i m theta} R Phi(x)|| on the disk. */
  equivarianceError: number;
  /** max |Re|, |Im| of Phi(x). */
  outputMax: number;
  /** max |Phi(x)|: full brightness of the phase views and top of the magnitude scale. */
  magnitudeMax: number;
}

export class HarmonicResponseExperiment {
  readonly x: Tensor;
  readonly rx: Tensor;
  readonly phiX: Tensor;
  readonly phiRx: Tensor;
  readonly magX: Tensor;
  readonly magRx: Tensor;
  /** e^{i m theta} R Phi(x): what Phi(R x) should be. */
  readonly predicted: Tensor;
  private readonly raw: Tensor;
  private readonly masked: Tensor;
  private readonly turned: Tensor;
  private readonly maskedPhiRx: Tensor;
  private readonly zeros: Tensor;
  private readonly realZeros: Tensor;
  private readonly layer: HarmonicConvLayer;
  private readonly magnitude: MagnitudeLayer;
  private readonly blur: GaussianBlurLayer | null;
  private readonly rotation: ComplexRotation;
  private readonly probe: CentreProbe;
  private readonly projection: ComplexProjection;
  private theta = 0;

  constructor(
    private readonly backend: Backend,
    readonly config: ResponseConfig,
  ) {
    const { size: S, kernel: K, order, radial, phase } = config;
    if (S % 2 !== 1) throw new Error(`harmonic response: size ${S} must be odd`);
    const image = [1, S, S];
    const complex = [1, 2, S, S];
    [this.raw, this.masked, this.x, this.rx, this.magX, this.magRx, this.realZeros] = [
      0, 1, 2, 3, 4, 5, 6,
    ].map(() => backend.tensor(image));
    [this.phiX, this.phiRx, this.predicted, this.turned, this.maskedPhiRx, this.zeros] = [
      0, 1, 2, 3, 4, 5,
    ].map(() => backend.tensor(complex));
    this.layer = new HarmonicConvLayer(
      backend,
      { inChannels: 1, outChannels: 1, kernelSize: K, orders: order, radial, complexInput: false },
      { weights: harmonicWeights(order, K, radial, phase) },
    );
    this.magnitude = new MagnitudeLayer(backend);
    this.blur = config.blur > 0 ? new GaussianBlurLayer(backend, 1, config.blur) : null;
    this.rotation = new ComplexRotation(backend, complex, [order]);
    this.probe = new CentreProbe(backend, S);
    this.projection = new ComplexProjection(backend, complex);
  }

  /** New input pixels (S x S, row-major), masked to the disk that rotations keep in view, then band-limited. */
  setInput(pixels: Float32Array): void {
    this.backend.write(this.raw, pixels);
    if (!this.blur) {
      this.backend.maskDisk(this.raw, this.x);
      return;
    }
    this.backend.maskDisk(this.raw, this.masked);
    this.blur.forward(this.masked, this.x);
  }

  /** Records both paths for a rotation by theta (radians, counter-clockwise). */
  run(theta: number): void {
    const b = this.backend;
    this.theta = theta;
    b.transform(this.x, this.rx, { angle: theta, reflect: false, interpolation: RESAMPLING, mask: true });
    this.layer.forward(this.x, this.phiX);
    this.layer.forward(this.rx, this.phiRx);
    this.magnitude.forward(this.phiX, this.magX);
    this.magnitude.forward(this.phiRx, this.magRx);
    this.rotation.apply(this.phiX, this.predicted, theta, RESAMPLING, true);
    b.transform(this.phiX, this.turned, {
      angle: theta,
      reflect: false,
      interpolation: RESAMPLING,
      mask: true,
    });
    b.maskDisk(this.phiRx, this.maskedPhiRx);
    b.flush();
  }

  /** Reads back a few numbers (never whole maps). */
  async measure(): Promise<ResponseMeasurement> {
    const b = this.backend;
    const { order } = this.config;
    const [range, magnitude, error, factor, before, after] = await Promise.all([
      b.errorNorms(this.phiX, this.zeros),
      b.errorNorms(this.magX, this.realZeros),
      b.errorNorms(this.maskedPhiRx, this.predicted),
      this.projection.coefficient(this.maskedPhiRx, this.turned),
      this.probe.value(this.phiX),
      this.probe.value(this.phiRx),
    ]);
    return {
      theta: this.theta,
      order,
      expected: wrapPhase(order * this.theta),
      centre: { before, after, change: phaseChange(before, after) },
      weighted: { factor, change: Math.atan2(factor[1], factor[0]) },
      equivarianceError: error.relL2,
      outputMax: range.maxAbs,
      magnitudeMax: magnitude.maxAbs,
    };
  }

  dispose(): void {
    this.layer.dispose();
    this.blur?.dispose();
    this.rotation.dispose();
    this.probe.dispose();
    this.projection.dispose();
    for (const t of [
      this.raw,
      this.masked,
      this.x,
      this.rx,
      this.magX,
      this.magRx,
      this.phiX,
      this.phiRx,
      this.predicted,
      this.turned,
      this.maskedPhiRx,
      this.zeros,
      this.realZeros,
    ])
      this.backend.dispose(t);
  }
}

// Lifting with N sampled orientations (a C_N inside SE(2)) and the equivariance error at a rotation
// theta that may fall between the samples, for N = 4 ... 36. For each N, with F = Phi(f) and
// A = Phi(L_theta f), the relative error ||A - B|| / ||B|| on the disk against three readings B of
// L_theta F: every plane turned by theta (spatial part), and the orientation axis shifted by theta
//  - 'nearest': to the nearest sampled orientation (error of order the gap, at most 180/N degrees);
//  - 'linear':  by linear interpolation between the two neighbouring planes (order gap squared);
//  - 'exact':   not shifted at all: f is lifted with filters turned to phi_j - theta, the orientation
//               L_theta F needs in plane j, so only resampling the image and filters on the pixel
//               grid is left. This is the floor the other two approach as N grows.
// Continuum model: (f * psi)(x, theta) = int f(x') psi(R_theta^-1 (x' - x)) dx' (Bekkers' lecture
// notes: SE(2) lifting correlations); route: filter bank, then one planar correlation (Cohen & Welling 2016).
import type { Backend, Interpolation, Tensor } from '../../engine/backend';
import { LiftingLayer } from '../../layers';
import { BankedCorrelation } from '../../layers/bankedCorrelation';
import { cyclicGroup } from '../../math';
import { linearMixing, nearestMixing, nearestOrientation, orientationStep } from './orientationGrid';

/** The orientation counts of the sweep, up to 36 (a sample every 10 degrees). */
export const ORIENTATION_COUNTS = [4, 6, 8, 12, 16, 24, 36] as const;

export type Reading = 'nearest' | 'linear' | 'exact';
export const READINGS: readonly Reading[] = ['nearest', 'linear', 'exact'];

export interface OrientationConfig {
  /** Map size S (the maps are S x S). */
  size: number;
  /** Odd filter size K. */
  kernelSize: number;
  /** How images, maps and filters are resampled off the grid. */
  interpolation: Interpolation;
}

/** The errors of one N at one theta. */
export interface OrientationPoint {
  N: number;
  /** |theta - nearest sampled orientation| (radians), at most pi / N. */
  gap: number;
  /** Relative L2 error on the disk for each reading of the orientation axis. */
  errors: Record<Reading, number>;
}

export class OrientationSweep {
  private readonly image: Tensor;
  private readonly input: Tensor;
  private readonly rotated: Tensor;
  private kernel: Float32Array | null = null;
  private theta = 0;

  constructor(
    private readonly backend: Backend,
    readonly config: OrientationConfig,
  ) {
    const shape = [1, config.size, config.size];
    this.image = backend.tensor(shape);
    this.input = backend.tensor(shape);
    this.rotated = backend.tensor(shape);
  }

  /** New input (S x S), filter psi (K x K, row 0 at the top) and angle theta (radians). */
  setInput(pixels: Float32Array, kernel: Float32Array, theta: number): void {
    const b = this.backend;
    const K = this.config.kernelSize;
    if (kernel.length !== K * K)
      throw new Error(`orientations: psi needs ${K * K} values, got ${kernel.length}`);
    b.write(this.image, pixels);
    // The input lives on the disk, so that turning it loses nothing at the corners.
    b.maskDisk(this.image, this.input);
    b.transform(this.input, this.rotated, this.turn(theta));
    this.kernel = Float32Array.from(kernel);
    this.theta = theta;
  }

  private turn(theta: number) {
    return { angle: theta, reflect: false, interpolation: this.config.interpolation, mask: true };
  }

  /** Lifting of `src` with psi turned to the given orientations: [1, G, S, S]. */
  private lift(src: Tensor, angles: readonly number[], out: Tensor): BankedCorrelation {
    const K = this.config.kernelSize;
    const conv = new BankedCorrelation(this.backend, {
      weightShape: [1, 1, 1, K, K],
      elements: angles.map((angle) => ({ angle, reflect: false })),
      interpolation: this.config.interpolation,
      mask: true,
      fanIn: K * K,
    });
    conv.setParams({ weights: this.kernel!, bias: new Float32Array(1) });
    conv.run(src, out);
    return conv;
  }

  /** The three errors for N orientations at the angle of the last setInput. */
  async errorsFor(N: number): Promise<OrientationPoint> {
    if (!this.kernel) throw new Error('orientations: setInput first');
    const b = this.backend;
    const S = this.config.size;
    const theta = this.theta;
    const lifted = [1, N, S, S];
    const t = () => b.tensor(lifted);
    const [F, A, Fr, Am, E, Er, Bn, Bl] = [t(), t(), t(), t(), t(), t(), t(), t()];
    const step = orientationStep(N);
    // The same bank as LiftingLayer over C_N: plane j holds f correlated with psi turned by 2 pi j / N.
    const layer = new LiftingLayer(
      b,
      {
        group: cyclicGroup(N),
        inChannels: 1,
        outChannels: 1,
        kernelSize: this.config.kernelSize,
        interpolation: this.config.interpolation,
      },
      { weights: this.kernel, bias: new Float32Array(1) },
    );
    layer.forward(this.input, F);
    layer.forward(this.rotated, A);
    b.maskDisk(A, Am);
    b.transform(F, Fr, this.turn(theta));
    const exact = this.lift(
      this.input,
      Array.from({ length: N }, (_, j) => j * step - theta),
      E,
    );
    b.transform(E, Er, this.turn(theta));
    // Shifting the orientation axis is a 1 x 1 correlation over the N planes with a mixing matrix.
    const mix = [nearestMixing(theta, N), linearMixing(theta, N)].map((w) => b.tensor([N, N, 1, 1], w));
    b.correlate(Fr, mix[0], null, Bn);
    b.correlate(Fr, mix[1], null, Bl);
    try {
      const [nearest, linear, ex] = await Promise.all([Bn, Bl, Er].map((B) => b.errorNorms(Am, B)));
      return {
        N,
        gap: nearestOrientation(theta, N).gap,
        errors: { nearest: nearest.relL2, linear: linear.relL2, exact: ex.relL2 },
      };
    } finally {
      layer.dispose();
      exact.dispose();
      for (const x of [F, A, Fr, Am, E, Er, Bn, Bl, ...mix]) b.dispose(x);
    }
  }

  dispose(): void {
    for (const x of [this.image, this.input, this.rotated]) this.backend.dispose(x);
  }
}

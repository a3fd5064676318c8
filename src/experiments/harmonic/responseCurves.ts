// Rotation response curves (Worrall et al. 2017: rotate an input from 0 to 360 degrees in 1-degree steps and
// record a neuron's activation). Three kinds of neuron look at the centre of the same small image:
// - a plain CNN filter matched to the drawing as drawn (zero-mean, unit norm): it fires for one
//   orientation and falls away from it;
// - the C8 lifting of that same filter: one orientation channel per rotated copy, each a shifted
//   copy of the plain curve (exactly so for shifts by multiples of 90 degrees);
// - the magnitude |W_m * x| of a circular harmonic: flat, up to interpolation.
// The filters span the whole image (K = S), so each neuron sees all of it.
import type { Backend, Tensor } from '../../engine/backend';
import { HarmonicConvLayer, LiftingLayer, PlanarConvLayer, type RadialProfile } from '../../layers';
import { cyclicGroup } from '../../math';
import { GaussianBlurLayer } from './bandlimit';
import { harmonicWeights } from './harmonicFilters';
import { RESAMPLING } from './resampling';

export interface CurvesConfig {
  /** Odd image size S, also the filter size. */
  size: number;
  /** Rotation order m of the harmonic neuron. */
  order: number;
  /** Orientation channels of the G-CNN neuron (C_N lifting). */
  orientations: number;
  /** Gaussian blur of the input (pixels), so the matched filter is smooth enough to rotate. */
  blur: number;
}

export interface CurveSample {
  theta: number;
  plain: number;
  /** One response per orientation channel of the lifting layer. */
  orientations: number[];
  /** |W_m * R x| at the centre, and its real part (which turns with the phase). */
  harmonic: number;
  harmonicReal: number;
}

/** The matched filter of an image: zero mean on the disk of radius S/2, unit L2 norm (template matching). */
export function matchedFilter(x: Float32Array, S: number): Float32Array {
  const c = (S - 1) / 2;
  const inside = (k: number) => (Math.floor(k / S) - c) ** 2 + ((k % S) - c) ** 2 <= (S / 2) ** 2;
  let [sum, n] = [0, 0];
  x.forEach((v, k) => inside(k) && ((sum += v), n++));
  const mean = n > 0 ? sum / n : 0;
  const w = x.map((v, k) => (inside(k) ? v - mean : 0));
  const norm = Math.hypot(...w);
  return norm > 0 ? w.map((v) => v / norm) : w;
}

export class RotationResponseCurves {
  private readonly raw: Tensor;
  private readonly masked: Tensor;
  private readonly x: Tensor;
  private readonly rx: Tensor;
  private readonly plainOut: Tensor;
  private readonly liftedOut: Tensor;
  private readonly harmonicOut: Tensor;
  private readonly blur: GaussianBlurLayer;
  private readonly plain: PlanarConvLayer;
  private readonly lifting: LiftingLayer;
  private readonly harmonic: HarmonicConvLayer;
  private readonly centre: number;

  constructor(
    private readonly backend: Backend,
    readonly config: CurvesConfig,
  ) {
    const { size: S, orientations: N, order } = config;
    if (S % 2 !== 1) throw new Error(`response curves: size ${S} must be odd`);
    const image = [1, S, S];
    [this.raw, this.masked, this.x, this.rx, this.plainOut] = [0, 1, 2, 3, 4].map(() =>
      backend.tensor(image),
    );
    this.liftedOut = backend.tensor([1, N, S, S]);
    this.harmonicOut = backend.tensor([1, 2, S, S]);
    this.blur = new GaussianBlurLayer(backend, 1, config.blur);
    const base = { inChannels: 1, outChannels: 1, kernelSize: S };
    this.plain = new PlanarConvLayer(backend, base);
    this.lifting = new LiftingLayer(backend, { ...base, group: cyclicGroup(N), interpolation: RESAMPLING });
    const radial: RadialProfile = { kind: 'gaussianRing', radius: (S - 1) / 4, width: S / 8 };
    this.harmonic = new HarmonicConvLayer(
      backend,
      { ...base, orders: order, radial, complexInput: false },
      { weights: harmonicWeights(order, S, radial, 0) },
    );
    this.centre = ((S - 1) / 2) * S + (S - 1) / 2;
  }

  /** The image the neurons see (masked and blurred), for its view. */
  get input(): Tensor {
    return this.x;
  }

  /** New input: masked, blurred, read back once to build the matched filter of the plain and G-CNN neurons. */
  async setInput(pixels: Float32Array): Promise<void> {
    const b = this.backend;
    b.write(this.raw, pixels);
    b.maskDisk(this.raw, this.masked);
    this.blur.forward(this.masked, this.x);
    const w = matchedFilter(await b.read(this.x), this.config.size);
    this.plain.setParams({ weights: w, bias: new Float32Array(1) });
    this.lifting.setParams({ weights: w, bias: new Float32Array(1) });
  }

  /** The centre responses at each angle; every angle's reads are recorded before the next overwrites the maps. */
  async samplesAt(thetas: readonly number[]): Promise<CurveSample[]> {
    const b = this.backend;
    const pending = thetas.map((theta) => {
      b.transform(this.x, this.rx, { angle: theta, reflect: false, interpolation: RESAMPLING, mask: true });
      this.plain.forward(this.rx, this.plainOut);
      this.lifting.forward(this.rx, this.liftedOut);
      this.harmonic.forward(this.rx, this.harmonicOut);
      return Promise.all([b.read(this.plainOut), b.read(this.liftedOut), b.read(this.harmonicOut)]).then(
        ([p, l, h]) => this.sample(theta, p, l, h),
      );
    });
    return Promise.all(pending);
  }

  private sample(theta: number, p: Float32Array, l: Float32Array, h: Float32Array): CurveSample {
    const { size: S, orientations: N } = this.config;
    const c = this.centre;
    const [re, im] = [h[c], h[S * S + c]];
    return {
      theta,
      plain: p[c],
      orientations: Array.from({ length: N }, (_, j) => l[j * S * S + c]),
      harmonic: Math.hypot(re, im),
      harmonicReal: re,
    };
  }

  dispose(): void {
    for (const l of [this.blur, this.plain, this.lifting, this.harmonic]) l.dispose();
    for (const t of [this.raw, this.masked, this.x, this.rx, this.plainOut, this.liftedOut, this.harmonicOut])
      this.backend.dispose(t);
  }
}

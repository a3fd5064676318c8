// The commuting diagram of a scale-lifting layer Φ (scaleBank.ts) under a zoom of the input by one
// scale step μ = 2^(±1/k) about the centre: Φ(L_μ f) against L_μ Φ(f) with the scale axis moved one
// step. In the continuum the two agree exactly; here two things break it, measured apart:
//  - the finite scale range: one plane of Φ(L_μ f) needs a scale the bank does not hold (below λ_0
//    when zooming in, above λ_{S-1} when zooming out); its partner is read as 0, and one plane of
//    L_μ Φ(f) leaves the range unused;
//  - resampling on the pixel grid: zooming the input and the planes interpolates (no prefilter, so
//    shrinking aliases), and the smallest filters are barely resolved by the pixels.
// Errors are relative to ‖Φ(L_μ f)‖ over the whole stack, so their squares add:
//   total² = range² + resampling².
// The zoom is the engine's transform with `scale` (backend.ts); the layer one planar correlation
// with the whole bank (Cohen & Welling 2016's efficient route, with dilations instead of rotations).
import type { Backend, Interpolation, Tensor } from '../../engine/backend';
import { BankedCorrelation } from '../../layers/bankedCorrelation';
import { bankKernelSize, scaleBank, scaleFactors, type ScaleBankConfig } from './scaleBank';

export interface ScaleLiftingConfig extends ScaleBankConfig {
  /** Side N of the maps. */
  size: number;
  /** Side of the drawing inside them: it is masked to its disk and centred, zeros around it, so a
   *  zoom by one step keeps it (and the filters' reach) inside the plane. */
  inner: number;
  interpolation: Interpolation;
}

/** The configuration the lesson uses: 4 scales, 2 per octave, σ0 = 0.8 px, on 80 x 80 maps. */
export const SCALE_LIFTING: ScaleLiftingConfig = {
  scales: 4,
  perOctave: 2,
  sigma0: 0.8,
  size: 80,
  inner: 40,
  interpolation: 'bicubic',
};

/** Zoom in (+1) or out (-1) by one scale step. */
export type ZoomStep = 1 | -1;

export interface PlaneError {
  /** Plane j of Φ(L_μ f), at scale λ_j. */
  plane: number;
  /** The plane of Φ(f) it should equal after zooming (j - step), or null when out of range. */
  partner: number | null;
  /** ‖Φ(L_μ f)_j - L_μ Φ(f)_partner‖ / ‖L_μ Φ(f)_partner‖; for no partner, ‖Φ(L_μ f)_j‖ / ‖Φ(L_μ f)‖. */
  error: number;
}

export interface ScaleMeasurement {
  step: ZoomStep;
  /** The zoom factor μ = 2^(step / k). */
  zoom: number;
  planes: PlaneError[];
  /** The plane of Φ(f) that leaves the range (zoomed, but no plane of Φ(L_μ f) reads it). */
  dropped: number;
  /** All relative to ‖Φ(L_μ f)‖: total = ‖Φ(L_μ f) - B‖ with B the shifted L_μ Φ(f), 0 where missing. */
  total: number;
  range: number;
  resampling: number;
  /** ‖L_1/μ L_μ f - f‖ / ‖f‖: zooming the input alone and back. */
  roundTrip: number;
  /** max |Φ(f)|, the colour range of the maps. */
  maxAbs: number;
}

/** Centres a drawing of inner x inner pixels in a size x size plane, masked to its disk. */
export function embedDrawing(pixels: Float32Array, inner: number, size: number): Float32Array {
  if (pixels.length !== inner * inner) throw new Error(`scale lifting: need ${inner * inner} pixels`);
  const out = new Float32Array(size * size);
  const offset = Math.floor((size - inner) / 2);
  const c = (inner - 1) / 2;
  for (let i = 0; i < inner; i++)
    for (let j = 0; j < inner; j++)
      if ((i - c) ** 2 + (j - c) ** 2 <= (inner / 2) ** 2)
        out[(i + offset) * size + j + offset] = pixels[i * inner + j];
  return out;
}

const sumSquares = (a: Float32Array, from: number, n: number) => {
  let s = 0;
  for (let k = from; k < from + n; k++) s += a[k] * a[k];
  return s;
};

export class ScaleLiftingDiagram {
  readonly lambdas: number[];
  readonly kernelSize: number;
  /** f, L_μ f, and L_1/μ L_μ f: [1, N, N]. */
  readonly input: Tensor;
  readonly zoomed: Tensor;
  private readonly back: Tensor;
  /** Φ(f), Φ(L_μ f), L_μ Φ(f) (unshifted), the shifted reading B and Φ(L_μ f) - B: [S, N, N]. */
  readonly lifted: Tensor;
  readonly liftedZoomed: Tensor;
  private readonly zoomedLifted: Tensor;
  readonly shifted: Tensor;
  readonly difference: Tensor;
  private readonly layer: BankedCorrelation;
  private step: ZoomStep = 1;

  constructor(
    private readonly backend: Backend,
    readonly config: ScaleLiftingConfig = SCALE_LIFTING,
  ) {
    const { size: N, scales: S } = config;
    this.lambdas = scaleFactors(config);
    this.kernelSize = bankKernelSize(config);
    const K = this.kernelSize;
    const plane = () => backend.tensor([1, N, N]);
    const stack = () => backend.tensor([S, N, N]);
    [this.input, this.zoomed, this.back] = [plane(), plane(), plane()];
    [this.lifted, this.liftedZoomed, this.zoomedLifted, this.shifted, this.difference] = [
      stack(),
      stack(),
      stack(),
      stack(),
      stack(),
    ];
    // A planar layer with S output channels: the bank is the weights, built once on the host.
    this.layer = new BankedCorrelation(
      backend,
      {
        weightShape: [S, 1, K, K],
        elements: null,
        interpolation: config.interpolation,
        mask: false,
        fanIn: K * K,
      },
      { weights: scaleBank(config), bias: new Float32Array(S) },
    );
  }

  /** A new drawing, `inner` x `inner` pixels (see embedDrawing). */
  setInput(pixels: Float32Array): void {
    this.backend.write(this.input, embedDrawing(pixels, this.config.inner, this.config.size));
  }

  /** μ = 2^(step / k). */
  zoomOf(step: ZoomStep): number {
    return 2 ** (step / this.config.perOctave);
  }

  /** Records both paths of the diagram for a zoom by one step in or out. */
  run(step: ZoomStep): void {
    const b = this.backend;
    const zoom = this.zoomOf(step);
    const opts = (scale: number) => ({
      angle: 0,
      reflect: false,
      scale,
      interpolation: this.config.interpolation,
    });
    this.step = step;
    b.transform(this.input, this.zoomed, opts(zoom));
    b.transform(this.zoomed, this.back, opts(1 / zoom));
    this.layer.run(this.input, this.lifted);
    this.layer.run(this.zoomed, this.liftedZoomed);
    b.transform(this.lifted, this.zoomedLifted, opts(zoom));
  }

  /** Reads the maps back, measures, and writes the shifted reading and the difference for drawing. */
  async measure(): Promise<ScaleMeasurement> {
    const b = this.backend;
    const { size: N, scales: S } = this.config;
    const hw = N * N;
    const step = this.step;
    const [f, back, F, A, LF] = await b.readMany([
      this.input,
      this.back,
      this.lifted,
      this.liftedZoomed,
      this.zoomedLifted,
    ]);
    const shifted = new Float32Array(S * hw);
    const planes: PlaneError[] = [];
    const total2 = sumSquares(A, 0, S * hw);
    let range2 = 0;
    let resampling2 = 0;
    for (let j = 0; j < S; j++) {
      const p = j - step;
      if (p < 0 || p >= S) {
        const a2 = sumSquares(A, j * hw, hw);
        range2 += a2;
        planes.push({ plane: j, partner: null, error: Math.sqrt(a2 / total2) });
        continue;
      }
      shifted.set(LF.subarray(p * hw, (p + 1) * hw), j * hw);
      let d2 = 0;
      for (let k = 0; k < hw; k++) d2 += (A[j * hw + k] - LF[p * hw + k]) ** 2;
      resampling2 += d2;
      planes.push({ plane: j, partner: p, error: Math.sqrt(d2 / sumSquares(LF, p * hw, hw)) });
    }
    const difference = A.map((a, k) => a - shifted[k]);
    b.write(this.shifted, shifted);
    b.write(this.difference, difference);
    let diff2 = 0;
    for (let k = 0; k < f.length; k++) diff2 += (back[k] - f[k]) ** 2;
    return {
      step,
      zoom: this.zoomOf(step),
      planes,
      dropped: step > 0 ? S - 1 : 0,
      total: Math.sqrt(sumSquares(difference, 0, S * hw) / total2),
      range: Math.sqrt(range2 / total2),
      resampling: Math.sqrt(resampling2 / total2),
      roundTrip: Math.sqrt(diff2 / sumSquares(f, 0, f.length)),
      maxAbs: F.reduce((m, v) => Math.max(m, Math.abs(v)), 0),
    };
  }

  dispose(): void {
    const b = this.backend;
    for (const t of [
      this.input,
      this.zoomed,
      this.back,
      this.lifted,
      this.liftedZoomed,
      this.zoomedLifted,
      this.shifted,
      this.difference,
    ])
      b.dispose(t);
    this.layer.dispose();
  }
}

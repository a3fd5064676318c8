// Stride-2 subsampling after a C4 lifting layer, measured on the engine: lift f and L_g f
// (g = (t, r) in p4) with the filter ψ, read both lifted maps back, subsample them, and compare
// S Φ(L_g f) with L_(t', r) S Φ(f) (stride.ts). Before subsampling the two paths agree for every g;
// after it only for the g that keep the sample grid (Cohen & Welling 2016: equivariance to a
// subgroup). The input is padded with zeros wide enough that nothing leaves the map, so the
// whole-map error is not polluted by borders: it is exactly 0 or it is the subsampling.
import type { Backend, Tensor } from '../../engine/backend';
import type { LiftingLayer } from '../../layers';
import { c4LiftingLayer, type Kernel } from './c4Lifting';
import { applyIndexMap, imageActionIndexMap, type Point2 } from '../../math';
import {
  actOnLifted,
  C4,
  coarseTranslation,
  keepsGrid,
  relativeError,
  stridedMatches,
  type StrideMatch,
} from './stride';

/** The drawing is rasterised at this size and padded by MARGIN zero pixels (one more on the far sides for odd maps). */
export const RASTER = 32;
export const MARGIN = 8;
/** Largest |t_i| the widget offers: with MARGIN 8 and K <= 9 nothing leaves the map on the matching paths. */
export const MAX_SHIFT = 4;

export type { Kernel } from './c4Lifting';

export interface SubsamplingResult {
  /** Fine side N and coarse side M. */
  n: number;
  m: number;
  r: number;
  t: [number, number];
  /** L_g f, the input the second path lifts (N x N). */
  input: Float32Array;
  /** ||Φ(L_g f) - L_g Φ(f)|| / ||L_g Φ(f)|| before subsampling. */
  fullError: number;
  /** Whether g maps kept samples onto kept samples. */
  keepsGrid: boolean;
  /** The coarse translation t' = (t + r·o - o) / 2 (half-integer when g does not keep the grid). */
  tPrime: [number, number];
  /** S Φ(L_g f): [4, M, M]. */
  strided: Float32Array;
  /** The comparisons with L_(t, r) S Φ(f), best first (one when t' is whole). */
  matches: StrideMatch[];
  /** Largest |value| of the maps shown, for a shared colour scale. */
  range: number;
}

const maxAbs = (...arrays: ArrayLike<number>[]) =>
  arrays.reduce((m, a) => {
    for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]));
    return m;
  }, 0);

export class SubsamplingExperiment {
  private readonly layer: LiftingLayer;
  private readonly f: Tensor;
  private readonly gf: Tensor;
  private readonly phiF: Tensor;
  private readonly phiGF: Tensor;

  constructor(
    private readonly backend: Backend,
    readonly n: number,
    kernel: Kernel,
  ) {
    this.layer = c4LiftingLayer(backend, kernel);
    this.f = backend.tensor([1, n, n]);
    this.gf = backend.tensor([1, n, n]);
    this.phiF = backend.tensor([1, 4, n, n]);
    this.phiGF = backend.tensor([1, 4, n, n]);
  }

  /** f: the padded input (N x N); g = (t, r) with t = (right, up) in pixels. */
  async measure(f: Float32Array, r: number, t: Point2): Promise<SubsamplingResult> {
    const { n } = this;
    const input = Float32Array.from(applyIndexMap(f, imageActionIndexMap(C4, r, n, t)));
    this.backend.write(this.f, f);
    this.backend.write(this.gf, input);
    this.layer.forward(this.f, this.phiF);
    this.layer.forward(this.gf, this.phiGF);
    const [phiF, phiGF] = await this.backend.readMany([this.phiF, this.phiGF]);
    const fullError = relativeError(phiGF, actOnLifted(phiF, n, r, t));
    const { strided, matches } = stridedMatches(phiF, phiGF, n, r, t);
    return {
      n,
      m: Math.ceil(n / 2),
      r,
      t: [t[0], t[1]],
      input,
      fullError,
      keepsGrid: keepsGrid(n, r, t),
      tPrime: coarseTranslation(n, r, t),
      strided,
      matches,
      range: maxAbs(strided, matches[0].map) || 1,
    };
  }

  dispose(): void {
    this.layer.dispose();
    for (const t of [this.f, this.gf, this.phiF, this.phiGF]) this.backend.dispose(t);
  }
}

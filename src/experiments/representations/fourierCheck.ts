// The convolution theorem on a finite group (Worrall et al. 2017): (f * k)^(ψ) = f̂(ψ) k̂(ψ), so the
// convolution can be computed directly or by transforming, multiplying per irrep and inverting.
import {
  groupConvolution,
  groupFourierTransform,
  planarRealIrreps,
  realInverseGroupFourierTransform,
  type FiniteIrrep,
  type PlanarGroup,
} from '../../math';
import { frobeniusNorm, matmul, type Matrix } from '../../math/linalg';

export interface IrrepCoefficients {
  irrep: FiniteIrrep;
  f: Matrix;
  k: Matrix;
  /** f̂(ψ) k̂(ψ). */
  product: Matrix;
}

/** f̂(ψ), k̂(ψ) and their product for every real irrep ψ of the group. */
export function fourierCoefficients(
  group: PlanarGroup,
  f: ArrayLike<number>,
  k: ArrayLike<number>,
): IrrepCoefficients[] {
  return planarRealIrreps(group).map((irrep) => {
    const fh = groupFourierTransform(f, irrep);
    const kh = groupFourierTransform(k, irrep);
    return { irrep, f: fh, k: kh, product: matmul(fh, kh) };
  });
}

/** f * k through the Fourier domain: invert the per-irrep products f̂(ψ) k̂(ψ). */
export function convolutionViaFourier(
  group: PlanarGroup,
  coefficients: readonly IrrepCoefficients[],
): number[] {
  return realInverseGroupFourierTransform(
    group,
    coefficients.map((c) => c.irrep),
    coefficients.map((c) => c.product),
  );
}

export interface ConvolutionComparison {
  coefficients: IrrepCoefficients[];
  direct: number[];
  viaFourier: number[];
  maxDifference: number;
}

/** Both routes to f * k, (f * k)(a) = Σ_b f(a b^-1) k(b), and their largest disagreement. */
export function compareConvolutions(
  group: PlanarGroup,
  f: ArrayLike<number>,
  k: ArrayLike<number>,
): ConvolutionComparison {
  const coefficients = fourierCoefficients(group, f, k);
  const direct = groupConvolution(group, f, k);
  const viaFourier = convolutionViaFourier(group, coefficients);
  const maxDifference = direct.reduce((m, v, i) => Math.max(m, Math.abs(v - viaFourier[i])), 0);
  return { coefficients, direct, viaFourier, maxDifference };
}

/** ‖f̂(ψ)‖_F per irrep: how much of f lives in each irrep. */
export function irrepEnergies(
  group: PlanarGroup,
  f: ArrayLike<number>,
): { irrep: FiniteIrrep; norm: number }[] {
  return planarRealIrreps(group).map((irrep) => ({
    irrep,
    norm: frobeniusNorm(groupFourierTransform(f, irrep)),
  }));
}

// The filters of a scale-lifting layer: one mother filter ψ dilated to a bank ψ_λ(x) = λ^-2 ψ(x / λ)
// for the scales λ_j = 2^(j / k), j = 0 .. S - 1 (k scales per octave), sampled at pixel centres in
// float64 on the host. The lifting correlation onto the scale-translation group is
//   (f ⋆ ψ)(x, λ) = ∫ f(y) λ^-2 ψ((y - x) / λ) dy
// (Bekkers' lecture notes: lifting correlations, with the group R² ⋊ R⁺; Sosnovik et al. 2020 and
// Worrall & Welling 2019 build scale-equivariant CNNs on it). Zooming f by μ, (L_μ f)(y) = f(y / μ),
// gives (L_μ f ⋆ ψ)(x, λ) = (f ⋆ ψ)(x / μ, λ / μ): each plane zoomed, the scale axis moved by μ.
//
// ψ is the scale-normalised Laplacian of a Gaussian, negated (a blob detector), with width σ0:
//   ψ(x) = (2 - |x|² / σ0²) G_σ0(x),   G_σ(x) = exp(-|x|² / 2σ²) / (2π σ²),
// so that ψ_λ is the same formula with σ = λ σ0: the bank is a family of Mexican hats. Each ψ_λ is cut
// at radius CUT_RADIUS · λ σ0, a cut that dilates with the filter and so keeps the family exact.

/** Filters are cut at this many widths σ from the centre (where ψ is about 1e-3 of its peak). */
export const CUT_RADIUS = 4;

export interface ScaleBankConfig {
  /** Number of scales S. */
  scales: number;
  /** Scales per octave k: neighbouring scales differ by the factor 2^(1/k). */
  perOctave: number;
  /** Width σ0 of the smallest filter, in pixels. */
  sigma0: number;
}

/** λ_j = 2^(j / k), j = 0 .. S - 1. */
export function scaleFactors({ scales, perOctave }: ScaleBankConfig): number[] {
  return Array.from({ length: scales }, (_, j) => 2 ** (j / perOctave));
}

/** The odd filter size that holds the largest cut filter. */
export function bankKernelSize(config: ScaleBankConfig): number {
  const largest = config.sigma0 * 2 ** ((config.scales - 1) / config.perOctave);
  return 2 * Math.ceil(CUT_RADIUS * largest) + 1;
}

/** ψ_λ at the point (x, y) for the width σ = λ σ0 (0 beyond the cut). */
export function dilatedMexicanHat(x: number, y: number, sigma: number): number {
  const u = (x * x + y * y) / (sigma * sigma);
  if (u > CUT_RADIUS * CUT_RADIUS) return 0;
  return ((2 - u) * Math.exp(-u / 2)) / (2 * Math.PI * sigma * sigma);
}

/** The bank [S, 1, K, K] (row 0 at the top), ψ_λj sampled at pixel centres. */
export function scaleBank(config: ScaleBankConfig): Float32Array {
  const K = bankKernelSize(config);
  const r = (K - 1) / 2;
  const lambdas = scaleFactors(config);
  const bank = new Float32Array(lambdas.length * K * K);
  lambdas.forEach((lambda, j) => {
    for (let row = 0; row < K; row++)
      for (let col = 0; col < K; col++)
        bank[(j * K + row) * K + col] = dilatedMexicanHat(col - r, r - row, lambda * config.sigma0);
  });
  return bank;
}

/**
 * The closed form the bank approximates, for the blob f(x) = exp(-|x|² / 2s²) at its centre:
 * (f ⋆ ψ_λ)(0) = -σ² Δ(f * G_σ)(0) = 2 σ² s² / (s² + σ²)² with σ = λ σ0 (uncut filter). It peaks at
 * σ = s with the value 1/2: the plane whose filter matches the blob's size answers most.
 */
export function blobResponse(s: number, sigma: number): number {
  const t2 = s * s + sigma * sigma;
  return (2 * sigma * sigma * s * s) / (t2 * t2);
}

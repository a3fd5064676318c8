// Smooth weights and inputs for demos and measurements. Off the pixel grid, equivariance is only as
// good as the filters and images are smooth (band-limited) compared to the pixel size, so the
// demos default to these rather than to white noise; the lessons show both.

import { mulberry32, normalSampler } from '../math/random';

/** exp(-r^2 / (2 sigma^2)) on a K x K grid centred on the middle pixel. */
export function gaussianWindow(K: number, sigma: number): Float32Array {
  const out = new Float32Array(K * K);
  const r = (K - 1) / 2;
  for (let a = 0; a < K; a++) {
    for (let b = 0; b < K; b++) {
      const x = b - r;
      const y = r - a;
      out[a * K + b] = Math.exp(-(x * x + y * y) / (2 * sigma * sigma));
    }
  }
  return out;
}

/**
 * `count` random smooth K x K filters: a Gaussian window times a random polynomial of degree 2
 * in (x, y), i.e. random mixtures of Gaussian derivatives up to order 2. Each filter is scaled to
 * the L2 norm a He-normal filter of this fan-in has on average (sqrt(2 K^2 / fanIn)).
 */
export function smoothRandomFilters(
  seed: number,
  count: number,
  K: number,
  fanIn: number,
  sigma = Math.max(K / 5, 0.75),
): Float32Array {
  const normal = normalSampler(mulberry32(seed));
  const window = gaussianWindow(K, sigma);
  const out = new Float32Array(count * K * K);
  const r = (K - 1) / 2;
  const targetNorm = Math.sqrt((2 * K * K) / fanIn);
  for (let f = 0; f < count; f++) {
    const coef = Array.from({ length: 6 }, normal);
    let norm2 = 0;
    for (let a = 0; a < K; a++) {
      for (let b = 0; b < K; b++) {
        const x = (b - r) / sigma;
        const y = (r - a) / sigma;
        const poly =
          coef[0] +
          coef[1] * x +
          coef[2] * y +
          coef[3] * (x * x - 1) +
          coef[4] * x * y +
          coef[5] * (y * y - 1);
        const v = window[a * K + b] * poly;
        out[f * K * K + a * K + b] = v;
        norm2 += v * v;
      }
    }
    const scale = norm2 > 0 ? targetNorm / Math.sqrt(norm2) : 0;
    for (let k = f * K * K; k < (f + 1) * K * K; k++) out[k] *= scale;
  }
  return out;
}

/**
 * A smooth image [C, H, W]: per channel, `blobs` Gaussian blobs of width `sigma` with random signs
 * and centres inside the disk of radius 0.55 min(H, W) / 2, so rotations keep them in view.
 */
export function gaussianBlobImage(
  seed: number,
  C: number,
  H: number,
  W: number,
  blobs = 4,
  sigma = Math.min(H, W) / 10,
): Float32Array {
  const uniform = mulberry32(seed);
  const out = new Float32Array(C * H * W);
  const reach = 0.55 * (Math.min(H, W) / 2);
  for (let c = 0; c < C; c++) {
    for (let k = 0; k < blobs; k++) {
      const radius = reach * Math.sqrt(uniform());
      const phi = 2 * Math.PI * uniform();
      const amplitude = uniform() < 0.5 ? -1 : 1;
      addBlob(out, c * H * W, H, W, radius * Math.cos(phi), radius * Math.sin(phi), sigma, amplitude);
    }
  }
  return out;
}

/** Adds amplitude * exp(-|p - centre|^2 / (2 sigma^2)) to one H x W plane (y up, centred). */
function addBlob(
  out: Float32Array,
  offset: number,
  H: number,
  W: number,
  cx: number,
  cy: number,
  sigma: number,
  amplitude: number,
): void {
  for (let i = 0; i < H; i++) {
    for (let j = 0; j < W; j++) {
      const dx = j - (W - 1) / 2 - cx;
      const dy = (H - 1) / 2 - i - cy;
      out[offset + i * W + j] += amplitude * Math.exp(-(dx * dx + dy * dy) / (2 * sigma * sigma));
    }
  }
}

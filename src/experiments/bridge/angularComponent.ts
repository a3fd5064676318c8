// The bridge from lifting to harmonic networks, on the host in float64. Lifting f with psi over C_N
// gives F(x, theta_j) = [f * L_{theta_j} psi](x), theta_j = 2 pi j / N (Cohen & Welling 2016). Its
// Fourier coefficient along the orientation axis,
//   F^_m(x) = (1/N) sum_j F(x, theta_j) e^{+i m theta_j},
// is, by linearity, f * psi_m with psi_m = (1/N) sum_j e^{i m theta_j} L_{theta_j} psi. Writing
// psi(r, phi) = sum_n c_n(r) e^{i n phi} and (L_theta psi)(r, phi) = psi(r, phi - theta), the sum keeps
// the orders n = m (mod N): psi_m = sum_k c_{m+kN}(r) e^{i(m+kN)phi}. As N grows only n = m is left,
// the circular harmonic W_m(r, phi) = c_m(r) e^{i m phi} of Worrall et al. (2017), with the complex
// radial profile c_m(r) = (1/2 pi) int psi(r, phi) e^{-i m phi} dphi. So f * W_m is the N -> infinity limit
// of F^_m: a harmonic network does the lifting implicitly.
// psi between its pixels is the engine's own interpolant (Keys bicubic, disk mask), so that the only
// difference left between F^_m and f * W_m at finite N is the aliasing of orders m + kN, k != 0.

/** A complex K x K kernel, real and imaginary parts row-major, row 0 at the top. */
export interface ComplexKernel {
  K: number;
  re: Float64Array;
  im: Float64Array;
}

/** Keys cubic convolution weight, a = -0.5 (R. Keys, IEEE Trans. ASSP 29(6), 1981). */
function keys(d: number): number {
  const t = Math.abs(d);
  if (t <= 1) return 1.5 * t * t * t - 2.5 * t * t + 1;
  if (t < 2) return -0.5 * (t * t * t - 5 * t * t + 8 * t - 4);
  return 0;
}

/** psi between its samples at the plane point (x, y) (y up, origin at the centre cell); 0 off the grid. */
export function bicubicAt(psi: ArrayLike<number>, K: number, x: number, y: number): number {
  const c = (K - 1) / 2;
  const col = x + c;
  const row = c - y;
  const c0 = Math.floor(col);
  const r0 = Math.floor(row);
  let sum = 0;
  for (let a = -1; a <= 2; a++) {
    const r = r0 + a;
    if (r < 0 || r >= K) continue;
    const wr = keys(row - r);
    if (wr === 0) continue;
    for (let b = -1; b <= 2; b++) {
      const cc = c0 + b;
      if (cc >= 0 && cc < K) sum += wr * keys(col - cc) * psi[r * K + cc];
    }
  }
  return sum;
}

/** Whether the cell at (x, y) is kept by the disk mask of radius K / 2. */
const inDisk = (x: number, y: number, K: number) => x * x + y * y <= (K * K) / 4;

/**
 * psi_m = (1/M) sum_k e^{i m theta_k} L_{theta_k} psi, theta_k = 2 pi k / M, on the K x K cells, with
 * L_theta psi read from the interpolant at R_theta^{-1} p and disk-masked. For M = N it is the kernel
 * of the lifted map's m-th orientation coefficient; for large M it tends to W_m = c_m(r) e^{i m phi}.
 */
export function orientationAverage(psi: ArrayLike<number>, K: number, m: number, M: number): ComplexKernel {
  const re = new Float64Array(K * K);
  const im = new Float64Array(K * K);
  const c = (K - 1) / 2;
  for (let k = 0; k < M; k++) {
    const theta = (2 * Math.PI * k) / M;
    const [cos, sin] = [Math.cos(theta), Math.sin(theta)];
    const [wr, wi] = [Math.cos(m * theta) / M, Math.sin(m * theta) / M];
    for (let a = 0; a < K; a++) {
      for (let b = 0; b < K; b++) {
        const [x, y] = [b - c, c - a];
        if (!inDisk(x, y, K)) continue;
        // R_theta^{-1} (x, y) = (cos x + sin y, -sin x + cos y)
        const v = bicubicAt(psi, K, cos * x + sin * y, -sin * x + cos * y);
        re[a * K + b] += wr * v;
        im[a * K + b] += wi * v;
      }
    }
  }
  return { K, re, im };
}

/** Angles used for the reference W_m: far more than any N, so aliases sit at orders beyond 500. */
export const REFERENCE_ANGLES = 512;

/** W_m(r, phi) = c_m(r) e^{i m phi}: psi's angular Fourier component of order m, sampled on the cells. */
export function angularComponent(psi: ArrayLike<number>, K: number, m: number): ComplexKernel {
  return orientationAverage(psi, K, m, REFERENCE_ANGLES);
}

/** sum over the cells of |kernel|^2 (its energy). */
export function kernelEnergy(w: ComplexKernel): number {
  let s = 0;
  for (let i = 0; i < w.re.length; i++) s += w.re[i] ** 2 + w.im[i] ** 2;
  return s;
}

/** [f * w](i, j) = sum_d f(x + d) w(d) at one pixel (zero padding), as the engine correlates: [re, im]. */
export function correlateAt(
  f: ArrayLike<number>,
  S: number,
  w: ComplexKernel,
  i: number,
  j: number,
): [number, number] {
  const { K } = w;
  const r = (K - 1) / 2;
  let [re, im] = [0, 0];
  for (let a = 0; a < K; a++) {
    const y = i + a - r;
    if (y < 0 || y >= S) continue;
    for (let b = 0; b < K; b++) {
      const x = j + b - r;
      if (x < 0 || x >= S) continue;
      const v = f[y * S + x];
      re += v * w.re[a * K + b];
      im += v * w.im[a * K + b];
    }
  }
  return [re, im];
}

/** F^_m = (1/N) sum_j F_j e^{+i m 2 pi j / N} of N values along the orientation axis: [re, im]. */
export function orientationCoefficient(values: ArrayLike<number>, m: number): [number, number] {
  const N = values.length;
  let [re, im] = [0, 0];
  for (let j = 0; j < N; j++) {
    const t = (2 * Math.PI * m * j) / N;
    re += values[j] * Math.cos(t);
    im += values[j] * Math.sin(t);
  }
  return [re / N, im / N];
}

/** The orders n in [-limit, limit] with n = m (mod N): those the m-th coefficient over C_N mixes. */
export function aliasedOrders(m: number, N: number, limit: number): number[] {
  const out: number[] = [];
  for (let n = -limit; n <= limit; n++) if ((((n - m) % N) + N) % N === 0) out.push(n);
  return out;
}

// The orientation axis of a lifting to C_N sampled inside SE(2): orientations phi_j = 2 pi j / N. A
// rotation by any theta shifts a lifted map along that axis by s = theta N / (2 pi) samples,
// (L_theta F)(x, phi) = F(R_theta^-1 x, phi - theta) (Bekkers' lecture notes: lifting correlations on SE(2)),
// which is a whole number of planes only when theta is on the grid. These are the two honest ways
// to read the shifted axis between samples, as N x N mixing matrices over the planes:
// the nearest sample (error of order the gap, at most 180/N degrees) and linear interpolation
// between the two neighbours (error of order the gap squared). Pure numbers, no engine.

const TAU = 2 * Math.PI;
const mod = (a: number, n: number): number => ((a % n) + n) % n;

/** The spacing 2 pi / N of N sampled orientations (radians). */
export const orientationStep = (N: number): number => TAU / N;

/** The largest angle between any rotation and its nearest sampled orientation: pi / N (half a step). */
export const largestGap = (N: number): number => Math.PI / N;

/**
 * theta in units of the orientation step, split as s = k + a with k a whole number of planes
 * (0 <= k < N) and 0 <= a < 1 the fraction of a step left over.
 */
export function orientationShift(theta: number, N: number): { k: number; a: number } {
  const s = mod(theta / orientationStep(N), N);
  // Angles within 1e-9 of a sample count as on it (as the engine snaps quarter turns).
  const k = Math.round(s);
  if (Math.abs(s - k) < 1e-9) return { k: mod(k, N), a: 0 };
  const k0 = Math.floor(s);
  return { k: k0, a: s - k0 };
}

/** The sampled orientation nearest to theta: its index k and the gap |theta - 2 pi k / N| (radians). */
export function nearestOrientation(theta: number, N: number): { k: number; gap: number } {
  const { k, a } = orientationShift(theta, N);
  const up = a > 0.5;
  return { k: mod(k + (up ? 1 : 0), N), gap: (up ? 1 - a : a) * orientationStep(N) };
}

/**
 * Weights [N, N] (row j: output plane j, column i: input plane i) that shift a lifted map's
 * orientation axis by theta, reading plane j - s as the nearest sample: a permutation matrix.
 */
export function nearestMixing(theta: number, N: number): Float32Array {
  const { k } = nearestOrientation(theta, N);
  const w = new Float32Array(N * N);
  for (let j = 0; j < N; j++) w[j * N + mod(j - k, N)] = 1;
  return w;
}

/**
 * Weights [N, N] that read plane j - s by linear interpolation along the (periodic) orientation
 * axis: (1 - a) F_{j-k} + a F_{j-k-1} with s = k + a. On the grid (a = 0) the nearest-sample shift.
 */
export function linearMixing(theta: number, N: number): Float32Array {
  const { k, a } = orientationShift(theta, N);
  const w = new Float32Array(N * N);
  for (let j = 0; j < N; j++) {
    w[j * N + mod(j - k, N)] += 1 - a;
    if (a > 0) w[j * N + mod(j - k - 1, N)] += a;
  }
  return w;
}

// The plane warm-up: the gradient of a smoothed drawing is a type-1 field. Rotating the input by θ
// moves each arrow to R_θ y and turns it by R_θ: ∇(f∘R_θ^{-1})(R_θ y) = R_θ ∇f(y).
//
// The drawing becomes a smooth function by putting an isotropic Gaussian on every inked pixel,
// f(x) = Σ_k I_k exp(−|x − p_k|² / 2s²). Rotating the input rotates the blob centres, so the rotated
// input is represented exactly (no interpolation) and the identity above holds to round-off.

export type Vec2 = [number, number];

/** A drawing as weighted blob centres in [-1, 1]² (x right, y up). */
export interface Blobs {
  centres: Vec2[];
  weights: number[];
}

export const SMOOTHING = 0.1; // blob width s, in units of half the picture side

/** Pixels of a size x size image (row 0 at the top) with ink above `threshold` become blobs. */
export function imageToBlobs(pixels: ArrayLike<number>, size: number, threshold = 0.02): Blobs {
  const centres: Vec2[] = [];
  const weights: number[] = [];
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      const v = pixels[row * size + col];
      if (v <= threshold) continue;
      centres.push([((col + 0.5) / size) * 2 - 1, 1 - ((row + 0.5) / size) * 2]);
      weights.push(v);
    }
  }
  return { centres, weights };
}

export const rotate2 = (t: number, p: Vec2): Vec2 => [
  Math.cos(t) * p[0] - Math.sin(t) * p[1],
  Math.sin(t) * p[0] + Math.cos(t) * p[1],
];

export const rotateBlobs = (b: Blobs, t: number): Blobs => ({
  centres: b.centres.map((c) => rotate2(t, c)),
  weights: b.weights,
});

/** ∇f(x) = Σ_k I_k G(x − p_k) (p_k − x) / s², with G the unnormalised Gaussian of width s. */
export function gradientAt(b: Blobs, x: Vec2, s = SMOOTHING): Vec2 {
  let gx = 0;
  let gy = 0;
  // Beyond 9s a blob adds less than e^-40 of its peak: even if rounding flips the test, the change is round-off.
  const cutoff = (9 * s) ** 2;
  for (let k = 0; k < b.centres.length; k++) {
    const dx = b.centres[k][0] - x[0];
    const dy = b.centres[k][1] - x[1];
    const d2 = dx * dx + dy * dy;
    if (d2 > cutoff) continue;
    const w = (b.weights[k] * Math.exp(-d2 / (2 * s * s))) / (s * s);
    gx += w * dx;
    gy += w * dy;
  }
  return [gx, gy];
}

/** Arrow positions: a square grid of n x n points in [-0.9, 0.9]², kept inside the disc of radius 0.9 so turning never moves one out. */
export function arrowGrid(n: number): Vec2[] {
  const out: Vec2[] = [];
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      const p: Vec2 = [-0.9 + (1.8 * j) / (n - 1), 0.9 - (1.8 * i) / (n - 1)];
      if (Math.hypot(p[0], p[1]) <= 0.9) out.push(p);
    }
  return out;
}

export interface FieldComparison {
  /** The layer's output on the rotated input, at the moved positions R y. */
  onRotated: Vec2[];
  /** The original output carried along correctly: R ∇f(y) at R y. */
  transported: Vec2[];
  /** Positions moved, arrows not turned: ∇f(y) at R y. */
  positionsOnly: Vec2[];
  /** max_y |∇f_θ(R y) − R ∇f(y)| / max_y |∇f(y)|. */
  errorTransported: number;
  /** max_y |∇f_θ(R y) − ∇f(y)| / max_y |∇f(y)|. */
  errorPositionsOnly: number;
}

export function compareFields(blobs: Blobs, grid: readonly Vec2[], theta: number): FieldComparison {
  const original = grid.map((y) => gradientAt(blobs, y));
  const turnedInput = rotateBlobs(blobs, theta);
  const onRotated = grid.map((y) => gradientAt(turnedInput, rotate2(theta, y)));
  const transported = original.map((g) => rotate2(theta, g));
  const scale = Math.max(1e-300, ...original.map((g) => Math.hypot(g[0], g[1])));
  const worst = (other: readonly Vec2[]) =>
    Math.max(0, ...onRotated.map((g, i) => Math.hypot(g[0] - other[i][0], g[1] - other[i][1]))) / scale;
  return {
    onRotated,
    transported,
    positionsOnly: original,
    errorTransported: worst(transported),
    errorPositionsOnly: worst(original),
  };
}

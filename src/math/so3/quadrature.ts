// Quadrature rules on the unit sphere S^2, for projecting sampled functions onto spherical harmonics.
//   - Gauss-Legendre in z = cos θ times 2n equally spaced φ: exact for polynomials of degree < 2n.
//   - The Driscoll-Healy equiangular 2b x 2b grid (Driscoll & Healy 1994): exact coefficients for
//     every function of bandwidth b (degrees l < b).

export interface SphereRule {
  /** Unit vectors (x, y, z). */
  points: [number, number, number][];
  /** Weights summing to 4π (the area of S^2). */
  weights: number[];
}

/** Gauss-Legendre nodes and weights on [-1, 1] (Newton's method on P_n from its three-term recurrence). */
export function gaussLegendre(n: number): { nodes: number[]; weights: number[] } {
  const nodes: number[] = [];
  const weights: number[] = [];
  for (let i = 0; i < n; i++) {
    let x = Math.cos((Math.PI * (i + 0.75)) / (n + 0.5));
    let dp = 1;
    for (let iter = 0; iter < 100; iter++) {
      let p0 = 1;
      let p1 = x;
      for (let k = 2; k <= n; k++) [p0, p1] = [p1, ((2 * k - 1) * x * p1 - (k - 1) * p0) / k];
      dp = (n * (x * p1 - p0)) / (x * x - 1);
      const step = p1 / dp;
      x -= step;
      if (Math.abs(step) < 1e-16) break;
    }
    nodes.push(x);
    weights.push(2 / ((1 - x * x) * dp * dp));
  }
  return { nodes, weights };
}

/** The unit vector at polar angle θ (from +z) and azimuth φ (from +x towards +y). */
export function sphericalToCartesian(theta: number, phi: number): [number, number, number] {
  const s = Math.sin(theta);
  return [s * Math.cos(phi), s * Math.sin(phi), Math.cos(theta)];
}

/** Product rule with n Gauss-Legendre nodes in z and 2n angles in φ. */
export function gaussLegendreSphere(n: number): SphereRule {
  const gl = gaussLegendre(n);
  const points: [number, number, number][] = [];
  const weights: number[] = [];
  gl.nodes.forEach((z, i) => {
    for (let j = 0; j < 2 * n; j++) {
      points.push(sphericalToCartesian(Math.acos(z), (Math.PI * j) / n));
      weights.push((gl.weights[i] * Math.PI) / n);
    }
  });
  return { points, weights };
}

/**
 * Driscoll-Healy weights for θ_j = π(2j+1)/(4b), j = 0..2b-1:
 *   w_j = (2/b) sin θ_j Σ_{k<b} sin((2k+1) θ_j) / (2k+1),
 * which integrate g(θ) sin θ over [0, π] exactly for g a polynomial in cos θ of degree < 2b.
 */
export function driscollHealyWeights(b: number): number[] {
  return Array.from({ length: 2 * b }, (_, j) => {
    const theta = (Math.PI * (2 * j + 1)) / (4 * b);
    let sum = 0;
    for (let k = 0; k < b; k++) sum += Math.sin((2 * k + 1) * theta) / (2 * k + 1);
    return (2 / b) * Math.sin(theta) * sum;
  });
}

/** The 2b x 2b equiangular grid: θ_j = π(2j+1)/(4b), φ_k = πk/b, with weights w_j · π/b (sum 4π). */
export function driscollHealyGrid(b: number): SphereRule {
  const w = driscollHealyWeights(b);
  const points: [number, number, number][] = [];
  const weights: number[] = [];
  for (let j = 0; j < 2 * b; j++) {
    const theta = (Math.PI * (2 * j + 1)) / (4 * b);
    for (let k = 0; k < 2 * b; k++) {
      points.push(sphericalToCartesian(theta, (Math.PI * k) / b));
      weights.push((w[j] * Math.PI) / b);
    }
  }
  return { points, weights };
}

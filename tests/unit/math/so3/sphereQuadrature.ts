// Product quadrature on the unit sphere for the orthonormality tests: Gauss-Legendre in z = cos θ times
// equally spaced φ. With n nodes in z and 2n in φ it integrates every polynomial of degree < 2n exactly.

/** Gauss-Legendre nodes and weights on [-1, 1] (Newton iteration on P_n from the three-term recurrence). */
export function gaussLegendre(n: number): { nodes: number[]; weights: number[] } {
  const nodes: number[] = [],
    weights: number[] = [];
  for (let i = 0; i < n; i++) {
    let x = Math.cos((Math.PI * (i + 0.75)) / (n + 0.5));
    let dp = 0;
    for (let iter = 0; iter < 100; iter++) {
      let p0 = 1,
        p1 = x;
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

/** Points and weights (summing to 4π) of the product rule with n Gauss-Legendre nodes in z and 2n angles φ. */
export function sphereQuadrature(n: number): { points: number[][]; weights: number[] } {
  const { nodes, weights: w } = gaussLegendre(n);
  const points: number[][] = [],
    weights: number[] = [];
  for (let i = 0; i < n; i++) {
    const z = nodes[i],
      rho = Math.sqrt(1 - z * z);
    for (let j = 0; j < 2 * n; j++) {
      const phi = (Math.PI * j) / n;
      points.push([rho * Math.cos(phi), rho * Math.sin(phi), z]);
      weights.push((w[i] * Math.PI) / n);
    }
  }
  return { points, weights };
}

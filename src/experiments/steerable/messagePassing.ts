// One layer of steerable message passing on a point cloud (Bekkers' lecture notes, "Steerable (anisotropic) G-CNNs"),
// with fixed weights, beside an invariant layer that only sees distances ("isotropic point convolutions").
//
// Input features are type-0: a one-hot code of each atom's element. The steerable message from j to i is
//   m_ij^(l) = Σ_t W_lt φ_l(|r_ij|) (f_j[t] ⊗_cg Y^(l)(r_ij))^(l),  r_ij = x_j − x_i,  l = 0, 1, 2,
// aggregated by sum, h_i^(l) = Σ_j m_ij^(l). The update reads out one scalar and one vector per node with
// CG products of the aggregated blocks (all equivariant):
//   s_i = h^(0) + a (h^(1) ⊗_cg h^(1))^(0) + b (h^(2) ⊗_cg h^(2))^(0),   v_i = h^(1) + c (h^(2) ⊗_cg h^(1))^(1).
import type { Matrix } from '../../math/linalg';
import { matvec } from '../../math/linalg';
import { cgTensorProduct, realSphericalHarmonicsUpTo } from '../../math/so3';
import { ELEMENTS, type Atom } from './cloudPresets';

export const CUTOFF = 3; // Å: neighbours farther away send no message

/** Fixed weights W[l][element] of the steerable layer, W0[element] of the invariant one, and the update's a, b, c. */
export const WEIGHTS = {
  steerable: [
    [0.5, 0.9, 1.4],
    [0.8, -0.6, 1.2],
    [0.7, 0.9, -1.0],
  ],
  invariant: [0.5, 0.9, 1.4],
  update: { a: -0.8, b: 0.6, c: 0.9 },
} as const;
const W = WEIGHTS.steerable;
const W_INVARIANT = WEIGHTS.invariant;
const UPDATE = WEIGHTS.update;
/** Centres (Å) of the Gaussian radial profiles of each degree. */
const RADIAL_CENTRE = [1.0, 1.2, 1.5];

/** A smooth cutoff, 1 at d = 0 falling to 0 at the cutoff radius: (cos(π d / r_c) + 1) / 2. */
const cutoff = (d: number) => (d < CUTOFF ? 0.5 * (Math.cos((Math.PI * d) / CUTOFF) + 1) : 0);

/** φ_l(d) = exp(−(d − μ_l)² / 0.5) times the cutoff. */
export const radial = (l: number, d: number) => Math.exp(-((d - RADIAL_CENTRE[l]) ** 2) / 0.5) * cutoff(d);

const oneHot = (a: Atom) => ELEMENTS.map((e) => (e === a.element ? 1 : 0));

export interface NodeOutput {
  scalar: number;
  /** The type-1 output as an ordinary (x, y, z) vector. */
  vector: [number, number, number];
}

/** The aggregated blocks h_i^(0), h_i^(1), h_i^(2) of every node. */
export function aggregateMessages(atoms: readonly Atom[]): number[][][] {
  return atoms.map((ai, i) => {
    const h = [0, 1, 2].map((l) => new Array<number>(2 * l + 1).fill(0));
    atoms.forEach((aj, j) => {
      const r = [0, 1, 2].map((k) => aj.position[k] - ai.position[k]);
      const d = Math.hypot(r[0], r[1], r[2]);
      if (j === i || d >= CUTOFF || d === 0) return;
      const y = realSphericalHarmonicsUpTo(2, r);
      const f = oneHot(aj);
      for (let l = 0; l <= 2; l++) {
        const weight = radial(l, d) * W[l].reduce((s, w, t) => s + w * f[t], 0);
        // Type-0 feature ⊗_cg Y^(l): the only output block has type l.
        const [block] = cgTensorProduct(0, [weight], l, y[l]);
        block.components.forEach((x, m) => (h[l][m] += x));
      }
    });
    return h;
  });
}

/** The steerable layer: per node one invariant scalar and one vector (header formulas). */
export function steerableLayer(atoms: readonly Atom[]): NodeOutput[] {
  return aggregateMessages(atoms).map(([h0, h1, h2]) => {
    const scalar =
      h0[0] +
      UPDATE.a * cgTensorProduct(1, h1, 1, h1)[0].components[0] +
      UPDATE.b * cgTensorProduct(2, h2, 2, h2)[0].components[0];
    const mixed = cgTensorProduct(2, h2, 1, h1).find((b) => b.l === 1)!.components;
    const v = h1.map((x, k) => x + UPDATE.c * mixed[k]);
    // Real-harmonic order (y, z, x) back to (x, y, z).
    return { scalar, vector: [v[2], v[0], v[1]] };
  });
}

/** The invariant layer: s_i = Σ_j Σ_t W0_t φ_0(|x_j − x_i|) f_j[t]. Distances only, so scalars only. */
export function invariantLayer(atoms: readonly Atom[]): number[] {
  return atoms.map((ai, i) =>
    atoms.reduce((s, aj, j) => {
      const d = Math.hypot(
        aj.position[0] - ai.position[0],
        aj.position[1] - ai.position[1],
        aj.position[2] - ai.position[2],
      );
      if (j === i || d >= CUTOFF) return s;
      return s + radial(0, d) * W_INVARIANT.reduce((t, w, k) => t + w * oneHot(aj)[k], 0);
    }, 0),
  );
}

export const rotateCloud = (atoms: readonly Atom[], r: Matrix): Atom[] =>
  atoms.map((a) => ({
    element: a.element,
    position: matvec(r, [...a.position]) as [number, number, number],
  }));

export interface CloudEquivariance {
  /** max_i |s_i(Rx) − s_i(x)| for the steerable layer. */
  scalarChange: number;
  /** max_i |v_i(Rx) − R v_i(x)|. */
  vectorError: number;
  /** max_i |s_i(Rx) − s_i(x)| for the invariant layer. */
  invariantChange: number;
}

/** Run both layers on the cloud and on its rotated copy and compare. */
export function cloudEquivariance(atoms: readonly Atom[], r: Matrix): CloudEquivariance {
  const rotated = rotateCloud(atoms, r);
  const [a, b] = [steerableLayer(atoms), steerableLayer(rotated)];
  const [ia, ib] = [invariantLayer(atoms), invariantLayer(rotated)];
  const maxOver = (f: (i: number) => number) => Math.max(0, ...atoms.map((_, i) => f(i)));
  return {
    scalarChange: maxOver((i) => Math.abs(b[i].scalar - a[i].scalar)),
    vectorError: maxOver((i) => {
      const rv = matvec(r, a[i].vector);
      return Math.hypot(b[i].vector[0] - rv[0], b[i].vector[1] - rv[1], b[i].vector[2] - rv[2]);
    }),
    invariantChange: maxOver((i) => Math.abs(ib[i] - ia[i])),
  };
}

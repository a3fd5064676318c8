// The group Fourier transform over a finite group (Worrall et al. 2017):
//   f̂(ρ) = Σ_a f(a) ρ(a),   (f * g)(a) = Σ_b f(a b^-1) g(b),   (f * g)^(ρ) = f̂(ρ) ĝ(ρ),
//   f(a) = (1/|G|) Σ_ρ d_ρ Tr(ρ(a^-1) f̂(ρ))  over the complex irreps ρ.
// Functions on G are arrays indexed by element: f[a] = f(a).

import { add, complexAdd, matmul, scale, trace, zeros } from '../linalg';
import type { ComplexMatrix, Matrix } from '../linalg';
import type { FiniteGroup } from './group';
import type { FiniteIrrep, ComplexIrrep } from './irreps';
import type { ComplexRepresentation, Representation } from './representations';

/** f̂(ρ) = Σ_a f(a) ρ(a) for a real representation. */
export function groupFourierTransform(f: ArrayLike<number>, rep: Representation): Matrix {
  let out = zeros(rep.dim);
  for (let a = 0; a < rep.group.order; a++) if (f[a] !== 0) out = add(out, scale(rep.rho(a), f[a]));
  return out;
}

/** f̂(ρ) = Σ_a f(a) ρ(a) for a complex representation (f real). */
export function complexGroupFourierTransform(
  f: ArrayLike<number>,
  rep: ComplexRepresentation,
): ComplexMatrix {
  let out: ComplexMatrix = { re: zeros(rep.dim), im: zeros(rep.dim) };
  for (let a = 0; a < rep.group.order; a++) {
    const r = rep.rho(a);
    out = complexAdd(out, { re: scale(r.re, f[a]), im: scale(r.im, f[a]) });
  }
  return out;
}

/** (f * g)(a) = Σ_b f(a b^-1) g(b). */
export function groupConvolution(group: FiniteGroup, f: ArrayLike<number>, g: ArrayLike<number>): number[] {
  const out = new Array<number>(group.order).fill(0);
  for (let a = 0; a < group.order; a++)
    for (let b = 0; b < group.order; b++) out[a] += f[group.compose(a, group.inverse(b))] * g[b];
  return out;
}

/** f(a) = (1/|G|) Σ_ρ d_ρ Tr(ρ(a^-1) f̂(ρ)) over all complex irreps; returns real and imaginary parts. */
export function inverseGroupFourierTransform(
  group: FiniteGroup,
  irreps: readonly ComplexIrrep[],
  coefficients: readonly ComplexMatrix[],
): { re: number[]; im: number[] } {
  const re = new Array<number>(group.order).fill(0);
  const im = new Array<number>(group.order).fill(0);
  for (let a = 0; a < group.order; a++) {
    const aInv = group.inverse(a);
    irreps.forEach((psi, i) => {
      const r = psi.rho(aInv);
      const c = coefficients[i];
      // Tr(XY) = Σ_jk X_jk Y_kj, taken in real and imaginary parts.
      re[a] += (psi.dim * (trace(matmul(r.re, c.re)) - trace(matmul(r.im, c.im)))) / group.order;
      im[a] += (psi.dim * (trace(matmul(r.re, c.im)) + trace(matmul(r.im, c.re)))) / group.order;
    });
  }
  return { re, im };
}

/**
 * Weight of a real irrep in the real inverse transform: d_ψ / dim End(ψ), i.e. d_ψ for real type
 * and d_ψ / 2 = 1 for a 2x2 block of C_N of complex type, because Tr(ψ_m(a^-1) f̂(ψ_m)) already equals
 * the sum of the two complex terms χ_m(a^-1) f̂(χ_m) + χ_-m(a^-1) f̂(χ_-m).
 */
export function realInverseWeight(irrep: FiniteIrrep): number {
  return irrep.type === 'real' ? irrep.dim : irrep.dim / 2;
}

/** f(a) = (1/|G|) Σ_ψ w_ψ Tr(ψ(a^-1) f̂(ψ)) over all real irreps ψ, w_ψ = realInverseWeight(ψ). */
export function realInverseGroupFourierTransform(
  group: FiniteGroup,
  irreps: readonly FiniteIrrep[],
  coefficients: readonly Matrix[],
): number[] {
  return Array.from({ length: group.order }, (_, a) => {
    const aInv = group.inverse(a);
    const sum = irreps.reduce(
      (s, psi, i) => s + realInverseWeight(psi) * trace(matmul(psi.rho(aInv), coefficients[i])),
      0,
    );
    return sum / group.order;
  });
}

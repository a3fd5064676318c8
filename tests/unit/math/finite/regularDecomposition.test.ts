// The regular representation as a direct sum of irreps: Q^T ρ_reg(g) Q = ⊕ ψ(g) with Q orthogonal
// (real), and Q^* ρ_reg(g) Q = ⊕ χ(g) with Q unitary (complex). Tolerance: 1e-9 (float64).
import { describe, expect, it } from 'vitest';
import {
  blockDiagonalAt,
  complexRegularDecomposition,
  cyclicGroup,
  irrepMultiplicity,
  planarComplexIrreps,
  planarRealIrreps,
  regularDecomposition,
  regularMultiplicity,
  regularRepresentation,
} from '../../../../src/math/finite';
import {
  complexFromReal,
  complexMatmul,
  complexMaxAbsDiff,
  conjugateTranspose,
  directSum,
  identity,
  matmul,
  maxAbsDiff,
  transpose,
} from '../../../../src/math/linalg';
import { ALL_PLANAR, TOL } from './helpers';

const cases = ALL_PLANAR.map((g) => [g.name, g] as const);

describe.each(cases)('%s: real decomposition of the regular representation', (_, g) => {
  const { Q, blocks } = regularDecomposition(g);
  const reg = regularRepresentation(g);
  it('Q is orthogonal', () => {
    expect(maxAbsDiff(matmul(transpose(Q), Q), identity(g.order))).toBeLessThan(TOL);
  });
  it('Q^T ρ_reg(g) Q is block diagonal with the irreps, for every g', () => {
    let err = 0;
    for (let a = 0; a < g.order; a++)
      err = Math.max(
        err,
        maxAbsDiff(matmul(matmul(transpose(Q), reg.rho(a)), Q), blockDiagonalAt(blocks, a)),
      );
    expect(err).toBeLessThan(TOL);
  });
  it('real type irreps appear d times, complex type 2x2 blocks once', () => {
    for (const psi of planarRealIrreps(g)) {
      const count = blocks.filter((b) => b.id === psi.id).length;
      expect(count).toBe(psi.type === 'real' ? psi.dim : 1);
      expect(regularMultiplicity(psi)).toBe(count);
    }
  });
});

describe.each(cases)('%s: complex decomposition', (_, g) => {
  const { Q, blocks } = complexRegularDecomposition(g);
  const reg = regularRepresentation(g);
  it('Q is unitary and Q^* ρ_reg(g) Q = ⊕ ψ(g)', () => {
    const qs = conjugateTranspose(Q);
    expect(complexMaxAbsDiff(complexMatmul(qs, Q), complexFromReal(identity(g.order)))).toBeLessThan(TOL);
    for (let a = 0; a < g.order; a++) {
      const lhs = complexMatmul(complexMatmul(qs, complexFromReal(reg.rho(a))), Q);
      const mats = blocks.map((b) => b.rho(a));
      const rhs = { re: directSum(mats.map((m) => m.re)), im: directSum(mats.map((m) => m.im)) };
      expect(complexMaxAbsDiff(lhs, rhs)).toBeLessThan(TOL);
    }
  });
  it('each complex irrep occurs d_ψ times, and its character multiplicity says the same', () => {
    for (const psi of planarComplexIrreps(g)) {
      expect(blocks.filter((b) => b.id === psi.id).length).toBe(psi.dim);
      expect(Math.abs(irrepMultiplicity(reg, psi) - psi.dim)).toBeLessThan(TOL);
    }
  });
});

describe('C4 against the discrete Fourier basis written by hand', () => {
  it('real Q columns: constant, alternating, cos and sin of frequency 1, all normalised', () => {
    const { Q } = regularDecomposition(cyclicGroup(4));
    const h = 0.5;
    const s = Math.SQRT1_2;
    const expected = [
      [h, h, s, 0],
      [h, -h, 0, s],
      [h, h, -s, 0],
      [h, -h, 0, -s],
    ];
    expect(maxAbsDiff(Q, expected)).toBeLessThan(TOL);
  });
});

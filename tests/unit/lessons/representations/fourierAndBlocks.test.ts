// Convolution through the Fourier domain against independent references: circular convolution
// for C_N, and for D_N a convolution whose group law comes from multiplying 2x2 matrices; the
// Fourier basis makes every ρ_reg(g) block diagonal, while ρ_reg(g) itself is not.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  cyclicGroup,
  dihedralGroup,
  planarElementMatrix,
  regularDecomposition,
  regularRepresentation,
  type PlanarGroup,
} from '../../../../src/math';
import { matmul, maxAbsDiff, transpose } from '../../../../src/math/linalg';
import { blockLayout, maxOffBlock } from '../../../../lessons/representations/blockStructure';
import { compareConvolutions, irrepEnergies } from '../../../../src/experiments/representations/fourierCheck';
import { representationChoices } from '../../../../lessons/representations/representationChoices';

const TOL = 1e-9;
const values = (n: number) =>
  fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: n, maxLength: n });

/** (f * k)(j) = Σ_i f(j - i mod N) k(i): the textbook circular convolution. */
function circularConvolution(f: number[], k: number[]): number[] {
  const n = f.length;
  return f.map((_, j) => k.reduce((s, kv, i) => s + f[(((j - i) % n) + n) % n] * kv, 0));
}

/** D_N convolution with the group law read off the faithful 2x2 matrices (N >= 3). */
function matrixLawConvolution(group: PlanarGroup, f: number[], k: number[]): number[] {
  const mats = Array.from({ length: group.order }, (_, a) => planarElementMatrix(group, a));
  const find = (m: number[][]) => mats.findIndex((x) => maxAbsDiff(x, m) < 1e-9);
  return f.map((_, a) => k.reduce((s, kv, b) => s + f[find(matmul(mats[a], transpose(mats[b])))] * kv, 0));
}

describe('convolution theorem', () => {
  test.each([1, 2, 3, 4, 5, 8])('C%i: direct = circular convolution = via Fourier', (n) => {
    fc.assert(
      fc.property(values(n), values(n), (f, k) => {
        const cmp = compareConvolutions(cyclicGroup(n), f, k);
        const ref = circularConvolution(f, k);
        cmp.direct.forEach((v, i) => expect(Math.abs(v - ref[i])).toBeLessThan(TOL));
        expect(cmp.maxDifference).toBeLessThan(TOL);
      }),
      { numRuns: 25 },
    );
  });
  test.each([3, 4, 6, 8])('D%i: direct = matrix-law convolution = via Fourier', (n) => {
    const g = dihedralGroup(n);
    fc.assert(
      fc.property(values(2 * n), values(2 * n), (f, k) => {
        const cmp = compareConvolutions(g, f, k);
        const ref = matrixLawConvolution(g, f, k);
        cmp.direct.forEach((v, i) => expect(Math.abs(v - ref[i])).toBeLessThan(TOL));
        expect(cmp.maxDifference).toBeLessThan(TOL);
      }),
      { numRuns: 20 },
    );
  });
  test('a constant function lives in the trivial irrep alone, with coefficient Σ f = |G|', () => {
    const g = dihedralGroup(5);
    const e = irrepEnergies(g, new Array(g.order).fill(1));
    expect(e[0].irrep.name).toBe('trivial');
    expect(e[0].norm).toBeCloseTo(g.order, 12);
    e.slice(1).forEach((x) => expect(x.norm).toBeLessThan(1e-12));
  });
});

describe('block structure of the regular representation', () => {
  const groups = [2, 3, 4, 5, 6, 8].flatMap((n) => [cyclicGroup(n), dihedralGroup(n)]);
  test.each(groups.map((g) => [g.name, g] as const))(
    '%s: Q^T ρ_reg(g) Q has nothing outside the blocks',
    (_, g) => {
      const { Q, blocks } = regularDecomposition(g);
      const layout = blockLayout(blocks);
      expect(layout.reduce((s, b) => s + b.size, 0)).toBe(g.order);
      const reg = regularRepresentation(g);
      for (let a = 0; a < g.order; a++) {
        expect(maxOffBlock(matmul(matmul(transpose(Q), reg.rho(a)), Q), layout)).toBeLessThan(1e-12);
        // Without the change of basis a non-identity permutation has ones off the blocks.
        if (a !== 0) expect(maxOffBlock(reg.rho(a), layout)).toBe(1);
      }
    },
  );
  test('D4: blocks are the four 1-d irreps once and the 2-d irrep twice (|G| = 4·1 + 2·2)', () => {
    const layout = blockLayout(regularDecomposition(dihedralGroup(4)).blocks);
    expect(layout.map((b) => b.size)).toEqual([1, 1, 1, 1, 2, 2]);
  });
});

describe('representation choices', () => {
  const groups = [1, 2, 3, 4, 6, 8].flatMap((n) => [cyclicGroup(n), dihedralGroup(n)]);
  test.each(groups.map((g) => [g.name, g] as const))(
    '%s: every offered ρ is a homomorphism with unique id',
    (_, g) => {
      const choices = representationChoices(g);
      expect(new Set(choices.map((c) => c.id)).size).toBe(choices.length);
      for (const { rep } of choices)
        for (let a = 0; a < g.order; a++)
          for (let b = 0; b < g.order; b++)
            expect(maxAbsDiff(matmul(rep.rho(a), rep.rho(b)), rep.rho(g.compose(a, b)))).toBeLessThan(1e-12);
    },
  );
  test('D4 offers regular, trivial, sign, 5 irreps and 2 quotients of dimension 2 and 4', () => {
    const dims = representationChoices(dihedralGroup(4)).map((c) => c.rep.dim);
    expect(dims).toEqual([8, 1, 1, 1, 1, 1, 1, 2, 2, 4]);
  });
});

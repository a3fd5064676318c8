// Irreps of C_N and D_N: Schur orthogonality, characters, counts, types, and the character tables
// of C4 and D4 written out by hand. Tolerance: 1e-9 (float64).
import { describe, expect, it } from 'vitest';
import {
  character,
  characterInnerProduct,
  characterTable,
  complexCharacter,
  cyclicGroup,
  dihedralGroup,
  dihedralIrrep,
  planarComplexIrreps,
  planarElementMatrix,
  planarRealIrreps,
} from '../../../../src/math/finite';
import type { ComplexFunction, FiniteGroup } from '../../../../src/math/finite';
import { maxAbsDiff } from '../../../../src/math/linalg';
import { ALL_PLANAR, NS, TOL } from './helpers';

const cases = ALL_PLANAR.map((g) => [g.name, g] as const);
const realChar = (g: FiniteGroup, chi: number[]): ComplexFunction => ({
  re: chi,
  im: new Array<number>(g.order).fill(0),
});

/** Class count by Burnside's lemma on the conjugation action: (1/|G|) Σ_a |centraliser(a)|. */
function classCountByBurnside(g: FiniteGroup): number {
  let fixed = 0;
  for (let a = 0; a < g.order; a++)
    for (let x = 0; x < g.order; x++) if (g.compose(x, a) === g.compose(a, x)) fixed++;
  return fixed / g.order;
}

describe.each(cases)('%s: complex irreps', (_, g) => {
  const irreps = planarComplexIrreps(g);
  it('Σ d_ρ^2 = |G| and the number of irreps is the number of conjugacy classes', () => {
    expect(irreps.reduce((s, p) => s + p.dim * p.dim, 0)).toBe(g.order);
    expect(irreps.length).toBe(classCountByBurnside(g));
  });
  it('Schur orthogonality: Σ_g ψ_ij(g) conj φ_kl(g) = |G|/d δ_ψφ δ_ik δ_jl', () => {
    const mats = irreps.map((p) => Array.from({ length: g.order }, (_, a) => p.rho(a)));
    let err = 0;
    irreps.forEach((p, u) =>
      irreps.forEach((q, v) => {
        for (let i = 0; i < p.dim; i++)
          for (let j = 0; j < p.dim; j++)
            for (let k = 0; k < q.dim; k++)
              for (let l = 0; l < q.dim; l++) {
                let re = 0;
                let im = 0;
                for (let a = 0; a < g.order; a++) {
                  const x = mats[u][a];
                  const y = mats[v][a];
                  re += x.re[i][j] * y.re[k][l] + x.im[i][j] * y.im[k][l];
                  im += x.im[i][j] * y.re[k][l] - x.re[i][j] * y.im[k][l];
                }
                const expected = u === v && i === k && j === l ? g.order / p.dim : 0;
                err = Math.max(err, Math.abs(re - expected), Math.abs(im));
              }
      }),
    );
    expect(err).toBeLessThan(TOL);
  });
  it('character orthogonality: rows ⟨χ_i, χ_j⟩ = δ_ij; columns Σ_ψ χ(a) conj χ(b) = |C(a)| [a ~ b]', () => {
    const chars = irreps.map(complexCharacter);
    chars.forEach((x, i) =>
      chars.forEach((y, j) => {
        const ip = characterInnerProduct(g, x, y);
        expect(Math.abs(ip.re - (i === j ? 1 : 0)) + Math.abs(ip.im)).toBeLessThan(TOL);
      }),
    );
    for (let a = 0; a < g.order; a++)
      for (let b = 0; b < g.order; b++) {
        let centraliser = 0;
        let conjugate = false;
        for (let x = 0; x < g.order; x++) {
          if (g.compose(x, a) === g.compose(a, x)) centraliser++;
          if (g.compose(g.compose(x, a), g.inverse(x)) === b) conjugate = true;
        }
        const re = chars.reduce((s, c) => s + c.re[a] * c.re[b] + c.im[a] * c.im[b], 0);
        const im = chars.reduce((s, c) => s + c.im[a] * c.re[b] - c.re[a] * c.im[b], 0);
        expect(Math.abs(re - (conjugate ? centraliser : 0)) + Math.abs(im)).toBeLessThan(TOL);
      }
  });
});

describe('the inner product conjugates its second argument', () => {
  it('C4: ⟨δ_r, χ_1⟩ = (1/4) conj(i) = -i/4', () => {
    const g = cyclicGroup(4);
    const chi1 = complexCharacter(planarComplexIrreps(g)[1]);
    const ip = characterInnerProduct(g, realChar(g, [0, 1, 0, 0]), chi1);
    expect(Math.abs(ip.re) + Math.abs(ip.im + 0.25)).toBeLessThan(TOL);
  });
});

describe.each(cases)('%s: real irreps and their types', (_, g) => {
  const irreps = planarRealIrreps(g);
  it('⟨χ, χ⟩ = 1 for real type, 2 for complex type; distinct irreps have orthogonal characters', () => {
    irreps.forEach((p, i) =>
      irreps.forEach((q, j) => {
        const ip = characterInnerProduct(g, realChar(g, character(p)), realChar(g, character(q))).re;
        expect(Math.abs(ip - (i === j ? (p.type === 'real' ? 1 : 2) : 0))).toBeLessThan(TOL);
      }),
    );
  });
  it('the real irreps account for the whole group: Σ d_ψ^2 / dim End(ψ) = |G|', () => {
    expect(irreps.reduce((s, p) => s + (p.dim * p.dim) / (p.type === 'real' ? 1 : 2), 0)).toBe(g.order);
  });
  it('types: D_N all real; C_N complex exactly for the 2x2 blocks', () => {
    for (const p of irreps) expect(p.type).toBe(!g.hasReflections && p.dim === 2 ? 'complex' : 'real');
  });
});

describe('Frobenius-Schur indicator (1/|G|) Σ χ(g^2): 1 for real-valued characters of C_N, 0 otherwise', () => {
  it.each(NS)('C%i', (n) => {
    const g = cyclicGroup(n);
    for (const p of planarComplexIrreps(g)) {
      const chi = complexCharacter(p);
      const ind = Array.from({ length: n }, (_, a) => chi.re[g.compose(a, a)]).reduce((s, x) => s + x, 0) / n;
      expect(Math.abs(ind - ((2 * p.frequency) % n === 0 ? 1 : 0))).toBeLessThan(TOL);
    }
  });
});

describe('character tables written out by hand', () => {
  /** The table as rows of values on the given class representatives, each row as a string. */
  function rowsOn(g: ReturnType<typeof dihedralGroup>, reps: number[]): string[] {
    const t = characterTable(g);
    const colOf = (a: number): number => t.classes.findIndex((c) => c.includes(a));
    const fmt = (re: number, im: number): string =>
      `${Math.round(re)}${Math.round(im) ? (im > 0 ? '+i' : '-i') : ''}`;
    return t.re.map((row, i) => reps.map((a) => fmt(row[colOf(a)], t.im[i][colOf(a)])).join(' ')).sort();
  }
  it('D4 on e, r^2, r, s, rs: A1, A2, B1, B2, E', () => {
    const expected = ['1 1 1 1 1', '1 1 1 -1 -1', '1 1 -1 1 -1', '1 1 -1 -1 1', '2 -2 0 0 0'].sort();
    expect(rowsOn(dihedralGroup(4), [0, 2, 1, 4, 5])).toEqual(expected);
    const t = characterTable(dihedralGroup(4));
    for (const row of t.re) for (const x of row) expect(Math.abs(x - Math.round(x))).toBeLessThan(TOL);
  });
  it('quarter turns are exact: D4 irreps hold integers, C4 characters are exactly ±1, ±i', () => {
    for (const p of planarRealIrreps(dihedralGroup(4)))
      for (let a = 0; a < 8; a++)
        for (const row of p.rho(a)) for (const x of row) expect(Number.isInteger(x)).toBe(true);
    const chi1 = complexCharacter(planarComplexIrreps(cyclicGroup(4))[1]);
    expect(chi1).toEqual({ re: [1, 0, -1, 0], im: [0, 1, 0, -1] });
  });
  it('C4 on e, r, r^2, r^3: χ_k(r^j) = i^{jk}', () => {
    const expected = ['1 1 1 1', '1 0+i -1 0-i', '1 -1 1 -1', '1 0-i -1 0+i'].sort();
    expect(rowsOn(cyclicGroup(4), [0, 1, 2, 3])).toEqual(expected);
  });
  it('D3 on e, r, s: trivial, sign, and the 2-d irrep 2, -1, 0', () => {
    expect(rowsOn(dihedralGroup(3), [0, 1, 3])).toEqual(['1 1 -1', '1 1 1', '2 -1 0']);
  });
  it.each(NS.filter((n) => n >= 3))(
    'D%i: the 2-d irrep with m = 1 is the action on the plane, R(2πk/N) diag(1, ±1)',
    (n) => {
      const g = dihedralGroup(n);
      const p = dihedralIrrep(g, 1, 1);
      for (let a = 0; a < g.order; a++)
        expect(maxAbsDiff(p.rho(a), planarElementMatrix(g, a))).toBeLessThan(TOL);
      expect(
        maxAbsDiff(p.rho(n), [
          [1, 0],
          [0, -1],
        ]),
      ).toBe(0);
    },
  );
});

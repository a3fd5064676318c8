// Representations: homomorphism ρ(gh) = ρ(g)ρ(h) over all pairs, and the constructions checked
// against closed forms. Tolerance: 1e-9 (float64).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  changeOfBasisRepresentation,
  cyclicGroup,
  dihedralGroup,
  directSumRepresentation,
  planarRealIrreps,
  quotientRepresentation,
  regularRepresentation,
  rotationSubgroup,
  signRepresentation,
  so2Irrep,
  tensorProductRepresentation,
  trivialRepresentation,
} from '../../../../src/math/finite';
import type { PlanarGroup, Representation } from '../../../../src/math/finite';
import { identity, kron, matmul, maxAbsDiff, rotation2 } from '../../../../src/math/linalg';
import { SMALL_PLANAR, TOL } from './helpers';

/** max over all pairs of |ρ(gh) - ρ(g)ρ(h)|, and |ρ(e) - I|. */
function homomorphismError(rep: Representation): number {
  const g = rep.group;
  const mats = Array.from({ length: g.order }, (_, a) => rep.rho(a));
  let err = maxAbsDiff(mats[0], identity(rep.dim));
  for (let a = 0; a < g.order; a++)
    for (let b = 0; b < g.order; b++)
      err = Math.max(err, maxAbsDiff(mats[g.compose(a, b)], matmul(mats[a], mats[b])));
  return err;
}

function allRepresentations(g: PlanarGroup): Representation[] {
  const irreps = planarRealIrreps(g);
  const reps: Representation[] = [trivialRepresentation(g), regularRepresentation(g), ...irreps];
  if (g.hasReflections || g.rotations % 2 === 0) reps.push(signRepresentation(g));
  reps.push(
    quotientRepresentation(
      g,
      rotationSubgroup(g).filter((k) => k % 2 === 0 || g.rotations % 2 === 1),
    ),
  );
  if (g.hasReflections) reps.push(quotientRepresentation(g, [0, g.rotations], 'S')); // not normal for N > 2
  reps.push(directSumRepresentation(irreps));
  reps.push(tensorProductRepresentation(irreps[irreps.length - 1], irreps[irreps.length - 1]));
  return reps;
}

describe.each(SMALL_PLANAR.map((g) => [g.name, g] as const))(
  '%s: every representation is a homomorphism',
  (_, g) => {
    it.each(allRepresentations(g).map((r) => [r.name, r] as const))('%s', (_n, rep) => {
      expect(rep.rho(0).length).toBe(rep.dim);
      expect(homomorphismError(rep)).toBeLessThan(TOL);
    });
  },
);

describe('the 32-element D16 on random pairs', () => {
  const g = dihedralGroup(16);
  it.each(allRepresentations(g).map((r) => [r.name, r] as const))('%s', (_n, rep) => {
    fc.assert(
      fc.property(
        fc.nat(31),
        fc.nat(31),
        (a, b) => maxAbsDiff(rep.rho(g.compose(a, b)), matmul(rep.rho(a), rep.rho(b))) < TOL,
      ),
      { numRuns: 50 },
    );
  });
});

describe('constructions against closed forms', () => {
  it('regular: ρ(g) e_h = e_{gh}, the permutation matrix of left multiplication', () => {
    const g = dihedralGroup(3);
    const rho = regularRepresentation(g);
    for (let a = 0; a < 6; a++)
      for (let h = 0; h < 6; h++) {
        const column = rho.rho(a).map((row) => row[h]);
        expect(column).toEqual(Array.from({ length: 6 }, (_, i) => (i === g.compose(a, h) ? 1 : 0)));
      }
  });
  it('C4 regular ρ(r) is the cyclic shift', () => {
    expect(regularRepresentation(cyclicGroup(4)).rho(1)).toEqual([
      [0, 0, 0, 1],
      [1, 0, 0, 0],
      [0, 1, 0, 0],
      [0, 0, 1, 0],
    ]);
  });
  it('quotient D4 / C4: rotations fix both cosets, reflections swap them', () => {
    const g = dihedralGroup(4);
    const q = quotientRepresentation(g, rotationSubgroup(g));
    for (let a = 0; a < 8; a++)
      expect(q.rho(a)).toEqual(
        a < 4
          ? identity(2)
          : [
              [0, 1],
              [1, 0],
            ],
      );
  });
  it('quotient C4 / C2 on the cosets {e, r^2}, {r, r^3}: r swaps them', () => {
    expect(quotientRepresentation(cyclicGroup(4), [0, 2]).rho(1)).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });
  it('sign: -1 on reflections of D_N, (-1)^k on C_N with even N; none for odd C_N', () => {
    const d5 = dihedralGroup(5);
    expect(Array.from({ length: 10 }, (_, a) => signRepresentation(d5).rho(a)[0][0])).toEqual([
      1, 1, 1, 1, 1, -1, -1, -1, -1, -1,
    ]);
    expect(Array.from({ length: 6 }, (_, a) => signRepresentation(cyclicGroup(6)).rho(a)[0][0])).toEqual([
      1, -1, 1, -1, 1, -1,
    ]);
    expect(() => signRepresentation(cyclicGroup(5))).toThrow();
  });
  it('direct sum is block diagonal and tensor product is the Kronecker product', () => {
    const g = cyclicGroup(8);
    const [, , a, b] = planarRealIrreps(g); // trivial, sign, m=1, m=2, m=3
    const sum = directSumRepresentation([a, b]).rho(3);
    expect(sum.length).toBe(4);
    expect(
      maxAbsDiff(
        sum.slice(0, 2).map((r) => r.slice(0, 2)),
        a.rho(3),
      ),
    ).toBe(0);
    expect(
      maxAbsDiff(
        sum.slice(2).map((r) => r.slice(2)),
        b.rho(3),
      ),
    ).toBe(0);
    expect(sum[0].slice(2).concat(sum[2].slice(0, 2))).toEqual([0, 0, 0, 0]);
    expect(maxAbsDiff(tensorProductRepresentation(a, b).rho(3), kron(a.rho(3), b.rho(3)))).toBe(0);
  });
  it('change of basis: Q ρ Q^-1 is again a homomorphism with the same character', () => {
    const g = dihedralGroup(5);
    const rep = directSumRepresentation(planarRealIrreps(g));
    const q = Array.from({ length: rep.dim }, (_, i) =>
      Array.from({ length: rep.dim }, (_, j) => (i === j ? 2 : 0) + Math.sin(3 * i + j)),
    );
    const changed = changeOfBasisRepresentation(rep, q);
    expect(homomorphismError(changed)).toBeLessThan(TOL);
    for (let a = 0; a < g.order; a++) {
      const tr = (m: number[][]): number => m.reduce((s, row, i) => s + row[i], 0);
      expect(Math.abs(tr(changed.rho(a)) - tr(rep.rho(a)))).toBeLessThan(TOL);
      expect(maxAbsDiff(matmul(changed.rho(a), q), matmul(q, rep.rho(a)))).toBeLessThan(TOL);
    }
  });
});

describe('SO(2) irreps', () => {
  it('so2Irrep(m)(θ) = R(mθ), a homomorphism of the circle', () => {
    const angle = fc.double({ min: -10, max: 10, noNaN: true });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 6 }), angle, angle, (m, s, t) => {
        const rho = so2Irrep(m);
        return (
          maxAbsDiff(rho(s + t), matmul(rho(s), rho(t))) < TOL &&
          maxAbsDiff(rho(2 * Math.PI), identity(rho(0).length)) < TOL
        );
      }),
      { numRuns: 50 },
    );
    expect(so2Irrep(0)(1.3)).toEqual([[1]]);
    expect(maxAbsDiff(so2Irrep(3)(0.4), rotation2(1.2))).toBeLessThan(TOL);
    expect(() => so2Irrep(-1)).toThrow();
  });
  it('restricted to θ = 2πk/N, frequency m agrees with the real irrep of C_N of frequency m', () => {
    const g = cyclicGroup(7);
    const psi = planarRealIrreps(g)[2]; // m = 2
    for (let k = 0; k < 7; k++)
      expect(maxAbsDiff(psi.rho(k), so2Irrep(2)((2 * Math.PI * k) / 7))).toBeLessThan(TOL);
  });
});

// Group axioms, matrix homomorphism and action law for every continuous (and pixel) group.
// Tolerance: 1e-9 in float64 (distances and matrix entries); the pixel groups p4, p4m must be exact.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LieGroup } from '../../../../src/math/continuous';
import { O2, P4, P4M, ScaleTranslation, SE2, SO2 } from '../../../../src/math/continuous';
import { SO3 } from '../../../../src/math/so3';
import { matmul, matvec, maxAbsDiff } from '../../../../src/math/linalg';
import { mulberry32 as seededRng } from '../../../../src/math/random';

const TOL = 1e-9;

interface Case {
  group: LieGroup<unknown>;
  dim: number;
  exact: boolean;
}

const CASES: Case[] = [
  { group: SO2 as LieGroup<unknown>, dim: 2, exact: false },
  { group: O2 as LieGroup<unknown>, dim: 2, exact: false },
  { group: SE2 as LieGroup<unknown>, dim: 2, exact: false },
  { group: ScaleTranslation as LieGroup<unknown>, dim: 2, exact: false },
  { group: SO3 as LieGroup<unknown>, dim: 3, exact: false },
  { group: P4 as LieGroup<unknown>, dim: 2, exact: true },
  { group: P4M as LieGroup<unknown>, dim: 2, exact: true },
];

/** Three random elements and a random point, drawn from one fast-check seed. */
function draw(c: Case, seed: number) {
  const rng = seededRng(seed);
  const [a, b, d] = [c.group.random(rng), c.group.random(rng), c.group.random(rng)];
  const p = Array.from({ length: c.dim }, () => (c.exact ? Math.floor(20 * rng()) - 10 : 6 * rng() - 3));
  return { a, b, d, p };
}

const seeds = fc.integer({ min: 0, max: 2 ** 31 - 1 });

describe.each(CASES)('$group.name', (c) => {
  const { group: G } = c;
  const tol = c.exact ? 0 : TOL;

  it('is associative: (a·b)·d = a·(b·d)', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const { a, b, d } = draw(c, seed);
        expect(G.distance(G.compose(G.compose(a, b), d), G.compose(a, G.compose(b, d)))).toBeLessThanOrEqual(
          tol,
        );
      }),
      { numRuns: 50 },
    );
  });

  it('has a two-sided identity and inverses', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const { a } = draw(c, seed);
        const e = G.identity();
        expect(G.distance(G.compose(e, a), a)).toBeLessThanOrEqual(tol);
        expect(G.distance(G.compose(a, e), a)).toBeLessThanOrEqual(tol);
        expect(G.distance(G.compose(a, G.inverse(a)), e)).toBeLessThanOrEqual(tol);
        expect(G.distance(G.compose(G.inverse(a), a), e)).toBeLessThanOrEqual(tol);
      }),
      { numRuns: 50 },
    );
  });

  it('composes like its matrices: M(a·b) = M(a) M(b) (an independent check of the product formula)', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const { a, b } = draw(c, seed);
        expect(
          maxAbsDiff(G.toMatrix(G.compose(a, b)), matmul(G.toMatrix(a), G.toMatrix(b))),
        ).toBeLessThanOrEqual(tol);
      }),
      { numRuns: 50 },
    );
  });

  it('acts on points: b acts first, (a·b)·p = a·(b·p), and the action is the matrix on (homogeneous) p', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const { a, b, p } = draw(c, seed);
        const lhs = G.actOnPoint(G.compose(a, b), p);
        const rhs = G.actOnPoint(a, G.actOnPoint(b, p));
        expect(maxAbsDiff([lhs], [rhs])).toBeLessThanOrEqual(tol);
        const m = G.toMatrix(a);
        const viaMatrix = matvec(m, m.length > c.dim ? [...p, 1] : p).slice(0, c.dim);
        expect(maxAbsDiff([G.actOnPoint(a, p)], [viaMatrix])).toBeLessThanOrEqual(tol);
      }),
      { numRuns: 50 },
    );
  });

  it('distance is a metric: zero exactly on equal matrices, symmetric, triangle inequality', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const { a, b, d } = draw(c, seed);
        expect(G.distance(a, a)).toBe(0);
        expect(G.distance(a, b) > 0).toBe(maxAbsDiff(G.toMatrix(a), G.toMatrix(b)) > 0);
        expect(Math.abs(G.distance(a, b) - G.distance(b, a))).toBeLessThanOrEqual(TOL);
        expect(G.distance(a, d)).toBeLessThanOrEqual(G.distance(a, b) + G.distance(b, d) + TOL);
      }),
      { numRuns: 50 },
    );
  });
});

// Actions on points, images and lifted maps. Tolerance 1e-9 (float64) for points; index maps are
// exact and compared with hand-written arrays in the engine's pixel geometry (y up, centre (S-1)/2).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  actOnPoint,
  applyIndexMap,
  cyclicGroup,
  dihedralGroup,
  finiteSemidirectActOnPoint,
  finiteSemidirectCompose,
  finiteSemidirectInverse,
  imageActionIndexMap,
  liftedActionIndexMap,
  planarElementMatrix,
  regularActionOnFunction,
} from '../../../../src/math/finite';
import type { FiniteSemidirectElement, PlanarGroup } from '../../../../src/math/finite';
import { matmul, maxAbsDiff, rotation2 } from '../../../../src/math/linalg';
import { ALL_PLANAR, TOL, maxAbsVecDiff } from './helpers';

const ramp = (n: number): number[] => Array.from({ length: n }, (_, i) => i);
const coord = fc.double({ min: -10, max: 10, noNaN: true });

describe('action on points of the plane', () => {
  it.each(ALL_PLANAR.map((g) => [g.name, g] as const))('%s: a left action, (a·b)·x = a·(b·x)', (_, g) => {
    fc.assert(
      fc.property(fc.nat(g.order - 1), fc.nat(g.order - 1), coord, coord, (a, b, x, y) => {
        const lhs = actOnPoint(g, g.compose(a, b), [x, y]);
        const rhs = actOnPoint(g, a, actOnPoint(g, b, [x, y]));
        return maxAbsVecDiff(lhs, rhs) < TOL;
      }),
      { numRuns: 30 },
    );
  });
  it.each(ALL_PLANAR.map((g) => [g.name, g] as const))(
    '%s: the matrix of r^k s^p is R(2πk/N) diag(1, (-1)^p)',
    (_, g) => {
      for (let a = 0; a < g.order; a++) {
        const s = g.reflects(a) ? -1 : 1;
        const expected = matmul(rotation2((2 * Math.PI * (a % g.rotations)) / g.rotations), [
          [1, 0],
          [0, s],
        ]);
        expect(maxAbsDiff(planarElementMatrix(g, a), expected)).toBeLessThan(TOL);
      }
    },
  );
  it('p4 and p4m rotation parts are exact integers (Cohen & Welling 2016)', () => {
    const d4 = dihedralGroup(4);
    expect(planarElementMatrix(d4, 1)).toEqual([
      [0, -1],
      [1, 0],
    ]);
    expect(actOnPoint(d4, 1, [1, 0])).toEqual([0, 1]); // r turns the x axis to the y axis
    expect(actOnPoint(d4, 4, [2, 3])).toEqual([2, -3]); // s: (x, y) -> (x, -y)
    expect(actOnPoint(d4, 5, [2, 3])).toEqual([3, 2]); // r s: reflection across y = x
  });
});

describe('regular action on functions on G', () => {
  it('C4: (L_r f)(h) = f(r^-1 h) shifts values one step forward', () => {
    expect(regularActionOnFunction(cyclicGroup(4), 1, [10, 11, 12, 13])).toEqual([13, 10, 11, 12]);
  });
  it.each(ALL_PLANAR.map((g) => [g.name, g] as const))('%s: L_a L_b f = L_ab f', (_, g) => {
    const f = ramp(g.order).map((i) => i * i + 1);
    for (let a = 0; a < g.order; a++)
      for (let b = 0; b < g.order; b++)
        expect(regularActionOnFunction(g, a, regularActionOnFunction(g, b, f))).toEqual(
          regularActionOnFunction(g, g.compose(a, b), f),
        );
  });
});

describe('image index maps (L_g f)(x) = f(g^-1 x)', () => {
  const apply = (g: PlanarGroup, a: number, size: number): number[] => [
    ...applyIndexMap(ramp(size * size), imageActionIndexMap(g, a, size)),
  ];
  it('3x3: r turns the picture a quarter counter-clockwise; s flips it upside down', () => {
    const c4 = cyclicGroup(4);
    expect(apply(c4, 1, 3)).toEqual([2, 5, 8, 1, 4, 7, 0, 3, 6]);
    expect(apply(c4, 2, 3)).toEqual([8, 7, 6, 5, 4, 3, 2, 1, 0]);
    expect(apply(c4, 3, 3)).toEqual([6, 3, 0, 7, 4, 1, 8, 5, 2]);
    const d1 = dihedralGroup(1);
    expect(apply(d1, 1, 3)).toEqual([6, 7, 8, 3, 4, 5, 0, 1, 2]);
    expect(apply(dihedralGroup(4), 5, 3)).toEqual([8, 5, 2, 7, 4, 1, 6, 3, 0]);
  });
  it('4x4: r and r^2', () => {
    const c4 = cyclicGroup(4);
    expect(apply(c4, 1, 4)).toEqual([3, 7, 11, 15, 2, 6, 10, 14, 1, 5, 9, 13, 0, 4, 8, 12]);
    expect(apply(c4, 2, 4)).toEqual(ramp(16).reverse());
    expect(apply(cyclicGroup(2), 1, 4)).toEqual(ramp(16).reverse());
  });
  it('D4 on the 2x2 picture [a b; c d] = [0 1; 2 3], all eight elements', () => {
    const d4 = dihedralGroup(4);
    const expected = [
      [0, 1, 2, 3], // e
      [1, 3, 0, 2], // r: quarter turn counter-clockwise
      [3, 2, 1, 0], // r^2
      [2, 0, 3, 1], // r^3
      [2, 3, 0, 1], // s: upside down
      [3, 1, 2, 0], // r s: mirror in the anti-diagonal
      [1, 0, 3, 2], // r^2 s: left-right mirror
      [0, 2, 1, 3], // r^3 s: transpose
    ];
    expect(ramp(8).map((a) => apply(d4, a, 2))).toEqual(expected);
  });
  it.each([1, 2, 4].flatMap((n) => [cyclicGroup(n), dihedralGroup(n)]).map((g) => [g.name, g] as const))(
    '%s: permutations forming a left action on 5x5 and 6x6 images',
    (_, g) => {
      for (const size of [5, 6]) {
        for (let a = 0; a < g.order; a++) {
          const ma = imageActionIndexMap(g, a, size);
          expect([...ma].sort((x, y) => x - y)).toEqual(ramp(size * size));
          for (let b = 0; b < g.order; b++) {
            const mb = imageActionIndexMap(g, b, size);
            const mab = imageActionIndexMap(g, g.compose(a, b), size);
            // (L_a L_b f)[i] = (L_b f)[ma[i]] = f[mb[ma[i]]].
            expect(Array.from(ma, (i) => mb[i])).toEqual([...mab]);
          }
        }
      }
    },
  );
  it('refuses groups that do not permute the pixel grid', () => {
    expect(() => imageActionIndexMap(cyclicGroup(3), 1, 3)).toThrow();
    expect(() => imageActionIndexMap(dihedralGroup(8), 1, 3)).toThrow();
  });
  it('translation by t = (1, 0) moves the picture right with zero padding', () => {
    expect([...imageActionIndexMap(cyclicGroup(1), 0, 3, [1, 0])]).toEqual([-1, 0, 1, -1, 3, 4, -1, 6, 7]);
    expect([...imageActionIndexMap(cyclicGroup(1), 0, 3, [0, 1])]).toEqual([3, 4, 5, 6, 7, 8, -1, -1, -1]);
  });
});

describe('lifted maps on Z^2 ⋊ G: (L_(t,g) F)(x, h) = F(g^-1 (x - t), g^-1 h)', () => {
  it('C4, r on a [4, 2, 2] map: planes shift forward and each plane turns', () => {
    const out = [...applyIndexMap(ramp(16), liftedActionIndexMap(cyclicGroup(4), 1, 2))];
    // plane j of the output is plane j - 1 of the input, turned by r: [0 1; 2 3] -> [1 3; 0 2].
    expect(out).toEqual([13, 15, 12, 14, 1, 3, 0, 2, 5, 7, 4, 6, 9, 11, 8, 10]);
  });
  it.each([cyclicGroup(4), dihedralGroup(4), dihedralGroup(2)].map((g) => [g.name, g] as const))(
    '%s with translations: a left action where nothing is padded',
    (_, g) => {
      const size = 7;
      const gen = fc.record({
        t: fc.tuple(fc.integer({ min: -2, max: 2 }), fc.integer({ min: -2, max: 2 })),
        h: fc.nat(g.order - 1),
      });
      fc.assert(
        fc.property(gen, gen, (a: FiniteSemidirectElement, b: FiniteSemidirectElement) => {
          const ab = finiteSemidirectCompose(g, a, b);
          const ma = liftedActionIndexMap(g, a.h, size, a.t);
          const mb = liftedActionIndexMap(g, b.h, size, b.t);
          const mab = liftedActionIndexMap(g, ab.h, size, ab.t);
          return ma.every((i, k) => i < 0 || mb[i] === mab[k]);
        }),
        { numRuns: 40 },
      );
    },
  );
});

describe('R^2 ⋊ G: products as 3x3 homogeneous matrices (Cohen & Welling 2016)', () => {
  const homogeneous = (g: PlanarGroup, a: FiniteSemidirectElement): number[][] => {
    const m = planarElementMatrix(g, a.h);
    return [
      [m[0][0], m[0][1], a.t[0]],
      [m[1][0], m[1][1], a.t[1]],
      [0, 0, 1],
    ];
  };
  it.each(
    [cyclicGroup(4), dihedralGroup(4), dihedralGroup(6), cyclicGroup(5)].map((g) => [g.name, g] as const),
  )('%s: compose = matrix product, inverse, and a left action on points', (_, g) => {
    const gen = fc.record({ t: fc.tuple(coord, coord), h: fc.nat(g.order - 1) });
    fc.assert(
      fc.property(gen, gen, coord, coord, (a, b, x, y) => {
        const ab = finiteSemidirectCompose(g, a, b);
        const prod = matmul(homogeneous(g, a), homogeneous(g, b));
        const e = finiteSemidirectCompose(g, a, finiteSemidirectInverse(g, a));
        const lhs = finiteSemidirectActOnPoint(g, ab, [x, y]);
        const rhs = finiteSemidirectActOnPoint(g, a, finiteSemidirectActOnPoint(g, b, [x, y]));
        return (
          maxAbsDiff(homogeneous(g, ab), prod) < TOL &&
          e.h === 0 &&
          Math.hypot(e.t[0], e.t[1]) < TOL &&
          maxAbsVecDiff(lhs, rhs) < TOL
        );
      }),
      { numRuns: 40 },
    );
  });
});

// p4 and p4m against the matrices of Cohen & Welling 2016 written out by hand; everything is integer, so comparisons are exact.
import { describe, expect, it } from 'vitest';
import { P4, P4M, p4Matrix, p4mMatrix } from '../../../../src/math/continuous';

describe('p4: g(r, u, v)', () => {
  it('g(1, 0, 0) is the quarter turn [[0, -1, 0], [1, 0, 0], [0, 0, 1]] and rotates pixel (1, 0) to (0, 1)', () => {
    expect(p4Matrix({ r: 1, u: 0, v: 0 })).toEqual([
      [0, -1, 0],
      [1, 0, 0],
      [0, 0, 1],
    ]);
    expect(P4.actOnPoint({ r: 1, u: 0, v: 0 }, [1, 0])).toEqual([0, 1]);
  });

  it('g(2, 3, -1) is [[-1, 0, 3], [0, -1, -1], [0, 0, 1]]: rotate by π, then translate', () => {
    expect(p4Matrix({ r: 2, u: 3, v: -1 })).toEqual([
      [-1, 0, 3],
      [0, -1, -1],
      [0, 0, 1],
    ]);
    expect(P4.actOnPoint({ r: 2, u: 3, v: -1 }, [1, 2])).toEqual([2, -3]);
  });

  it('composes by matrix product: g(1, 1, 0)·g(1, 0, 2) = g(2, -1, 0)', () => {
    // [[0,-1,1],[1,0,0]] · [[0,-1,0],[1,0,2]] = [[-1, 0, -2+1], [0, -1, 0]]
    expect(P4.compose({ r: 1, u: 1, v: 0 }, { r: 1, u: 0, v: 2 })).toEqual({ r: 2, u: -1, v: 0 });
  });

  it('the quarter turn has order 4 and inverses undo translations', () => {
    const r = { r: 1, u: 0, v: 0 };
    expect(P4.compose(r, P4.compose(r, P4.compose(r, r)))).toEqual(P4.identity());
    expect(P4.inverse({ r: 1, u: 2, v: 5 })).toEqual({ r: 3, u: -5, v: 2 });
  });
});

describe('p4m: g(m, r, u, v)', () => {
  it("g(1, 0, 0, 0) is the mirror (u', v') -> (-u', v')", () => {
    expect(p4mMatrix({ m: 1, r: 0, u: 0, v: 0 })).toEqual([
      [-1, 0, 0],
      [0, 1, 0],
      [0, 0, 1],
    ]);
    expect(P4M.actOnPoint({ m: 1, r: 0, u: 0, v: 0 }, [3, 2])).toEqual([-3, 2]);
  });

  it('g(1, 1, u, v) is [[0, 1, u], [1, 0, v], [0, 0, 1]]: swap the coordinates, then translate', () => {
    expect(p4mMatrix({ m: 1, r: 1, u: 4, v: -2 })).toEqual([
      [0, 1, 4],
      [1, 0, -2],
      [0, 0, 1],
    ]);
    expect(P4M.actOnPoint({ m: 1, r: 1, u: 4, v: -2 }, [1, 0])).toEqual([4, -1]);
  });

  it('mirror and rotation relate as in D4: m r m = r^{-1}', () => {
    const m = { m: 1, r: 0, u: 0, v: 0 },
      r = { m: 0, r: 1, u: 0, v: 0 };
    expect(P4M.compose(m, P4M.compose(r, m))).toEqual({ m: 0, r: 3, u: 0, v: 0 });
  });

  it('contains p4 as the elements with m = 0', () => {
    const a = { r: 3, u: 2, v: -1 },
      b = { r: 1, u: -4, v: 7 };
    expect(P4M.compose({ m: 0, ...a }, { m: 0, ...b })).toEqual({ m: 0, ...P4.compose(a, b) });
  });
});

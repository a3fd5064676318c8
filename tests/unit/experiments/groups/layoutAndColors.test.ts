// Cayley graph edges against hand-derived D_N facts, subgroup choices against Lagrange and the
// divisor count of C_N, the element palette against WCAG contrast, and the drawing action against
// a hand-written quarter turn.
import { describe, expect, test } from 'vitest';
import { cyclicGroup, dihedralGroup, isSubgroup } from '../../../../src/math';
import { actionImages } from '../../../../src/experiments/groups/actionImages';
import { graphEdges, graphNodes } from '../../../../lessons/groups/cayleyGraphLayout';
import { elementColor, inkOn, relativeLuminance } from '../../../../src/ui/group/elementColors';
import { subgroupChoices } from '../../../../lessons/groups/subgroupChoices';

describe('Cayley graph', () => {
  test.each([3, 4, 5, 8])('D%i: N directed r-arrows per ring and N undirected s-edges', (n) => {
    const edges = graphEdges(dihedralGroup(n), 'right');
    expect(edges.filter((e) => e.generator === 1 && !e.undirected)).toHaveLength(2 * n);
    expect(edges.filter((e) => e.generator === n && e.undirected)).toHaveLength(n);
  });
  test('right multiplication: r^k s -> r^(k-1) s on the inner ring (s r = r^-1 s); left: r^(k+1) s', () => {
    const d5 = dihedralGroup(5);
    const to = (side: 'left' | 'right', from: number) =>
      graphEdges(d5, side).find((e) => e.from === from && e.generator === 1)!.to;
    expect(to('right', 5 + 2)).toBe(5 + 1);
    expect(to('left', 5 + 2)).toBe(5 + 3);
    expect(to('right', 2)).toBe(3);
  });
  test('C2: r is an involution, so its edge is drawn once, undirected', () => {
    expect(graphEdges(cyclicGroup(2), 'right')).toEqual([{ from: 0, to: 1, generator: 1, undirected: true }]);
  });
  test('nodes are distinct points inside the box', () => {
    const nodes = graphNodes(dihedralGroup(8), 360);
    const keys = new Set(nodes.map((p) => `${p.x.toFixed(3)},${p.y.toFixed(3)}`));
    expect(keys.size).toBe(16);
    nodes.forEach((p) => [p.x, p.y].forEach((v) => expect(v > 0 && v < 360).toBe(true)));
  });
});

describe('subgroup choices', () => {
  const divisors = (n: number) =>
    Array.from({ length: n }, (_, i) => i + 1).filter((d) => n % d === 0).length;
  test.each([2, 3, 4, 6, 8])('C%i offers its τ(N) - 1 non-trivial subgroups', (n) => {
    expect(subgroupChoices(cyclicGroup(n))).toHaveLength(divisors(n) - 1);
  });
  test.each([2, 3, 4, 6, 8])(
    'D%i: each is a subgroup whose order divides |G| (Lagrange), no repeats',
    (n) => {
      const g = dihedralGroup(n);
      const cs = subgroupChoices(g);
      for (const c of cs) {
        expect(isSubgroup(g, c.elements)).toBe(true);
        expect(g.order % c.elements.length).toBe(0);
      }
      expect(new Set(cs.map((c) => c.elements.join(','))).size).toBe(cs.length);
      // All N reflections generate their own order-2 subgroups.
      expect(cs.filter((c) => c.elements.length === 2 && c.elements.some((a) => g.reflects(a))).length).toBe(
        n,
      );
    },
  );
});

describe('element colours', () => {
  test.each([4, 8])('D%i: all elements have distinct colours and text of contrast >= 4.5', (n) => {
    const g = dihedralGroup(n);
    const fills = Array.from({ length: g.order }, (_, a) => elementColor(g, a));
    expect(new Set(fills).size).toBe(g.order);
    for (const f of fills) {
      const [l1, l2] = [relativeLuminance(f), relativeLuminance(inkOn(f))].sort((a, b) => b - a);
      expect((l1 + 0.05) / (l2 + 0.05)).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe('group acting on a drawing', () => {
  const random = (n: number) =>
    Float64Array.from({ length: n * n }, (_, i) => Math.sin(i * 12.9898) * 0.5 + 0.5);
  test('r turns a 4x4 picture a quarter turn counter-clockwise: new[i][j] = old[j][3 - i]', () => {
    const x = random(4);
    const { hx } = actionImages(cyclicGroup(4), 0, 1, x, 4);
    for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) expect(hx[i * 4 + j]).toBe(x[j * 4 + (3 - i)]);
  });
  test('g·(h·x) = (gh)·x exactly for all 64 pairs of D4, and differs from x for non-trivial moves', () => {
    const d4 = dihedralGroup(4);
    const x = random(9);
    for (let g = 0; g < 8; g++)
      for (let h = 0; h < 8; h++) {
        const r = actionImages(d4, g, h, x, 9);
        expect(r.difference).toBe(0);
        if (d4.compose(g, h) !== 0) expect(r.ghOnce).not.toEqual(Float64Array.from(x));
      }
  });
});

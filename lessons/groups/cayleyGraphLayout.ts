// Layout of the Cayley graph of C_N or D_N: rotations r^k on an outer ring (counter-clockwise,
// e at the top), reflections r^k s on an inner ring at the same angles; one edge per element and
// generator x, from g to g·x (right multiplication, the usual Cayley graph) or to x·g.
import type { PlanarGroup } from '../../src/math';

export type Side = 'right' | 'left';

export interface GraphNode {
  a: number;
  x: number;
  y: number;
}

export interface GraphEdge {
  from: number;
  to: number;
  /** The generator's element index. */
  generator: number;
  /** True for an involution (x·x = e): one undirected edge stands for both directions. */
  undirected: boolean;
}

/** g·x (side 'right') or x·g (side 'left'). */
export function multiplyBy(group: PlanarGroup, g: number, x: number, side: Side): number {
  return side === 'right' ? group.compose(g, x) : group.compose(x, g);
}

/** Node positions in a box of side `size` (y down, screen coordinates). */
export function graphNodes(group: PlanarGroup, size: number): GraphNode[] {
  const c = size / 2;
  const outer = size * 0.4;
  const inner = size * 0.22;
  return Array.from({ length: group.order }, (_, a) => {
    const k = a % group.rotations;
    const t = Math.PI / 2 + (2 * Math.PI * k) / group.rotations;
    const r = group.reflects(a) ? inner : outer;
    return { a, x: c + r * Math.cos(t), y: c - r * Math.sin(t) };
  });
}

export function graphEdges(group: PlanarGroup, side: Side): GraphEdge[] {
  const edges: GraphEdge[] = [];
  for (const x of group.generators) {
    const undirected = group.compose(x, x) === group.identity;
    for (let g = 0; g < group.order; g++) {
      const to = multiplyBy(group, g, x, side);
      if (to === g || (undirected && to < g)) continue;
      edges.push({ from: g, to, generator: x, undirected });
    }
  }
  return edges;
}

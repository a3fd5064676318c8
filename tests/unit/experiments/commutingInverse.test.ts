// The inverse the diagram uses to measure what resampling loses: g^-1 g = e on points, for
// rotations and reflections with shifts, checked by applying both to points in closed form.
import { expect, test } from 'vitest';
import { inverseTransform } from '../../../src/experiments/commuting/experiment';
import type { PlaneTransform } from '../../../src/engine/backend';

/** g·p = t + R_θ S^reflect p. */
function act(g: PlaneTransform, [x, y]: [number, number]): [number, number] {
  const yy = g.reflect ? -y : y;
  const c = Math.cos(g.angle),
    s = Math.sin(g.angle);
  const [tx, ty] = g.shift ?? [0, 0];
  return [c * x - s * yy + tx, s * x + c * yy + ty];
}

test.each([
  { angle: Math.PI / 2, reflect: false, shift: [3, -1] as [number, number] },
  { angle: 0.7, reflect: true, shift: [-2, 5] as [number, number] },
  { angle: 0, reflect: false, shift: [4, 0] as [number, number] },
  { angle: 2.1, reflect: true },
])('g^-1 g p = p for g = %o', (g) => {
  const inv = inverseTransform(g);
  for (const p of [
    [1, 2],
    [-3, 0.5],
  ] as [number, number][]) {
    const back = act(inv, act(g, p));
    expect(Math.hypot(back[0] - p[0], back[1] - p[1])).toBeLessThan(1e-12);
  }
});

// The engine's view of a planar group's elements: spatial transforms (for lifting filters and for
// acting on images) and full regular actions (spatial transform plus orientation permutation, for
// group filters and for acting on lifted maps).

import type { PlaneTransform } from '../engine/backend';
import { planeTransformOf, type PlanarGroup } from '../math';

/** {angle, reflect} of every element g = R_angle S^reflect, in the group's index order. */
export function spatialTransforms(group: PlanarGroup): PlaneTransform[] {
  return Array.from({ length: group.order }, (_, g) => ({
    angle: group.angle(g),
    reflect: group.reflects(g),
  }));
}

/** The regular action of every element: spatial transform plus perm[j] = index(g^-1 h_j). */
export function regularTransforms(group: PlanarGroup): PlaneTransform[] {
  return Array.from({ length: group.order }, (_, g) => planeTransformOf(group, g));
}

/** Whether every element maps the pixel grid to itself (rotations by multiples of 90 degrees). */
export function isGridExact(group: PlanarGroup): boolean {
  return 4 % group.rotations === 0;
}

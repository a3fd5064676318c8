// Where the orientation planes of a lifted map sit on the ring, and which plane moved into each
// slot. Plane h_k = r^k sits at angle 2 pi k / N (counter-clockwise from the right, as the
// rotation it stands for); in D_N the planes r^k s form an inner ring at the same angles. After
// g acts, slot j holds plane perm[j] = index(g^-1 h_j), spatially transformed by g (Cohen & Welling 2016:
// (L_g F)(h) = F(g^-1 h) rotated).
import { regularActionPerm, type PlanarGroup } from '../../math';

export interface RingSlot {
  /** Element index h_j of the plane this slot always shows. */
  element: number;
  /** Index of the plane of F that L_g F shows here: g^-1 h_j. */
  source: number;
  /** Slot centre in the ring's design box, in [0, 1] (left to right, top to bottom). */
  x: number;
  y: number;
  ring: 'outer' | 'inner';
}

export interface RingLayout {
  slots: RingSlot[];
  /** Slot side as a fraction of the box side. */
  slotSize: number;
  /** Side of the centre panel (the pooled map) as a fraction of the box side. */
  centreSize: number;
}

const GAP = 0.012;

type Centre = [number, number];

/** Slot centres for side s: the outer ring touching the box, the inner ring as far out as fits. */
function placeSlots(group: PlanarGroup, s: number): Centre[] | null {
  const at = (radius: number, k: number): Centre => [
    0.5 + radius * Math.cos(group.angle(k)),
    0.5 - radius * Math.sin(group.angle(k)),
  ];
  const n = group.rotations;
  const outer = Array.from({ length: n }, (_, k) => at(0.5 - s / 2 - GAP, k));
  if (!fitsApart(outer, s)) return null;
  if (!group.hasReflections) return outer;
  for (let r = 0.5 - 1.5 * s - 2 * GAP; r > s; r -= 0.002) {
    const all = [...outer, ...Array.from({ length: n }, (_, k) => at(r, k))];
    if (fitsApart(all, s)) return all;
  }
  return null;
}

/** Whether axis-aligned squares of side s (plus a gap) at these centres stay apart. */
function fitsApart(centres: readonly Centre[], s: number): boolean {
  for (let a = 0; a < centres.length; a++)
    for (let b = a + 1; b < centres.length; b++) {
      const d = Math.max(Math.abs(centres[a][0] - centres[b][0]), Math.abs(centres[a][1] - centres[b][1]));
      if (d < s + GAP) return false;
    }
  return true;
}

/** Side of the largest centred square that keeps a gap to every slot. */
function centreSide(centres: readonly Centre[], s: number): number {
  const room = Math.min(...centres.map(([x, y]) => Math.max(Math.abs(x - 0.5), Math.abs(y - 0.5)) - s / 2));
  return Math.min(2 * (room - GAP), 0.42);
}

const fitted = new Map<string, { s: number; centres: Centre[] }>();

/** The largest slot side whose slots fit and leave a centre panel of at least a sixth of the box (cached per group). */
function fitSlots(group: PlanarGroup): { s: number; centres: Centre[] } {
  const known = fitted.get(group.name);
  if (known) return known;
  for (let s = 0.27; s > 0.03; s -= 0.002) {
    const centres = placeSlots(group, s);
    if (centres && centreSide(centres, s) >= 1 / 6) {
      fitted.set(group.name, { s, centres });
      return { s, centres };
    }
  }
  throw new Error(`ringLayout: ${group.name} does not fit on a ring`);
}

export function ringLayout(group: PlanarGroup, g: number): RingLayout {
  const { s, centres } = fitSlots(group);
  const perm = regularActionPerm(group, g);
  const slots = centres.map(([x, y], j): RingSlot => ({
    element: j,
    source: perm[j],
    x,
    y,
    ring: group.reflects(j) ? 'inner' : 'outer',
  }));
  return { slots, slotSize: s, centreSize: centreSide(centres, s) };
}

// Small 3-D point clouds for the message-passing widget, in ångström, centred near the origin.
import { mulberry32 } from '../../math/random';

export const ELEMENTS = ['H', 'C', 'O'] as const;
export type Element = (typeof ELEMENTS)[number];

export interface Atom {
  element: Element;
  position: [number, number, number];
}

const DEG = Math.PI / 180;

/** Water: O-H 0.96 Å, H-O-H 104.5°, in the xy-plane with the bisector along -y. */
function water(): Atom[] {
  const r = 0.96;
  const half = (104.5 / 2) * DEG;
  return [
    { element: 'O', position: [0, 0.25, 0] },
    { element: 'H', position: [r * Math.sin(half), 0.25 - r * Math.cos(half), 0] },
    { element: 'H', position: [-r * Math.sin(half), 0.25 - r * Math.cos(half), 0] },
  ];
}

/** Methane: C-H 1.09 Å towards alternate corners of a cube (a regular tetrahedron). */
function methane(): Atom[] {
  const s = 1.09 / Math.sqrt(3);
  const corners: [number, number, number][] = [
    [1, 1, 1],
    [1, -1, -1],
    [-1, 1, -1],
    [-1, -1, 1],
  ];
  return [
    { element: 'C', position: [0, 0, 0] },
    ...corners.map((c) => ({
      element: 'H' as const,
      position: c.map((x) => s * x) as [number, number, number],
    })),
  ];
}

/** `count` atoms of random elements, uniform in a ball of radius 1.4 Å, kept at least 0.7 Å apart. */
export function randomCloud(seed: number, count = 6): Atom[] {
  const rng = mulberry32(seed);
  const atoms: Atom[] = [];
  while (atoms.length < count) {
    const p: [number, number, number] = [0, 1, 2].map(() => 2.8 * rng() - 1.4) as [number, number, number];
    if (Math.hypot(...p) > 1.4) continue;
    if (atoms.some((a) => Math.hypot(a.position[0] - p[0], a.position[1] - p[1], a.position[2] - p[2]) < 0.7))
      continue;
    atoms.push({ element: ELEMENTS[Math.floor(rng() * ELEMENTS.length)], position: p });
  }
  return atoms;
}

export const CLOUD_PRESETS = {
  water: { label: 'Water-like (H₂O)', atoms: water },
  methane: { label: 'Methane-like (CH₄)', atoms: methane },
  random: { label: 'Random cloud', atoms: () => randomCloud(1) },
} as const;
export type CloudPreset = keyof typeof CLOUD_PRESETS;

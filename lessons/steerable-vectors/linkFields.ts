// The link fields of this lesson's widgets ("Copy link" writes them into the URL hash, useLink reads
// them back on mount), with the codecs they share: a rotation as its ZYZ Euler angles in radians,
// a steerable vector's components, the plane field's angle in degrees. Every codec bounds what it
// accepts (finite, within the range the widget can show), so a damaged link gives the defaults.
// Fields whose validity depends on another field (a vector's length on its degree, the positions
// on the elements) are read as plain lists and checked by the small functions at the end.
import type { Matrix } from '../../src/math/linalg';
import { identity } from '../../src/math/linalg';
import { mulberry32 } from '../../src/math/random';
import { so3FromAxisAngle, so3FromEulerZYZ, so3Random, so3ToEulerZYZ } from '../../src/math/so3';
import {
  CLOUD_PRESETS,
  ELEMENTS,
  type Atom,
  type CloudPreset,
  type Element,
} from '../../src/experiments/steerable/cloudPresets';
import { rotationFromAxisParams, type AxisAngleParams } from '../../src/experiments/steerable/rotationParams';
import { choice, field, integer, mapped, number, numbers, type Codec } from '../../src/state/link';

// --- Codecs -------------------------------------------------------------------------------------

/** Euler angles are written within (−π, π] (β within [0, π]); a link may hold any within a turn
 *  either way, and a little more for the rounding to six decimals. */
const EULER_BOUND = 2 * Math.PI + 1e-3;

/** A rotation: its ZYZ Euler angles in radians, six decimals ("0.3,1.1,-0.4"). */
export const rotation: Codec<Matrix> = mapped(
  numbers(3, -EULER_BOUND, EULER_BOUND, 6),
  ([alpha, beta, gamma]) => so3FromEulerZYZ(alpha, beta, gamma),
  (r) => {
    const e = so3ToEulerZYZ(r);
    return [e.alpha, e.beta, e.gamma];
  },
);

/** The components of a steerable vector, each within the sliders' [−1, 1], four decimals. Its
 *  length must be 2l + 1 for the widget's degree l: see `vectorOf`. */
export const components: Codec<number[]> = numbers(undefined, -1, 1, 4);

/** An angle in [0°, 360°] written in degrees with two decimals ("137.50"), radians inside. */
export const degrees: Codec<number> = mapped(
  { ...number(0, 360), format: (deg: number) => deg.toFixed(2) },
  (deg) => deg * (Math.PI / 180),
  (rad) => (rad * 180) / Math.PI,
);

/** 'true' or 'false'. */
export const trueFalse: Codec<boolean> = {
  parse: (raw) => (raw === 'true' ? true : raw === 'false' ? false : null),
  format: String,
};

/** The most atoms a cloud in a link may hold (the presets have up to 6). */
export const MAX_ATOMS = 12;

/** The elements of a cloud as one letter each ("OHH"). */
export const elements: Codec<Element[]> = {
  parse: (raw) => {
    const letters = [...raw];
    return letters.length > 0 &&
      letters.length <= MAX_ATOMS &&
      letters.every((e) => (ELEMENTS as readonly string[]).includes(e))
      ? (letters as Element[])
      : null;
  },
  format: (letters) => letters.join(''),
};

/** Atom positions in ångström, flat (x,y,z per atom), four decimals; far beyond what a drag reaches
 *  but never large enough to overflow a distance. Their count must match the elements: see `cloudOf`. */
export const positions: Codec<number[]> = numbers(undefined, -100, 100, 4);

// --- The widgets' fields ------------------------------------------------------------------------

export const WIGNER_START: AxisAngleParams = { azimuth: 0.6, elevation: 0.5, angle: 1.1 };
export const WIGNER_MODES = ['axis-angle', 'euler'] as const;
export type WignerMode = (typeof WIGNER_MODES)[number];

export const WIGNER_LINK = {
  l: field(integer(0, 4), 2),
  mode: field(choice(WIGNER_MODES), 'axis-angle'),
  r1: field(rotation, rotationFromAxisParams(WIGNER_START)),
  r2: field(rotation, so3Random(mulberry32(5))),
};

export const SPHERE_MAX_L = 6;
export const SPHERE_LINK = {
  l: field(integer(0, SPHERE_MAX_L), 2),
  c: field(components, null),
  r: field(rotation, identity(3)),
};

export const CG_MAX_L = 3;
export const CG_LINK = {
  l1: field(integer(0, CG_MAX_L), 1),
  l2: field(integer(0, CG_MAX_L), 1),
  u: field(components, null),
  v: field(components, null),
  r: field(rotation, so3FromAxisAngle([1, 1, 0], 0.9)),
};

export const CLOUD_LINK = {
  preset: field(choice(Object.keys(CLOUD_PRESETS) as CloudPreset[]), 'water'),
  elements: field(elements, null),
  positions: field(positions, null),
  r: field(rotation, so3FromAxisAngle([1, 0.4, 0], 0.45)),
};

export const BANDWIDTH_MODES = ['fixed', 'fill'] as const;
export const BANDWIDTH_LINK = {
  b0: field(integer(2, 6), 4),
  mode: field(choice(BANDWIDTH_MODES), 'fixed'),
  seed: field(integer(1, 1e6), 1),
};

export const PLANE_LINK = {
  theta: field(degrees, 36 * (Math.PI / 180)),
  positionsOnly: field(trueFalse, false),
};

// --- Fields that depend on each other -----------------------------------------------------------

/** The linked vector if it has the 2l + 1 components of degree l, else the fallback. */
export const vectorOf = (linked: number[] | null, l: number, fallback: () => number[]): number[] =>
  linked !== null && linked.length === 2 * l + 1 ? linked : fallback();

/** The cloud of a link: its elements with three coordinates each, under the linked preset's name;
 *  water when either is missing or they do not match. */
export function cloudOf(link: {
  preset: CloudPreset;
  elements: Element[] | null;
  positions: number[] | null;
}): { preset: CloudPreset; atoms: Atom[] } {
  const { elements: letters, positions: xyz } = link;
  if (!letters || !xyz || xyz.length !== 3 * letters.length)
    return { preset: 'water', atoms: CLOUD_PRESETS.water.atoms() };
  return {
    preset: link.preset,
    atoms: letters.map((element, i) => ({
      element,
      position: xyz.slice(3 * i, 3 * i + 3) as [number, number, number],
    })),
  };
}

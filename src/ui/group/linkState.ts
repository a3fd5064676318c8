// Link fields of the group and representation widgets (src/state/link): the page's group and its
// element g (the shared store), element labels and words of them, SE(2) frames, tables of typed
// cells. Every codec answers null for a malformed value, so the widget keeps its default.
//
// An element label means something only in a group: where the group comes with the same link, the
// field keeps the label as written (`elementLabel`, `elementLabels`) and the widget resolves it in
// the linked group (`linkedGroup`, `elementIn`, `elementsIn`) when it mounts.
import type { StoreApi } from 'zustand';
import { planarGroup, wrapToPi, type FiniteGroup, type PlanarGroup, type SE2Element } from '../../math';
import { groupActionStore, type GroupActionState, type GroupKind } from '../../state/groupAction';
import { field, linkOf, numbers, readFields, type Codec } from '../../state/link';
import { DISPLAY_SIZES, displaySize } from './displayGroup';
import { clampToView, fmtDeg } from './se2View';

export interface GroupName {
  kind: GroupKind;
  n: number;
}

/** A group name as the math core writes it, 'C4' or 'D8', with N among `sizes`. */
export const groupName = (sizes: readonly number[] = DISPLAY_SIZES): Codec<GroupName> => ({
  parse: (raw) => {
    const m = /^([CD])(\d+)$/.exec(raw);
    return m && sizes.includes(Number(m[2])) ? { kind: m[1] as GroupKind, n: Number(m[2]) } : null;
  },
  format: ({ kind, n }) => `${kind}${n}`,
});

/** The name of a planar group, as `groupName` reads it. */
export const groupNameOf = (group: PlanarGroup): GroupName => ({
  kind: group.hasReflections ? 'D' : 'C',
  n: group.rotations,
});

/** Text kept as written, to be checked against what the linked group offers (a subgroup, a
 *  representation) once that group is known. */
export const text: Codec<string> = { parse: (raw) => raw, format: (s) => s };

/** The labels C_N and D_N give their elements: e, r, r^k, s, r s, r^k s. */
const LABEL = /^(e|s|r(\^\d+)?( s)?)$/;

/** An element label ('r^3 s'), not yet tied to a group: resolve it with `elementIn`. */
export const elementLabel: Codec<string> = {
  parse: (raw) => (LABEL.test(raw) ? raw : null),
  format: (label) => label,
};

/** A word of element labels, comma-separated ('r,r,s'); '' is the empty word. Resolve it with
 *  `elementsIn`. */
export const elementLabels: Codec<string[]> = {
  parse: (raw) => {
    if (raw === '') return [];
    const labels = raw.split(',');
    return labels.every((l) => LABEL.test(l)) ? labels : null;
  },
  format: (labels) => labels.join(','),
};

const labelMaps = new WeakMap<FiniteGroup, Map<string, number>>();

/** group.label inverted: 'r^2 s' -> its element index. The factories cache groups, so this is built once. */
function elementIndexByLabel(group: FiniteGroup): Map<string, number> {
  let map = labelMaps.get(group);
  if (!map) {
    map = new Map(Array.from({ length: group.order }, (_, a) => [group.label(a), a] as const));
    labelMaps.set(group, map);
  }
  return map;
}

/** The elements of one fixed group by their labels (e.g. the rotations C4 of p4). */
export const element = (group: FiniteGroup): Codec<number> => ({
  parse: (raw) => elementIndexByLabel(group).get(raw) ?? null,
  format: (a) => group.label(a),
});

/** The element a label names in `group`, or null (no label, or none of this group's). */
export function elementIn(group: FiniteGroup, label: string | null): number | null {
  return label === null ? null : element(group).parse(label);
}

/** The elements a word of labels names in `group`, each among `allowed` (e.g. the generators of
 *  a Cayley-graph walk); null when any is not. */
export function elementsIn(
  group: FiniteGroup,
  labels: readonly string[] | null,
  allowed: readonly number[] = Array.from({ length: group.order }, (_, a) => a),
): number[] | null {
  if (labels === null) return null;
  const xs = labels.map((l) => elementIn(group, l));
  return xs.every((x): x is number => x !== null && allowed.includes(x)) ? xs : null;
}

/** An SE(2) element 'x,y,θ' with θ in degrees, as the composer's formulas show it; read back with
 *  the position clamped into the drawn plane and θ wrapped to (-π, π]. */
export const se2: Codec<SE2Element> = {
  parse: (raw) => {
    const xs = numbers(3).parse(raw);
    if (!xs) return null;
    const [x, y] = clampToView(xs[0], xs[1]);
    return { x, y, theta: wrapToPi((xs[2] * Math.PI) / 180) };
  },
  format: (g) => `${g.x},${g.y},${fmtDeg(g.theta)}`,
};

/** Finite numbers 'a,b,c' within [lo, hi], written in full (as Array.join writes them), so that
 *  they come back bit for bit. Any length: a widget checks it against what it expects. */
export const exactNumbers = (lo: number, hi: number): Codec<number[]> => ({
  parse: numbers(undefined, lo, hi).parse,
  format: (xs) => xs.join(','),
});

/** A small square table of typed cells: rows apart by ';', cells by ',', each cell URI-encoded so
 *  that a typed ',' or ';' survives. The side is among `sides`, every cell at most `maxLength`
 *  characters (as its inputs allow). */
export const cellTable = (sides: readonly number[], maxLength: number): Codec<string[][]> => ({
  parse: (raw) => {
    if (!raw) return null;
    try {
      const rows = raw.split(';').map((row) => row.split(',').map(decodeURIComponent));
      const n = rows.length;
      const fits = rows.every((row) => row.length === n && row.every((c) => c.length <= maxLength));
      return sides.includes(n) && fits ? rows : null;
    } catch {
      return null; // a malformed %-escape
    }
  },
  format: (rows) => rows.map((row) => row.map(encodeURIComponent).join(',')).join(';'),
});

/** The page's shared group and element g (state/groupAction) in the links of the group widgets. */
export const SHARED_GROUP_LINK = {
  group: field(groupName(), null),
  g: field(elementLabel, null),
};

/** The link parameters of the shared group, and of the element g where given. */
export function sharedGroupParams(group: PlanarGroup, g?: number): Record<string, string> {
  return linkOf(SHARED_GROUP_LINK, {
    group: groupNameOf(group),
    g: g === undefined ? null : group.label(g),
  });
}

/** The group a widget shows once its link is restored: the linked one, or the current one. */
export function linkedGroup(current: PlanarGroup, named: GroupName | null): PlanarGroup {
  return named ? planarGroup(named.kind, displaySize(named.n)) : current;
}

/** The element g shown by the group widgets, set in the shared store (displayGroup.useSharedElement). */
function setSharedElement(store: StoreApi<GroupActionState>, group: PlanarGroup, g: number): void {
  store.getState().setReflect(group.reflects(g));
  store.getState().setAngle(group.angle(g));
}

/** Restores the shared group from link parameters: the link's `group`, then its element `g`.
 *  Malformed values leave the store as it is. */
export function applySharedGroupParams(store: StoreApi<GroupActionState>, params: URLSearchParams): void {
  const { group: named, g: label } = readFields(SHARED_GROUP_LINK, params);
  if (named) store.getState().setGroup(named.kind, named.n);
  const s = store.getState();
  const group = planarGroup(s.kind, displaySize(s.n));
  const g = elementIn(group, label);
  if (g !== null) setSharedElement(store, group, g);
}

/** `useLink`'s restore for the widgets on the page's shared group. */
export const restoreSharedGroup = (params: URLSearchParams) =>
  applySharedGroupParams(groupActionStore, params);

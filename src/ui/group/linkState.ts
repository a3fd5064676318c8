// Reading back what a group or representation widget's "Copy link" wrote into the URL hash
// (state/permalink.ts). Every parser answers null for a missing or malformed value, so the widget
// falls back to its default instead of showing a state the link never described.
import type { StoreApi } from 'zustand';
import { planarGroup, wrapToPi, type FiniteGroup, type PlanarGroup, type SE2Element } from '../../math';
import type { GroupActionState, GroupKind } from '../../state/groupAction';
import { DISPLAY_SIZES, displaySize } from './displayGroup';
import { clampToView, fmtDeg } from './se2View';

export { readLinkParams } from '../../state/permalink';

/** A group name as the math core writes it, 'C4' or 'D8', with N among `sizes`; else null. */
export function parseGroupName(
  text: string | null | undefined,
  sizes: readonly number[] = DISPLAY_SIZES,
): { kind: GroupKind; n: number } | null {
  const m = /^([CD])(\d+)$/.exec(text ?? '');
  if (!m || !sizes.includes(Number(m[2]))) return null;
  return { kind: m[1] as GroupKind, n: Number(m[2]) };
}

const labelMaps = new WeakMap<FiniteGroup, Map<string, number>>();

/** group.label inverted: 'r^2 s' -> its element index. The factories cache groups, so this is built once. */
export function elementIndexByLabel(group: FiniteGroup): Map<string, number> {
  let map = labelMaps.get(group);
  if (!map) {
    map = new Map(Array.from({ length: group.order }, (_, a) => [group.label(a), a] as const));
    labelMaps.set(group, map);
  }
  return map;
}

/** The element a link names by its label (e.g. 'r^3 s'), or null when the group has no such element. */
export function parseElement(group: FiniteGroup, text: string | null | undefined): number | null {
  return elementIndexByLabel(group).get(text ?? '') ?? null;
}

/** A word of elements as comma-separated labels, e.g. a Cayley-graph walk 'r,r,s'. */
export function formatElements(group: FiniteGroup, xs: readonly number[]): string {
  return xs.map((x) => group.label(x)).join(',');
}

/** The inverse of formatElements, keeping only elements among `allowed`; '' is the empty word. */
export function parseElements(
  group: FiniteGroup,
  text: string | null | undefined,
  allowed: readonly number[] = Array.from({ length: group.order }, (_, a) => a),
): number[] | null {
  if (text == null) return null;
  if (text === '') return [];
  const xs = text.split(',').map((label) => parseElement(group, label));
  return xs.every((x): x is number => x !== null && allowed.includes(x)) ? xs : null;
}

/** Exactly `length` finite numbers written 'a,b,c'; an empty entry is malformed (Number('') is 0). */
function parseNumbers(text: string | null | undefined, length: number): number[] | null {
  const parts = text ? text.split(',') : [];
  if (parts.length !== length || parts.some((p) => p.trim() === '')) return null;
  const xs = parts.map(Number);
  return xs.every(Number.isFinite) ? xs : null;
}

/** Exactly `length` finite numbers written 'a,b,c', each within [lo, hi]; else null. */
export function parseBoundedNumbers(
  text: string | null | undefined,
  length: number,
  lo: number,
  hi: number,
): number[] | null {
  const xs = parseNumbers(text, length);
  return xs && xs.every((x) => x >= lo && x <= hi) ? xs : null;
}

/** An integer within [lo, hi], or null. */
export function parseBoundedInteger(text: string | null | undefined, lo: number, hi: number): number | null {
  const x = parseBoundedNumbers(text, 1, lo, hi)?.[0];
  return x !== undefined && Number.isInteger(x) ? x : null;
}

/** An SE(2) element in a link: 'x,y,θ' with θ in degrees, as the composer's formulas show it. */
export function formatSE2(g: SE2Element): string {
  return `${g.x},${g.y},${fmtDeg(g.theta)}`;
}

/** The inverse of formatSE2; the position is clamped into the drawn plane, θ wrapped to (-π, π]. */
export function parseSE2(text: string | null | undefined): SE2Element | null {
  const xs = parseNumbers(text, 3);
  if (!xs) return null;
  const [x, y] = clampToView(xs[0], xs[1]);
  return { x, y, theta: wrapToPi((xs[2] * Math.PI) / 180) };
}

/** The element g shown by the group widgets, set in the shared store (displayGroup.useSharedElement). */
function setSharedElement(store: StoreApi<GroupActionState>, group: PlanarGroup, g: number): void {
  store.getState().setReflect(group.reflects(g));
  store.getState().setAngle(group.angle(g));
}

/** Permalink restorer of the widgets on the shared group: the link's `group`, then its element `g`. */
export function applySharedGroupParams(store: StoreApi<GroupActionState>, params: URLSearchParams): void {
  const named = parseGroupName(params.get('group'));
  if (named) store.getState().setGroup(named.kind, named.n);
  const s = store.getState();
  const group = planarGroup(s.kind, displaySize(s.n));
  const g = parseElement(group, params.get('g'));
  if (g !== null) setSharedElement(store, group, g);
}

/** A small table of typed cells in a link: rows apart by ';', cells by ',', each cell URI-encoded
 *  so that a typed ',' or ';' survives. */
export function formatCells(cells: readonly (readonly string[])[]): string {
  return cells.map((row) => row.map(encodeURIComponent).join(',')).join(';');
}

/** The inverse of formatCells: a square table with a side among `sides` and cells of at most
 *  `maxLength` characters (as its inputs allow); else null. */
export function parseCells(
  text: string | null | undefined,
  sides: readonly number[],
  maxLength: number,
): string[][] | null {
  if (!text) return null;
  try {
    const cells = text.split(';').map((row) => row.split(',').map(decodeURIComponent));
    const n = cells.length;
    const fits = cells.every((row) => row.length === n && row.every((c) => c.length <= maxLength));
    return sides.includes(n) && fits ? cells : null;
  } catch {
    return null; // a malformed %-escape
  }
}

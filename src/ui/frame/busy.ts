// Honest busy states. A readout prints what was measured for one state of its widget (the group,
// g, Φ, the map size, the drawing, ...), and a frame for a newer state takes a while: until it has
// finished, the readout's numbers and verdict belong to the previous state. Each widget keeps the
// state its last finished frame was measured for (a FrameKey) and compares it with the state the
// reader asked for; while the two differ, the readout says what it is computing and dims the rest
// (BusyText), with data-busy="true" and aria-busy for tests and screen readers. No React here.
import { compactLabel } from '../group/ElementLabel';
import { elementIndex, isOnGrid, type GroupActionState } from '../../state/groupAction';

/** What a frame was computed for: plain values (angles, names, sizes) and engine objects by identity. */
export type FrameKey = Readonly<Record<string, unknown>>;

/**
 * Whether the numbers on show, measured for `shown`, are stale for the state `wanted`: true when
 * nothing has been measured yet, or when any field of `wanted` differs (Object.is: numbers exactly,
 * objects by identity). Fields only `shown` has are ignored.
 */
export function isStale(wanted: FrameKey, shown: FrameKey | null | undefined): boolean {
  if (!shown) return true;
  return Object.keys(wanted).some((k) => !Object.is(wanted[k], shown[k]));
}

/**
 * Whether a readout is busy: its numbers are stale and a frame can still bring fresh ones. A widget
 * that failed (`problem` set: the engine object or the input could not be built) is not computing,
 * it says why instead.
 */
export function readoutBusy(
  wanted: FrameKey,
  shown: FrameKey | null | undefined,
  problem?: unknown,
): boolean {
  return !problem && isStale(wanted, shown);
}

/** A planar group as far as a busy note needs it. */
export interface NamedGroup {
  name: string;
  label(a: number): string;
}

const DEG = 180 / Math.PI;

/**
 * The transformation g being computed, as the rotation control names it: 'g = r³ in C8' for an
 * element of the page's group, else 'g = rotation by 22.5°' (with ' after the reflection s' for a
 * mirror). Without a group (widgets that take any angle) always the angle.
 */
export function elementText(
  act: Pick<GroupActionState, 'n' | 'angle' | 'reflect'> & { kind?: GroupActionState['kind'] },
  group?: NamedGroup,
): string {
  if (group && act.kind && isOnGrid(act.angle, act.n)) {
    const a = elementIndex({ kind: act.kind, n: act.n, angle: act.angle, reflect: act.reflect });
    return `g = ${compactLabel(group.label(a))} in ${group.name}`;
  }
  return `g = rotation by ${(act.angle * DEG).toFixed(1)}°${act.reflect ? ' after the reflection s' : ''}`;
}

/** The leading text of a busy readout: 'computing g = r³ in C8 …', or 'computing…' with no subject. */
export function busyNote(subject?: string): string {
  return subject ? `computing ${subject} …` : 'computing…';
}

/** Progress of a sweep computed in steps: 'computing 12 of 73 angles…'. */
export function sweepNote(done: number, total: number, unit: string): string {
  return `computing ${done} of ${total} ${unit}…`;
}

/** The class that marks a busy readout (its stale part is dimmed, see widgets.css). */
export const BUSY_CLASS = 'readout-busy';

/** ' readout-busy' while busy, '' otherwise: appended to a readout's className. */
export const busyClass = (busy: boolean): string => (busy ? ` ${BUSY_CLASS}` : '');

/** The attributes of a readout element: data-busy ("true"/"false", for tests) and aria-busy. */
export function busyAttributes(busy: boolean): { 'data-busy': 'true' | 'false'; 'aria-busy': boolean } {
  return { 'data-busy': busy ? 'true' : 'false', 'aria-busy': busy };
}

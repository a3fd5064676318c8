// What the comparison says about an invariance error: exact for the G-CNN on its own group,
// approximate off the group's grid, and "not invariant" for the plain CNN.
import { EXACT_TOLERANCE } from '../commuting/readout';
import type { NetworkKind } from './networks';

export interface InvarianceVerdict {
  kind: 'exact' | 'approximate' | 'broken';
  text: string;
}

export interface ActionSummary {
  /** g is a rotation by a multiple of 90 degrees, no mirror: an element of C4. */
  inC4: boolean;
  reflect: boolean;
  identity: boolean;
}

export function invarianceVerdict(kind: NetworkKind, g: ActionSummary, rel: number): InvarianceVerdict {
  if (g.identity) return { kind: 'exact', text: 'g is the identity: rotate the input to compare' };
  if (kind === 'plain')
    return rel > EXACT_TOLERANCE
      ? { kind: 'broken', text: 'not invariant: a rotated input meets counter-rotated filters' }
      : { kind: 'exact', text: 'this input happens to look alike after g' };
  if (g.reflect)
    return { kind: 'approximate', text: 'C4 has no mirrors, so nothing is promised for a reflected input' };
  if (!g.inC4)
    return {
      kind: 'approximate',
      text: 'g is not in C4: the network only promises invariance to quarter turns, and off-grid rotations interpolate',
    };
  return rel < EXACT_TOLERANCE
    ? {
        kind: 'exact',
        text: `invariant to float32 round-off (tolerance ${EXACT_TOLERANCE.toExponential(0)})`,
      }
    : { kind: 'broken', text: `above the round-off tolerance ${EXACT_TOLERANCE.toExponential(0)}: a bug` };
}

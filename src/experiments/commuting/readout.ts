// What the commuting diagram says about its numbers: exact, approximate, or not equivariant.
import type { PhiKind } from './phi';

export const EXACT_TOLERANCE = 1e-5;

export interface Verdict {
  /** 'exact': grid-exact group and g in it; 'approximate': interpolation; 'broken': plain CNN. */
  kind: 'exact' | 'approximate' | 'broken';
  text: string;
}

export function verdict(
  phi: PhiKind,
  groupName: string,
  gridExact: boolean,
  onGrid: boolean,
  relErr: number,
  identity = false,
  /** g is a pure shift (t, e) with t ≠ 0. */
  shiftOnly = false,
): Verdict {
  if (identity)
    return { kind: 'exact', text: 'g is the identity, so both paths agree trivially: rotate the input' };
  if (shiftOnly)
    return relErr < EXACT_TOLERANCE
      ? {
          kind: 'exact',
          text: `a whole-pixel shift commutes with every correlation, the plain CNN's included: exact to float32 round-off (tolerance ${EXACT_TOLERANCE.toExponential(0)})`,
        }
      : {
          kind: 'approximate',
          text: 'the shift carried part of the drawing out of the disk the diagram measures on, so the two paths see different inputs: shift less, or draw nearer the centre',
        };
  if (phi === 'planar')
    return relErr > EXACT_TOLERANCE
      ? { kind: 'broken', text: 'a plain CNN layer is not rotation equivariant: the paths disagree' }
      : { kind: 'exact', text: 'this rotation happens to leave this input and filter alike' };
  if (!onGrid)
    return {
      kind: 'approximate',
      text: `g is not an element of ${groupName}: the layer only promises to commute with ${groupName}, and rotating pixels off the grid interpolates`,
    };
  if (gridExact)
    return relErr < EXACT_TOLERANCE
      ? { kind: 'exact', text: `exact to float32 round-off (tolerance ${EXACT_TOLERANCE.toExponential(0)})` }
      : { kind: 'broken', text: `above the round-off tolerance ${EXACT_TOLERANCE.toExponential(0)}: a bug` };
  return {
    kind: 'approximate',
    text: `approximate: ${groupName}'s rotations do not map the pixel grid to itself, so images and filters are interpolated`,
  };
}

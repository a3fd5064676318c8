// What the harmonic readouts say about their numbers: exact to float32 round-off where the
// rotation permutes pixels, approximate (and why) elsewhere, broken where the theory says so.

export const ROUND_OFF = 1e-5;

export type VerdictKind = 'exact' | 'approximate' | 'broken';
export interface Verdict {
  kind: VerdictKind;
  text: string;
}

/** Whether theta is a multiple of 90 degrees (within 1e-9 rad): the rotation then permutes pixels. */
export function isQuarterTurn(theta: number): boolean {
  const k = Math.round(theta / (Math.PI / 2));
  return Math.abs(theta - (k * Math.PI) / 2) < 1e-9;
}

/** The verdict on a relative equivariance error for a layer that should commute with every rotation. */
export function lawVerdict(theta: number, relError: number, tolerance: number): Verdict {
  if (isQuarterTurn(theta))
    return relError < ROUND_OFF
      ? {
          kind: 'exact',
          text: `exact to float32 round-off (tolerance ${ROUND_OFF.toExponential(0)}): a quarter turn permutes pixels`,
        }
      : {
          kind: 'broken',
          text: `above the round-off tolerance ${ROUND_OFF.toExponential(0)} at a quarter turn: a bug`,
        };
  return relError < tolerance
    ? {
        kind: 'approximate',
        text: `approximate (below ${tolerance}): θ is off the pixel grid, so the input and the maps are resampled (bicubic) and the filter is sampled on pixels`,
      }
    : {
        kind: 'broken',
        text: `above ${tolerance}: fine detail the filter's samples cannot follow (try the band-limit, a larger K or a smaller |m|)`,
      };
}

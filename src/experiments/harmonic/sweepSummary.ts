// Summaries of an error-vs-angle sweep: per model and input variant, the errors on the angles the
// model's group contains and off them, so the readout can state what the curves show.
import type { InputVariant, SweepModelId } from './errorSweep';

export interface SweepPoint {
  deg: number;
  errors: Record<SweepModelId, Record<InputVariant, number>>;
}

export interface CurveSummary {
  /** Largest error at 90, 180, 270 degrees (rotations that permute pixels). */
  quarterMax: number;
  /** Largest error at 45 + 90k degrees (C8's own elements that are off the pixel grid). */
  eighthMax: number;
  /** Smallest and largest error away from the model's own angles (all angles for the harmonic layers). */
  offMin: number;
  offMax: number;
}

/** Angles the model's output action is an exact group element for: multiples of 360/N (none for 'harmonic'). */
function onOwnGrid(model: SweepModelId, deg: number): boolean {
  const N = model === 'c4' ? 4 : model === 'c8' ? 8 : 0;
  if (N === 0) return false;
  const step = 360 / N;
  return Math.abs(deg / step - Math.round(deg / step)) < 1e-9;
}

const isMultiple = (deg: number, of: number) => Math.abs(deg / of - Math.round(deg / of)) < 1e-9;

export function summarizeCurve(
  points: readonly SweepPoint[],
  model: SweepModelId,
  v: InputVariant,
): CurveSummary {
  const at = (keep: (deg: number) => boolean) =>
    points.filter((p) => keep(p.deg)).map((p) => p.errors[model][v]);
  const quarter = at((d) => isMultiple(d, 90) && !isMultiple(d, 360));
  const eighth = at((d) => isMultiple(d, 45) && !isMultiple(d, 90));
  const off = at((d) => !onOwnGrid(model, d) && !(model === 'harmonic' && isMultiple(d, 90)));
  const max = (xs: number[]) => (xs.length ? Math.max(...xs) : NaN);
  return {
    quarterMax: max(quarter),
    eighthMax: max(eighth),
    offMin: off.length ? Math.min(...off) : NaN,
    offMax: max(off),
  };
}

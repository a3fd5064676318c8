// What the many-orientations readout says about a finished sweep: how far each reading of the
// orientation axis fell from the fewest to the most orientations, how close linear interpolation
// came to the resampling floor, and, at a quarter turn, the worst error over the N with a sample at
// theta (all N divisible by 4) and what the others give.
import type { OrientationPoint, Reading } from './manyOrientations';

export interface OrientationSummary {
  first: OrientationPoint;
  last: OrientationPoint;
  /** Smallest and largest error with the orientation read exactly (the resampling floor). */
  floor: [number, number];
  /** Whether theta turns the pixel grid onto itself (a multiple of 90 degrees). */
  quarterTurn: boolean;
  /** At a quarter turn: the largest error of any reading over the N with a sample at theta (else NaN). */
  quarterMax: number;
  /** The N with a sampled orientation at theta (gap 0). */
  onGrid: number[];
  /** The points whose N has no sample at theta. */
  offGrid: OrientationPoint[];
}

/** Whether theta (degrees) is a multiple of 90 degrees, within 1e-9. */
export function isQuarterTurn(thetaDeg: number): boolean {
  const q = thetaDeg / 90;
  return Math.abs(q - Math.round(q)) < 1e-9;
}

export function summarize(points: readonly OrientationPoint[], thetaDeg: number): OrientationSummary | null {
  if (points.length === 0) return null;
  const sorted = [...points].sort((a, b) => a.N - b.N);
  const floors = sorted.map((p) => p.errors.exact);
  const quarterTurn = isQuarterTurn(thetaDeg);
  const readings: Reading[] = ['nearest', 'linear', 'exact'];
  const on = sorted.filter((p) => p.gap < 1e-9);
  const quarterMax =
    quarterTurn && on.length ? Math.max(...on.flatMap((p) => readings.map((r) => p.errors[r]))) : NaN;
  return {
    first: sorted[0],
    last: sorted[sorted.length - 1],
    floor: [Math.min(...floors), Math.max(...floors)],
    quarterTurn,
    quarterMax,
    onGrid: on.map((p) => p.N),
    offGrid: sorted.filter((p) => p.gap >= 1e-9),
  };
}

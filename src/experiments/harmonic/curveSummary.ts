// What the rotation response curves show, as numbers: where the plain neuron peaks and how far it
// falls, how closely the G-CNN's orientation channels are shifted copies of each other, and how
// flat the harmonic magnitude is.
import type { CurveSample } from './responseCurves';

export interface CurvesSummary {
  /** Angle (degrees) where the plain neuron peaks, and its minimum over the peak. */
  plainPeakDeg: number;
  plainMinOverPeak: number;
  /** Angle where the highlighted orientation channel peaks. */
  channelPeakDeg: number;
  /** max |c_j(theta + 90) - c_{j-N/4}(theta)| / max |plain|: 0 up to round-off (quarter turns permute pixels). */
  quarterShiftError: number;
  /** max |c_j(theta + 360/N) - c_{j-1}(theta)| / max |plain|: resampling error of an off-grid shift. */
  stepShiftError: number;
  /** (max - min) / mean of the harmonic magnitude over the sweep. */
  harmonicSpread: number;
}

const argMax = (xs: readonly number[]) => xs.reduce((best, v, i) => (v > xs[best] ? i : best), 0);

/** Samples must be equally spaced over [0, 360) degrees, `stepDeg` apart. */
export function summarizeCurves(
  samples: readonly CurveSample[],
  stepDeg: number,
  channel: number,
): CurvesSummary {
  const N = samples[0]?.orientations.length ?? 1;
  const plain = samples.map((s) => s.plain);
  const scale = Math.max(...plain.map(Math.abs)) || 1;
  const shiftError = (shiftDeg: number, channels: number) => {
    const k = Math.round(shiftDeg / stepDeg);
    if (Math.abs(k * stepDeg - shiftDeg) > 1e-9) return NaN;
    let worst = 0;
    for (let i = 0; i < samples.length; i++)
      for (let j = 0; j < N; j++) {
        const later = samples[(i + k) % samples.length].orientations[j];
        const now = samples[i].orientations[(j - channels + N) % N];
        worst = Math.max(worst, Math.abs(later - now));
      }
    return worst / scale;
  };
  const h = samples.map((s) => s.harmonic);
  const mean = h.reduce((a, b) => a + b, 0) / (h.length || 1);
  const peak = argMax(plain);
  return {
    plainPeakDeg: peak * stepDeg,
    plainMinOverPeak: Math.min(...plain) / plain[peak],
    channelPeakDeg: argMax(samples.map((s) => s.orientations[channel])) * stepDeg,
    quarterShiftError: shiftError(90, N / 4),
    stepShiftError: shiftError(360 / N, 1),
    harmonicSpread: mean > 0 ? (Math.max(...h) - Math.min(...h)) / mean : NaN,
  };
}

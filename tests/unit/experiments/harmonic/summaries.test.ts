// The readouts' summaries against hand-built inputs with known answers: error sweeps split by the
// angles each group contains, response curves built as exact shifted copies, the verdicts, the
// filter facts (including the grid's aliasing of order 4 with order 0) and the filter store.
import { describe, expect, it } from 'vitest';
import { defaultRadialProfile } from '../../../../src/layers';
import { summarizeCurves } from '../../../../src/experiments/harmonic/curveSummary';
import { filterFacts } from '../../../../src/experiments/harmonic/filterFacts';
import {
  createHarmonicFilterStore,
  radialProfileOf,
  ringSamples,
} from '../../../../lessons/harmonic-filters/filterStore';
import type { CurveSample } from '../../../../src/experiments/harmonic/responseCurves';
import { summarizeCurve, type SweepPoint } from '../../../../src/experiments/harmonic/sweepSummary';
import { isQuarterTurn, lawVerdict } from '../../../../src/experiments/harmonic/verdicts';

describe('summarizeCurve', () => {
  // Error = 1e-7 on multiples of 90, 0.2 on other multiples of 45, 0.5 elsewhere, for every model.
  const points: SweepPoint[] = Array.from({ length: 73 }, (_, k) => {
    const deg = 5 * k;
    const e = deg % 90 === 0 ? (deg % 360 === 0 ? 0 : 1e-7) : deg % 45 === 0 ? 0.2 : 0.5;
    const pair = { raw: e, bandlimited: e / 2 };
    return { deg, errors: { c4: pair, c8: pair, harmonic: pair } };
  });
  it('separates quarter turns, C8 elements and the rest', () => {
    const c4 = summarizeCurve(points, 'c4', 'raw');
    expect(c4.quarterMax).toBe(1e-7);
    expect(c4.eighthMax).toBe(0.2);
    expect(c4.offMin).toBe(0.2); // 45 degrees is off C4's grid
    expect(c4.offMax).toBe(0.5);
    const c8 = summarizeCurve(points, 'c8', 'bandlimited');
    expect(c8.offMin).toBe(0.25); // C8's own angles are left out
    const h = summarizeCurve(points, 'harmonic', 'raw');
    expect(h.offMin).toBe(0.2);
    expect(h.quarterMax).toBe(1e-7);
  });
});

describe('summarizeCurves', () => {
  const N = 8;
  const step = 5;
  const bump = (deg: number) => 1 + Math.cos((deg * Math.PI) / 180);
  const samples: CurveSample[] = Array.from({ length: 72 }, (_, k) => ({
    theta: (k * step * Math.PI) / 180,
    plain: bump(k * step),
    orientations: Array.from({ length: N }, (_, j) => bump(k * step - 45 * j)),
    harmonic: 2 + (k === 10 ? 0.02 : 0),
    harmonicReal: 0,
  }));
  it('finds the peaks, exact channel shifts and the harmonic spread', () => {
    const s = summarizeCurves(samples, step, 3);
    expect(s.plainPeakDeg).toBe(0);
    expect(s.plainMinOverPeak).toBeCloseTo(0, 9);
    expect(s.channelPeakDeg).toBe(135);
    expect(s.quarterShiftError).toBeLessThan(1e-12);
    expect(s.stepShiftError).toBeLessThan(1e-12);
    expect(s.harmonicSpread).toBeCloseTo(0.02 / (2 + 0.02 / 72), 9);
  });
  it('reports a shift that is not a copy', () => {
    const broken = samples.map((x, k) =>
      k === 5 ? { ...x, orientations: x.orientations.map((v) => v + 0.5) } : x,
    );
    expect(summarizeCurves(broken, step, 0).quarterShiftError).toBeGreaterThan(0.1);
  });
});

describe('verdicts', () => {
  it('quarter turns within 1e-9 rad', () => {
    expect(isQuarterTurn(Math.PI)).toBe(true);
    expect(isQuarterTurn(-Math.PI / 2)).toBe(true);
    expect(isQuarterTurn(Math.PI / 2 + 1e-6)).toBe(false);
  });
  it('exact on quarter turns below round-off, a bug above; approximate or broken off the grid', () => {
    expect(lawVerdict(Math.PI / 2, 1e-7, 0.05).kind).toBe('exact');
    expect(lawVerdict(Math.PI / 2, 1e-3, 0.05).kind).toBe('broken');
    expect(lawVerdict(0.6, 0.01, 0.05).kind).toBe('approximate');
    expect(lawVerdict(0.6, 0.2, 0.05).kind).toBe('broken');
  });
});

describe('filterFacts', () => {
  it('order 3 ignores constants; order 4 aliases with order 0 on the square grid', () => {
    const ring = defaultRadialProfile(9);
    expect(filterFacts(3, 9, ring, 0).constantResponse).toBeLessThan(1e-6);
    expect(filterFacts(4, 9, ring, 0).constantResponse).toBeGreaterThan(1e-4);
    expect(filterFacts(-1, 9, ring, 1).peakOrder).toBe(-1);
  });
});

describe('filter store', () => {
  it('ringSamples samples the Gaussian ring at r = 0..K/2', () => {
    const s = ringSamples(9, 2, 1);
    expect(s).toHaveLength(5);
    expect(s[2]).toBe(1);
    expect(s[0]).toBeCloseTo(Math.exp(-2), 3);
  });
  it('a new size keeps the order, the phase and a hand-drawn profile (padded with zeros)', () => {
    const store = createHarmonicFilterStore();
    const a = store.getState();
    a.setOrder(3);
    a.setPhase(1);
    a.setProfile('drawn');
    a.setSample(1, -0.5);
    a.setSample(0, 7); // clamped to [-1, 1]
    a.setKernel(17);
    const s = store.getState();
    expect([s.order, s.phase, s.profile, s.kernel]).toEqual([3, 1, 'drawn', 17]);
    expect(s.samples).toHaveLength(9);
    expect(s.samples[0]).toBe(1);
    expect(s.samples[1]).toBe(-0.5);
    expect(s.samples[8]).toBe(0);
    expect(radialProfileOf(s)).toEqual({ kind: 'sampled', values: s.samples });
  });
});

// Sampled circular harmonics against closed forms: the L1 scale, the quarter-turn law
// L_90 W_m = e^{-i m 90deg} W_m on the square grid (and its failure for a non-harmonic filter),
// the response to a constant image, and where the angular spectrum puts the weight.
import { describe, expect, it } from 'vitest';
import { circularHarmonic, defaultRadialProfile, type RadialProfile } from '../../../../src/layers';
import {
  angularSpectrum,
  filterSum,
  harmonicL1,
  harmonicWeights,
  quarterTurnError,
  rotateQuarter,
} from '../../../../src/experiments/harmonic/harmonicFilters';

const K = 9;
const RING = defaultRadialProfile(K);

describe('harmonic scale', () => {
  it('harmonicL1 is sum_d R(r_d) over the disc (the centre excluded for m != 0)', () => {
    const profile: RadialProfile = { kind: 'sampled', values: [1, 1, 1] };
    // 3 x 3 grid, disc r <= 1.5: all 9 offsets have R = 1 (r <= sqrt 2 < 2, linear between samples).
    expect(harmonicL1(0, 3, profile)).toBeCloseTo(9, 6);
    expect(harmonicL1(2, 3, profile)).toBeCloseTo(8, 6);
  });
  it('harmonicWeights bounds the response: sum |w W| = 1, so |W * x| <= max |x|', () => {
    for (const m of [-3, 0, 2]) {
      const [wr, wi] = harmonicWeights(m, K, RING, 0.7);
      expect(Math.hypot(wr, wi) * harmonicL1(m, K, RING)).toBeCloseTo(1, 6);
      expect(Math.atan2(wi, wr)).toBeCloseTo(0.7, 6);
    }
  });
});

describe('quarter turns', () => {
  it('rotateQuarter turns a marked pixel counter-clockwise: (x, y) = (1, 0) goes to (0, 1)', () => {
    const w = new Float32Array(2 * 9);
    w[1 * 3 + 2] = 1; // row 1, column 2: x = 1, y = 0
    const t = rotateQuarter(w, 3);
    expect(t[0 * 3 + 1]).toBe(1); // row 0, column 1: x = 0, y = 1
    expect(t.reduce((s, v) => s + v, 0)).toBe(1);
  });
  it.each([-4, -1, 0, 1, 2, 3, 4])(
    'W_%i turned by 90 degrees is e^{-i m pi/2} W_m to float32 round-off',
    (m) => {
      expect(quarterTurnError(circularHarmonic(m, K, RING, 0.4), K, m)).toBeLessThan(1e-6);
    },
  );
  it('a filter that is not a harmonic fails the same check', () => {
    const w = circularHarmonic(1, K, RING);
    w[3] += 0.5;
    expect(quarterTurnError(w, K, 1)).toBeGreaterThan(0.1);
    expect(quarterTurnError(circularHarmonic(2, K, RING), K, 1)).toBeGreaterThan(0.5);
  });
});

describe('filterSum and the angular spectrum', () => {
  it('a harmonic of order m != 0 ignores constant images; order 0 sums R', () => {
    const z = filterSum(circularHarmonic(3, K, RING), K);
    expect(Math.hypot(...z)).toBeLessThan(1e-5);
    expect(filterSum(circularHarmonic(0, K, RING), K)[0]).toBeCloseTo(harmonicL1(0, K, RING), 4);
  });
  it.each([-3, 0, 1, 2])('W_%i puts most weight on k = m and leaks only into k = m + 4j (C4 grid)', (m) => {
    const spectrum = angularSpectrum(circularHarmonic(m, 13, defaultRadialProfile(13)), 13);
    const best = spectrum.reduce((a, b) => (b.share > a.share ? b : a));
    expect(best.order).toBe(m);
    expect(best.share).toBeGreaterThan(0.9);
    for (const s of spectrum) if ((((s.order - m) % 4) + 4) % 4 !== 0) expect(s.share).toBeLessThan(1e-9);
  });
  it('shares sum to 1', () => {
    const total = angularSpectrum(circularHarmonic(2, K, RING), K).reduce((s, x) => s + x.share, 0);
    expect(total).toBeCloseTo(1, 9);
  });
});

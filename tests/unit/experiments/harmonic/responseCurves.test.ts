// Rotation response curves (Worrall et al. 2017) on the CPU reference: the matched filter's definition, a
// plain neuron tuned to one orientation, the G-CNN's orientation channels as shifted copies
// (exactly for quarter-turn shifts), and a flat harmonic magnitude.
import { describe, expect, it } from 'vitest';
import { createCpuBackend } from '../../../../src/engine/cpu/index';
import { matchedFilter, RotationResponseCurves } from '../../../../src/experiments/harmonic/responseCurves';

const S = 21;
const DEG = Math.PI / 180;

function letterL(): Float32Array {
  const img = new Float32Array(S * S);
  for (let i = 4; i < 16; i++) img[i * S + 7] = 1;
  for (let j = 7; j < 14; j++) img[15 * S + j] = 1;
  img[5 * S + 12] = 1;
  return img;
}

describe('matchedFilter', () => {
  it('is zero-mean on the disk, zero outside, and of unit norm', () => {
    const w = matchedFilter(letterL(), S);
    expect(Math.hypot(...w)).toBeCloseTo(1, 6);
    expect(w.reduce((s, v) => s + v, 0)).toBeCloseTo(0, 6);
    expect(w[0]).toBe(0);
  });
});

describe('RotationResponseCurves', () => {
  const backend = createCpuBackend();
  const curves = new RotationResponseCurves(backend, { size: S, order: 1, orientations: 8, blur: 1 });

  it('plain neuron peaks at 0 degrees; harmonic magnitude flat; channels shift by 90 degrees exactly', async () => {
    await curves.setInput(letterL());
    const thetas = Array.from({ length: 72 }, (_, k) => k * 5 * DEG);
    const samples = await curves.samplesAt(thetas);
    const plain = samples.map((s) => s.plain);
    expect(plain.indexOf(Math.max(...plain))).toBe(0);
    expect(Math.min(...plain)).toBeLessThan(0.6 * plain[0]);
    const h = samples.map((s) => s.harmonic);
    const mean = h.reduce((a, b) => a + b, 0) / h.length;
    expect((Math.max(...h) - Math.min(...h)) / mean).toBeLessThan(0.01);
    // channel j at theta + 90 degrees = channel j - 2 at theta (quarter turns permute pixels exactly)
    for (let k = 0; k < 54; k++)
      for (let j = 0; j < 8; j++) {
        const later = samples[k + 18].orientations[j];
        const now = samples[k].orientations[(j + 6) % 8];
        expect(Math.abs(later - now)).toBeLessThan(1e-5 * plain[0]);
      }
    // channel 0 is the plain filter itself
    expect(samples[7].orientations[0]).toBeCloseTo(samples[7].plain, 5);
  });

  it('the harmonic real part turns: it is not invariant', async () => {
    const samples = await curves.samplesAt([0, 90 * DEG, 180 * DEG]);
    expect(samples[2].harmonicReal).toBeCloseTo(-samples[0].harmonicReal, 5);
  });
});

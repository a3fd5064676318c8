// The Gaussian blur that band-limits inputs: its kernel against the closed form, and the layer
// against a direct sum (an impulse becomes the kernel; a constant stays constant in the interior).
import { describe, expect, it } from 'vitest';
import { createCpuBackend } from '../../../../src/engine/cpu/index';
import { GaussianBlurLayer, gaussianKernel } from '../../../../src/experiments/harmonic/bandlimit';

describe('gaussianKernel', () => {
  it('is exp(-r^2 / 2 sigma^2) normalised, on K = 2 ceil(3 sigma) + 1', () => {
    const { K, data } = gaussianKernel(1.5);
    expect(K).toBe(11);
    expect(data.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 6);
    const c = 5;
    expect(data[c * K + c + 2] / data[c * K + c]).toBeCloseTo(Math.exp(-4 / 4.5), 6);
    expect(data[(c - 1) * K + c + 1]).toBeCloseTo(data[(c + 1) * K + c - 1], 9);
  });
  it('refuses sigma <= 0', () => expect(() => gaussianKernel(0)).toThrow());
});

describe('GaussianBlurLayer', () => {
  const backend = createCpuBackend();
  it('turns an impulse into the kernel, per channel, and keeps a constant interior constant', async () => {
    const S = 21;
    const layer = new GaussianBlurLayer(backend, 2, 1);
    const x = new Float32Array(2 * S * S);
    x[10 * S + 10] = 1;
    x.fill(1, S * S);
    const out = backend.tensor([2, S, S]);
    layer.forward(backend.tensor([2, S, S], x), out);
    const y = await backend.read(out);
    const { K, data } = gaussianKernel(1);
    const r = (K - 1) / 2;
    for (let a = 0; a < K; a++)
      for (let b = 0; b < K; b++) expect(y[(10 - r + a) * S + 10 - r + b]).toBeCloseTo(data[a * K + b], 6);
    expect(y[S * S + 10 * S + 10]).toBeCloseTo(1, 6);
    expect(y[S * S]).toBeLessThan(0.5); // the corner sees zero padding
    layer.dispose();
  });
});

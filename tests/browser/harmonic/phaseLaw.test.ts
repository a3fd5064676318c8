// The harmonic response on real WebGPU (Chromium) and on the CPU reference: rotating a smooth input
// by the off-grid angle 37 degrees turns the order-m response by m theta (Worrall et al. 2017), measured at the
// rotation centre and on average over the disk; the centre value read through norms alone
// (polarization, float32 sums on the GPU) matches the pixel read back; both backends agree.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../../../src/engine/backend';
import { defaultRadialProfile } from '../../../src/layers';
import { phaseLawError } from '../../../src/experiments/harmonic/phase';
import { CentreProbe } from '../../../src/experiments/harmonic/projection';
import {
  HarmonicResponseExperiment,
  type ResponseMeasurement,
} from '../../../src/experiments/harmonic/responseExperiment';
import { centredBlobs } from '../../unit/experiments/harmonic/smoothInputs';
import { createBackends, noValidationErrors, report, type Backends } from '../engine/gpu';

const [S, K] = [33, 13];
const THETA = (37 * Math.PI) / 180;
const DEG = 180 / Math.PI;
// Stated tolerances (measured on the CPU: centre <= 0.04 deg, weighted <= 0.03 deg, error <= 0.014).
const CENTRE_TOL = 0.5 / DEG;
const WEIGHTED_TOL = 0.2 / DEG;
const ERROR_TOL = 0.02;
/** GPU against CPU: the same float32 inputs, float32 against float64 accumulation. */
const PARITY_RAD = 1e-3;

let b: Backends;
const figures = new Map<string, number>();
beforeAll(async () => {
  b = await createBackends();
});
afterAll(() => {
  report('harmonic phase law at 37 degrees (phase errors in degrees)', figures);
  b.destroy();
});

async function measure(backend: Backend, order: number): Promise<ResponseMeasurement> {
  const exp = new HarmonicResponseExperiment(backend, {
    order,
    kernel: K,
    radial: defaultRadialProfile(K),
    phase: 0.4,
    size: S,
    blur: 0,
  });
  exp.setInput(centredBlobs(S, 1));
  exp.run(THETA);
  const m = await exp.measure();
  exp.dispose();
  return m;
}

describe.each([1, 2, 3])('m = %i, theta = 37 degrees', (order) => {
  const results: Record<string, ResponseMeasurement> = {};

  it.each(['webgpu', 'cpu'] as const)('on %s the phase turns by m theta', async (kind) => {
    const backend = kind === 'webgpu' ? b.gpu : b.cpu;
    const m =
      kind === 'webgpu'
        ? await noValidationErrors(b.device, () => measure(backend, order))
        : await measure(backend, order);
    results[kind] = m;
    const centre = phaseLawError(m.centre.change, order, THETA);
    const weighted = phaseLawError(m.weighted.change, order, THETA);
    figures.set(`${kind} m=${order} centre`, Math.abs(centre * DEG));
    figures.set(`${kind} m=${order} weighted`, Math.abs(weighted * DEG));
    figures.set(`${kind} m=${order} relative error`, m.equivarianceError);
    expect(Math.abs(centre)).toBeLessThan(CENTRE_TOL);
    expect(Math.abs(weighted)).toBeLessThan(WEIGHTED_TOL);
    expect(m.equivarianceError).toBeLessThan(ERROR_TOL);
    // and not trivially: the wrong order misses by (m - (m - 1)) theta = 37 degrees
    expect(Math.abs(phaseLawError(m.weighted.change, order - 1, THETA))).toBeGreaterThan(30 / DEG);
  });

  it('WebGPU and the CPU reference measure the same phase changes', () => {
    const [g, c] = [results.webgpu, results.cpu];
    expect(Math.abs(phaseLawError(g.centre.change - c.centre.change, 0, 0))).toBeLessThan(PARITY_RAD);
    expect(Math.abs(phaseLawError(g.weighted.change - c.weighted.change, 0, 0))).toBeLessThan(PARITY_RAD);
    expect(Math.abs(g.equivarianceError - c.equivarianceError)).toBeLessThan(1e-3);
  });
});

describe('reading a value through norms on the GPU', () => {
  it('the polarization probe gives the centre pixel to 1e-4 relative despite float32 sums', async () => {
    const exp = new HarmonicResponseExperiment(b.gpu, {
      order: 2,
      kernel: K,
      radial: defaultRadialProfile(K),
      phase: 0,
      size: S,
      blur: 0,
    });
    exp.setInput(centredBlobs(S, 5));
    exp.run(THETA);
    const probe = new CentreProbe(b.gpu, S);
    const got = await noValidationErrors(b.device, () => probe.value(exp.phiRx));
    const map = await b.gpu.read(exp.phiRx);
    const c = ((S - 1) / 2) * S + (S - 1) / 2;
    const want = [map[c], map[S * S + c]];
    const rel = Math.hypot(got[0] - want[0], got[1] - want[1]) / Math.hypot(want[0], want[1]);
    figures.set('gpu centre probe relative error', rel);
    expect(rel).toBeLessThan(1e-4);
    probe.dispose();
    exp.dispose();
  });
});

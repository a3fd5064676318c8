// Order arithmetic and the sweeps on real WebGPU against the CPU reference: chained orders add
// (Delta/theta = m + n), the magnitude ReLU adds no phase, the two-layer stream's magnitude is
// invariant; the error-vs-angle sweep is exact at quarter turns and low off the grid for the
// harmonic layers only; the rotation response curves agree between the backends.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../../../src/engine/backend';
import { ErrorSweep } from '../../../src/experiments/harmonic/errorSweep';
import { OrderExperiment, type OrderMeasurement } from '../../../src/experiments/harmonic/orderExperiment';
import type { ArithmeticConfig } from '../../../src/experiments/harmonic/orderNetworks';
import { RotationResponseCurves } from '../../../src/experiments/harmonic/responseCurves';
import { centredBlobs } from '../../unit/experiments/harmonic/smoothInputs';
import { createBackends, noValidationErrors, report, type Backends } from '../engine/gpu';

const S = 33;
const THETA = (15 * Math.PI) / 180;
const ORDER_TOL = 0.05;
const LAW_TOL = 0.03;

let b: Backends;
const figures = new Map<string, number>();
beforeAll(async () => {
  b = await createBackends();
});
afterAll(() => {
  report('harmonic orders and sweeps on WebGPU', figures);
  b.destroy();
});

const both = (): [string, () => Backend][] => [
  ['webgpu', () => b.gpu],
  ['cpu', () => b.cpu],
];

async function orders(backend: Backend, c: Partial<ArithmeticConfig>): Promise<OrderMeasurement> {
  const run = async () => {
    const exp = new OrderExperiment(
      backend,
      { mode: 'chain', m: 1, n: 1, bias: -0.05, kernel: 13, size: S, ...c },
      0,
    );
    await exp.setInput(centredBlobs(S, 1));
    exp.run(THETA);
    const m = await exp.measure();
    exp.dispose();
    return m;
  };
  return backend === b.gpu ? noValidationErrors(b.device, run) : run();
}
const tap = (m: OrderMeasurement, id: string) => m.taps.find((t) => t.id === id)!;

describe.each(both())('orders on %s', (kind, backend) => {
  it.each([
    [1, 2],
    [2, -3],
    [-1, -1],
  ])('W_%i then W_%i: Delta/theta = m + n', async (m, n) => {
    const r = await orders(backend(), { mode: 'chain', m, n });
    const chain = tap(r, 'chain');
    figures.set(`${kind} chain ${m}+${n} estimated order`, chain.estimatedOrder);
    expect(Math.abs(chain.estimatedOrder - (m + n))).toBeLessThan(ORDER_TOL);
    expect(chain.lawError[m + n]).toBeLessThan(LAW_TOL);
    expect(chain.lawError[m]).toBeGreaterThan(0.1);
  });

  it('the magnitude ReLU adds no phase; the stream magnitude is invariant', async () => {
    const nl = await orders(backend(), { mode: 'nonlinearity', m: 2, bias: -0.02 });
    expect(Math.abs(tap(nl, 'c-relu').addedPhase)).toBeLessThan(1e-5);
    expect(tap(nl, 'relu').lawError[2]).toBeGreaterThan(0.1);
    const st = await orders(backend(), { mode: 'stream' });
    figures.set(`${kind} stream magnitude invariance error`, tap(st, 'magnitude').lawError[0]);
    expect(tap(st, 'magnitude').lawError[0]).toBeLessThan(LAW_TOL);
  });
});

describe('error against the angle', () => {
  it('WebGPU: quarter turns exact, harmonic low off the grid, G-CNNs not; agrees with the CPU', async () => {
    const cfg = { size: S, gcnnKernel: 5, harmonicKernel: 9, channels: 1, blur: 1.5, bias: -0.05, seed: 11 };
    const sweeps = [new ErrorSweep(b.gpu, cfg), new ErrorSweep(b.cpu, cfg)];
    const img = centredBlobs(S, 2, 0, 4, 8, 1.2);
    sweeps.forEach((s) => s.setInput(img));
    for (const deg of [90, 37, 200]) {
      const [g, c] = await noValidationErrors(b.device, () =>
        Promise.all(sweeps.map((s) => s.errorsAt((deg * Math.PI) / 180))),
      );
      for (const m of ['c4', 'c8', 'harmonic'] as const)
        figures.set(`gpu ${deg} deg ${m} relative error`, g[m].raw);
      if (deg === 90) for (const e of [g.c4.raw, g.c8.raw, g.harmonic.raw]) expect(e).toBeLessThan(1e-5);
      else {
        expect(g.harmonic.raw).toBeLessThan(0.05);
        expect(g.c4.raw).toBeGreaterThan(0.1);
      }
      for (const m of ['c4', 'c8', 'harmonic'] as const)
        expect(Math.abs(g[m].bandlimited - c[m].bandlimited)).toBeLessThan(1e-3 + 1e-3 * c[m].bandlimited);
    }
    sweeps.forEach((s) => s.dispose());
  });

  it('rotation response curves: the same centre responses on WebGPU and the CPU', async () => {
    const curves = [b.gpu, b.cpu].map(
      (k) => new RotationResponseCurves(k, { size: 17, order: 2, orientations: 8, blur: 1 }),
    );
    const img = centredBlobs(17, 3, 0, 5, 5, 1.5);
    await Promise.all(curves.map((c) => c.setInput(img)));
    const thetas = [0, 0.3, 1.7, 4];
    const [g, c] = await noValidationErrors(b.device, () =>
      Promise.all(curves.map((x) => x.samplesAt(thetas))),
    );
    const scale = Math.max(...c.map((s) => Math.abs(s.plain)));
    for (let i = 0; i < thetas.length; i++) {
      expect(Math.abs(g[i].plain - c[i].plain)).toBeLessThan(1e-4 * scale);
      g[i].orientations.forEach((v, j) =>
        expect(Math.abs(v - c[i].orientations[j])).toBeLessThan(1e-4 * scale),
      );
      expect(Math.abs(g[i].harmonic - c[i].harmonic)).toBeLessThan(1e-4 * c[i].harmonic + 1e-7);
    }
    const h = g.map((s) => s.harmonic);
    figures.set('gpu harmonic magnitude spread over 4 angles', (Math.max(...h) - Math.min(...h)) / h[0]);
    expect((Math.max(...h) - Math.min(...h)) / h[0]).toBeLessThan(0.02);
    curves.forEach((x) => x.dispose());
  });
});

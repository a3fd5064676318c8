// Rotation-order arithmetic (Worrall et al. 2017) measured on the CPU reference under a 15-degree test
// rotation of smooth blobs: chained orders add, a sum of equal orders keeps the order while a
// mixture fits none, the magnitude ReLU keeps the phase (a ReLU on parts does not), and a
// two-layer stream's magnitude is invariant. Reference: the law e^{i M theta} with M from theory.
import { describe, expect, it } from 'vitest';
import { createCpuBackend } from '../../../../src/engine/cpu/index';
import type { ArithmeticConfig } from '../../../../src/experiments/harmonic/orderNetworks';
import { OrderExperiment, type OrderMeasurement } from '../../../../src/experiments/harmonic/orderExperiment';
import { centredBlobs } from './smoothInputs';

const backend = createCpuBackend();
const THETA = (15 * Math.PI) / 180;
const S = 33;
// Measured: order estimates within 0.01 of M for |M| <= 3 and law errors below 0.02 (K = 13).
const ORDER_TOL = 0.05;
const LAW_TOL = 0.03;
const BROKEN = 0.1;

async function measure(c: Partial<ArithmeticConfig>): Promise<OrderMeasurement> {
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
}

const tap = (m: OrderMeasurement, id: string) => m.taps.find((t) => t.id === id)!;

describe('chains add orders', () => {
  it.each([
    [1, 1],
    [2, -1],
    [-1, 3],
    [1, 2],
  ])('W_%i then W_%i has order m + n; neither m nor n fits', async (m, n) => {
    const r = await measure({ mode: 'chain', m, n });
    expect(tap(r, 'first').estimatedOrder).toBeCloseTo(m, 1);
    const chain = tap(r, 'chain');
    expect(Math.abs(chain.estimatedOrder - (m + n))).toBeLessThan(ORDER_TOL);
    expect(chain.lawError[m + n]).toBeLessThan(LAW_TOL);
    if (n !== 0) expect(chain.lawError[m]).toBeGreaterThan(BROKEN);
    if (m !== 0) expect(chain.lawError[n]).toBeGreaterThan(BROKEN);
  });
});

describe('sums', () => {
  it('two different maps of order 2 add to an order-2 map', async () => {
    const r = await measure({ mode: 'sum', m: 2, n: 2 });
    const sum = tap(r, 'sum');
    expect(Math.abs(sum.estimatedOrder - 2)).toBeLessThan(ORDER_TOL);
    expect(sum.lawError[2]).toBeLessThan(LAW_TOL);
  });
  it('orders 1 and 3, balanced to equal size, add to a map of no order', async () => {
    const r = await measure({ mode: 'sum', m: 1, n: 3 });
    expect(tap(r, 'a').outputMax / tap(r, 'b').outputMax).toBeGreaterThan(0.3);
    for (const M of [1, 2, 3]) expect(tap(r, 'sum').lawError[M]).toBeGreaterThan(BROKEN);
  });
});

describe('nonlinearities', () => {
  it('the magnitude ReLU adds no phase and keeps order m; a ReLU on parts breaks the law', async () => {
    const r = await measure({ mode: 'nonlinearity', m: 2, bias: -0.02 });
    const kept = tap(r, 'c-relu');
    expect(Math.abs(kept.addedPhase)).toBeLessThan(1e-5);
    expect(kept.lawError[2]).toBeLessThan(LAW_TOL);
    const broken = tap(r, 'relu');
    expect(Math.abs(broken.addedPhase)).toBeGreaterThan(1e-3);
    expect(broken.lawError[2]).toBeGreaterThan(BROKEN);
  });
});

describe('a two-layer harmonic stream', () => {
  it('its order-1 output obeys e^{i theta} and its magnitude is invariant', async () => {
    const r = await measure({ mode: 'stream', bias: -0.05 });
    expect(tap(r, 'out').lawError[1]).toBeLessThan(LAW_TOL);
    expect(tap(r, 'out').lawError[0]).toBeGreaterThan(BROKEN);
    expect(tap(r, 'magnitude').lawError[0]).toBeLessThan(LAW_TOL);
  });
});

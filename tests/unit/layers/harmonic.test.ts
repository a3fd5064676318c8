// Harmonic networks (Worrall et al. 2017): circular harmonics against their closed form, the one-real-
// correlation route against a direct complex sum, the rotation law (response times e^{i m theta})
// at the rotation centre and as maps, and orders adding along a chain.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Tensor } from '../../../src/engine/backend';
import { createCpuBackend, harmonicConvolution } from '../../../src/engine/cpu/index';
import {
  actOnImage,
  circularHarmonic,
  ComplexRotation,
  ComplexSumLayer,
  expandComplexBank,
  HarmonicConvLayer,
  MagnitudeLayer,
  MagnitudeReluLayer,
  Pipeline,
  radialValue,
  type Layer,
  type RadialProfile,
} from '../../../src/layers';
import { mulberry32, randomNormal } from '../../../src/math/random';
import { copyTensor, equivarianceError, offGridAngle, TOLERANCE } from '../helpers/equivariance';
import { noiseTensor } from '../helpers/tensors';

const backend = createCpuBackend();
const RING: RadialProfile = { kind: 'gaussianRing', radius: 3, width: 1 };
const [S, K] = [25, 9];
const CENTRE = 12 * S + 12;

/** Gaussian blobs (sigma 2) at seeded centres within radius 6, all turned by theta about the centre: exact rotation. */
function blobs(seed: number, theta: number): Float32Array {
  const uniform = mulberry32(seed);
  const out = new Float32Array(S * S);
  for (let k = 0; k < 6; k++) {
    const [r, phi, amplitude] = [6 * Math.sqrt(uniform()), 2 * Math.PI * uniform(), 2 * uniform() - 1];
    const [x0, y0] = [r * Math.cos(phi + theta), r * Math.sin(phi + theta)];
    for (let i = 0; i < S; i++)
      for (let j = 0; j < S; j++) {
        const [dx, dy] = [j - 12 - x0, 12 - i - y0];
        out[i * S + j] += amplitude * Math.exp(-(dx * dx + dy * dy) / 8);
      }
  }
  return out;
}

function harmonic(
  orders: number | number[],
  complexInput: boolean,
  inChannels = 1,
  seed = 1,
): HarmonicConvLayer {
  const outChannels = typeof orders === 'number' ? 1 : orders.length;
  return new HarmonicConvLayer(
    backend,
    { inChannels, outChannels, kernelSize: K, orders, complexInput, radial: RING },
    { seed },
  );
}

/** z at the centre pixel of a complex map [1, 2, S, S], and the RMS |z| over the disk of radius 8. */
async function centreAndScale(t: Tensor): Promise<{ z: [number, number]; rms: number }> {
  const d = await backend.read(t);
  let [sum, n] = [0, 0];
  for (let i = 0; i < S; i++)
    for (let j = 0; j < S; j++)
      if ((i - 12) ** 2 + (j - 12) ** 2 <= 64) {
        sum += d[i * S + j] ** 2 + d[S * S + i * S + j] ** 2;
        n++;
      }
  return { z: [d[CENTRE], d[S * S + CENTRE]], rms: Math.sqrt(sum / n) };
}

/** |z_theta - e^{i m theta} z_0| / RMS |z_0| at the centre, for a response function of the input image. */
async function centreLawError(
  respond: (x: Tensor) => Tensor,
  m: number,
  seed: number,
  theta: number,
): Promise<number> {
  const base = await centreAndScale(respond(backend.tensor([1, S, S], blobs(seed, 0))));
  const turned = await centreAndScale(respond(backend.tensor([1, S, S], blobs(seed, theta))));
  const [c, s] = [Math.cos(m * theta), Math.sin(m * theta)];
  const want = [c * base.z[0] - s * base.z[1], s * base.z[0] + c * base.z[1]];
  return Math.hypot(turned.z[0] - want[0], turned.z[1] - want[1]) / base.rms;
}

describe('circular harmonics W_m = R(r) e^{i(m phi + beta)}', () => {
  it('closed-form values on a 5 x 5 grid (y up, phi counter-clockwise)', () => {
    const profile: RadialProfile = { kind: 'sampled', values: [1, 0.5, 0.25] };
    const beta = 0.3;
    const w = circularHarmonic(2, 5, profile, beta);
    const value = (a: number, b: number) => [w[a * 5 + b], w[25 + a * 5 + b]];
    // (a, b) = (2, 4): x = 2, y = 0, phi = 0, R = 0.25.
    expect(value(2, 4)[0]).toBeCloseTo(0.25 * Math.cos(beta), 6);
    // (a, b) = (0, 2): x = 0, y = 2, phi = pi/2: e^{i(pi + beta)}.
    expect(value(0, 2)[1]).toBeCloseTo(0.25 * Math.sin(Math.PI + beta), 6);
    // (1, 3): x = 1, y = 1, r = sqrt2, phi = pi/4: R = 0.5 + (sqrt2 - 1)(0.25 - 0.5).
    const R = 0.5 - 0.25 * (Math.SQRT2 - 1);
    expect(value(1, 3)).toEqual([
      Math.fround(R * Math.cos(Math.PI / 2 + beta)),
      Math.fround(R * Math.sin(Math.PI / 2 + beta)),
    ]);
    expect(value(2, 2)).toEqual([0, 0]); // centre: 0 for m != 0
    expect(value(0, 0)).toEqual([0, 0]); // corner r = 2 sqrt2 > 5/2: outside the disc
    expect(circularHarmonic(0, 5, profile)[12]).toBe(1); // m = 0 keeps R(0)
    expect(radialValue(profile, 2.5)).toBeCloseTo(0.125, 12); // falls linearly to 0 at r = 3
    expect(radialValue(RING, 3)).toBe(1);
  });

  it('expandComplexBank of k = 2 + 3i: [[2, -3], [3, 2]] for complex input, [[2], [3]] for real input', () => {
    const k = Float32Array.of(2, 3);
    expect(Array.from(expandComplexBank(k, 1, 1, 1, true))).toEqual([2, -3, 3, 2]);
    expect(Array.from(expandComplexBank(k, 1, 1, 1, false))).toEqual([2, 3]);
  });
});

describe('HarmonicConvLayer', () => {
  it.each([false, true])(
    'one real correlation with the expanded bank = direct complex sum (complex input: %s)',
    async (complexInput) => {
      const layer = harmonic([1, -2, 3], complexInput, 2, 5);
      const inShape = complexInput ? [2, 2, 11, 13] : [2, 11, 13];
      const x = randomNormal(
        3,
        inShape.reduce((a, b) => a * b, 1),
      );
      const out = backend.tensor([3, 2, 11, 13]);
      layer.forward(backend.tensor(inShape, x), out);
      const got = await backend.read(out);
      const want = harmonicConvolution(x, inShape, complexInput, layer.kernels, [3, 2, 2, K, K]);
      want.forEach((v, k) => expect(Math.abs(got[k] - v)).toBeLessThan(1e-4));
    },
  );

  it.each([-4, -3, -2, -1, 0, 1, 2, 3, 4])(
    'm = %i: exact law e^{i m pi/2} for a quarter turn, white noise input',
    async (m) => {
      const layer = harmonic(m, false);
      const rotation = new ComplexRotation(backend, [1, 2, S, S], [m]);
      const quarter = Math.PI / 2;
      const err = await equivarianceError({
        backend,
        input: noiseTensor(backend, [1, S, S], m + 10),
        outputShape: [1, 2, S, S],
        layer: (x, out) => layer.forward(x, out),
        actOnInput: (x, out) => actOnImage(backend, x, out, { angle: quarter }),
        actOnOutput: (y, out) => rotation.apply(y, out, quarter),
      });
      expect(err.relL2).toBeLessThan(TOLERANCE.cpu.gridExact);
    },
  );

  it.each([-3, -2, -1, 0, 1, 2, 3])(
    'm = %i, any angle, smooth input: the centre response turns by e^{i m theta}',
    async (m) => {
      // Measured max 0.009 for |m| <= 1, 0.02 for |m| = 2, 0.08 for |m| = 3, hence the looser bound
      // for order 3. For |m| <= 2 the cause is mostly the ring's cut at the disc edge r = K/2, where
      // RING is still 0.32 of its peak: tapering it smoothly to 0 there (cos² window) brings m = 1
      // from 6.7e-3 to 5e-4 on these blobs. For |m| = 3 the 9 x 9 grid's sampling of e^{3i phi}
      // dominates, and a taper does not help.
      const tolerance = Math.abs(m) <= 2 ? TOLERANCE.cpu.harmonicSmooth : TOLERANCE.cpu.harmonicSmoothOrder3;
      const layer = harmonic(m, false);
      const out = backend.tensor([1, 2, S, S]);
      const respond = (x: Tensor) => (layer.forward(x, out), out);
      await fc.assert(
        fc.asyncProperty(fc.nat(1000), offGridAngle, async (seed, theta) => {
          expect(await centreLawError(respond, m, seed, theta)).toBeLessThan(tolerance);
        }),
        { numRuns: 8 },
      );
    },
  );

  it.each([-2, 0, 1, 3])('m = %i: the law is specific to the order (order m + 1 is far off)', async (m) => {
    const layer = harmonic(m, false);
    const out = backend.tensor([1, 2, S, S]);
    const respond = (x: Tensor) => (layer.forward(x, out), out);
    expect(await centreLawError(respond, m, 1, 1.2)).toBeLessThan(TOLERANCE.cpu.harmonicSmoothOrder3);
    expect(await centreLawError(respond, m + 1, 1, 1.2)).toBeGreaterThan(0.3);
  });

  it.each([-2, 1, 3])(
    'm = %i, any angle, smooth input: maps commute with the rotation (disk-masked)',
    async (m) => {
      const layer = harmonic(m, false);
      const rotation = new ComplexRotation(backend, [1, 2, S, S], [m]);
      await fc.assert(
        fc.asyncProperty(fc.nat(1000), offGridAngle, async (seed, theta) => {
          const err = await equivarianceError({
            backend,
            input: backend.tensor([1, S, S], blobs(seed, 0)),
            outputShape: [1, 2, S, S],
            layer: (x, out) => layer.forward(x, out),
            actOnInput: (x, out) => actOnImage(backend, x, out, { angle: theta }, 'bicubic'),
            actOnOutput: (y, out) => rotation.apply(y, out, theta, 'bicubic'),
            mask: true,
          });
          expect(err.relL2).toBeLessThan(TOLERANCE.cpu.harmonicSmooth);
        }),
        { numRuns: 6 },
      );
    },
  );
});

describe('harmonic streams', () => {
  it.each([
    [1, 1],
    [2, -1],
    [1, -1],
    [-1, 3],
  ])('orders add: m = %i then n = %i (with a magnitude ReLU between) gives order m + n', async (m, n) => {
    const layers: Layer[] = [
      harmonic(m, false),
      new MagnitudeReluLayer(backend, 1, Float32Array.of(-0.2)),
      harmonic(n, true, 1, 2),
    ];
    const pipe = new Pipeline(backend, layers, [1, S, S]);
    const respond = (x: Tensor) => pipe.run(x);
    for (const [seed, theta] of [
      [1, 0.7],
      [2, -2.1],
      [3, 2.8],
    ])
      expect(await centreLawError(respond, m + n, seed, theta)).toBeLessThan(TOLERANCE.cpu.harmonicSmooth);
    // Neither m nor n alone describes the chain.
    expect(await centreLawError(respond, m, 1, 0.7)).toBeGreaterThan(0.1);
    pipe.dispose(true);
  });

  it('magnitudes are invariant: |z| of an order-2 stream commutes with a plain image rotation', async () => {
    const pipe = new Pipeline(backend, [harmonic([1, 2], false), new MagnitudeLayer(backend)], [1, S, S]);
    const err = await equivarianceError({
      backend,
      input: backend.tensor([1, S, S], blobs(7, 0)),
      outputShape: [2, S, S],
      layer: (x, out) => copyTensor(backend, pipe.run(x), out),
      actOnInput: (x, out) => actOnImage(backend, x, out, { angle: 1.1 }, 'bicubic'),
      actOnOutput: (y, out) => actOnImage(backend, y, out, { angle: 1.1 }, 'bicubic'),
      mask: true,
    });
    expect(err.relL2).toBeLessThan(TOLERANCE.cpu.harmonicSmooth);
  });

  it('complex sum adds the channels of a complex map', async () => {
    const x = randomNormal(4, 3 * 2 * 4);
    const out = backend.tensor([1, 2, 2, 2]);
    new ComplexSumLayer(backend, 3).forward(backend.tensor([3, 2, 2, 2], x), out);
    const got = await backend.read(out);
    for (let p = 0; p < 8; p++) expect(got[p]).toBeCloseTo(x[p] + x[8 + p] + x[16 + p], 5);
  });
});

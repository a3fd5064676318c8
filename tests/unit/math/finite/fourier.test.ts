// The group Fourier transform (Worrall et al. 2017): inversion, the convolution theorem, and the weight of the
// real 2x2 blocks of complex type in the real inverse. Tolerance: 1e-9 (float64).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  complexGroupFourierTransform,
  cyclicGroup,
  dihedralGroup,
  groupConvolution,
  groupFourierTransform,
  inverseGroupFourierTransform,
  planarComplexIrreps,
  planarRealIrreps,
  realInverseGroupFourierTransform,
  realInverseWeight,
  regularRepresentation,
} from '../../../../src/math/finite';
import {
  complexMatmul,
  complexMaxAbsDiff,
  matmul,
  matvec,
  maxAbsDiff,
  trace,
} from '../../../../src/math/linalg';
import { ALL_PLANAR, TOL, arbFunction, maxAbsVecDiff } from './helpers';

const cases = ALL_PLANAR.map((g) => [g.name, g] as const);

describe.each(cases)('%s', (_, g) => {
  const complexIrreps = planarComplexIrreps(g);
  const realIrreps = planarRealIrreps(g);
  it('complex inversion: f(a) = (1/|G|) Σ d_ρ Tr(ρ(a^-1) f̂(ρ)), imaginary part 0', () => {
    fc.assert(
      fc.property(arbFunction(g.order), (f) => {
        const back = inverseGroupFourierTransform(
          g,
          complexIrreps,
          complexIrreps.map((p) => complexGroupFourierTransform(f, p)),
        );
        return maxAbsVecDiff(back.re, f) < TOL && maxAbsVecDiff(back.im, new Array(g.order).fill(0)) < TOL;
      }),
      { numRuns: 20 },
    );
  });
  it('real inversion with weights d_ψ (real type) and 1 (2x2 blocks of complex type)', () => {
    fc.assert(
      fc.property(arbFunction(g.order), (f) => {
        const back = realInverseGroupFourierTransform(
          g,
          realIrreps,
          realIrreps.map((p) => groupFourierTransform(f, p)),
        );
        return maxAbsVecDiff(back, f) < TOL;
      }),
      { numRuns: 20 },
    );
  });
  it('convolution theorem (f * h)^(ρ) = f̂(ρ) ĥ(ρ), real and complex irreps', () => {
    fc.assert(
      fc.property(arbFunction(g.order), arbFunction(g.order), (f, h) => {
        const conv = groupConvolution(g, f, h);
        const realOk = realIrreps.every(
          (p) =>
            maxAbsDiff(
              groupFourierTransform(conv, p),
              matmul(groupFourierTransform(f, p), groupFourierTransform(h, p)),
            ) < TOL,
        );
        const complexOk = complexIrreps.every(
          (p) =>
            complexMaxAbsDiff(
              complexGroupFourierTransform(conv, p),
              complexMatmul(complexGroupFourierTransform(f, p), complexGroupFourierTransform(h, p)),
            ) < TOL,
        );
        return realOk && complexOk;
      }),
      { numRuns: 20 },
    );
  });
  it('convolution is f * h = Σ_c f(c) L_c h (a second route through the regular representation)', () => {
    fc.assert(
      fc.property(arbFunction(g.order), arbFunction(g.order), (f, h) => {
        const reg = regularRepresentation(g);
        const viaRegular = new Array<number>(g.order).fill(0);
        for (let c = 0; c < g.order; c++)
          matvec(reg.rho(c), h).forEach((x, i) => (viaRegular[i] += f[c] * x));
        return maxAbsVecDiff(groupConvolution(g, f, h), viaRegular) < TOL;
      }),
      { numRuns: 20 },
    );
  });
  it('the transform of a delta at a is ρ(a)', () => {
    for (let a = 0; a < g.order; a++) {
      const delta = Array.from({ length: g.order }, (_, i) => (i === a ? 1 : 0));
      for (const p of realIrreps) expect(maxAbsDiff(groupFourierTransform(delta, p), p.rho(a))).toBe(0);
    }
  });
});

describe('closed forms and the weight of the complex-type blocks', () => {
  it('C_N: f̂(χ_k) = Σ_j f(j) e^{2πijk/N}, the DFT with a plus sign', () => {
    const n = 7;
    const g = cyclicGroup(n);
    const f = [0.3, -1, 2, 0.5, 0, -0.25, 1.5];
    for (const p of planarComplexIrreps(g)) {
      const hat = complexGroupFourierTransform(f, p);
      let re = 0;
      let im = 0;
      f.forEach((x, j) => {
        re += x * Math.cos((2 * Math.PI * j * p.frequency) / n);
        im += x * Math.sin((2 * Math.PI * j * p.frequency) / n);
      });
      expect(Math.abs(hat.re[0][0] - re) + Math.abs(hat.im[0][0] - im)).toBeLessThan(TOL);
    }
  });
  it('C_N: f̂(χ_m) is the usual DFT (minus sign) at frequency N - m, as the lesson says', () => {
    const n = 6;
    const g = cyclicGroup(n);
    const f = [1, -0.5, 2, 0, 0.75, -1];
    // The usual forward DFT, F[q] = Σ_j f(j) e^{-2πijq/N}, as numerical libraries define it.
    const usual = (q: number) =>
      f.reduce(
        ([re, im], x, j) => [
          re + x * Math.cos((2 * Math.PI * j * q) / n),
          im - x * Math.sin((2 * Math.PI * j * q) / n),
        ],
        [0, 0],
      );
    for (const p of planarComplexIrreps(g)) {
      const hat = complexGroupFourierTransform(f, p);
      const [re, im] = usual((n - p.frequency) % n);
      expect(Math.abs(hat.re[0][0] - re) + Math.abs(hat.im[0][0] - im)).toBeLessThan(TOL);
    }
  });
  it('C_N convolution is circular convolution (f * h)(k) = Σ_j f(k - j) h(j)', () => {
    const n = 5;
    const f = [1, 2, 0, -1, 3];
    const h = [0.5, 0, 1, 0, -2];
    const expected = f.map((_, k) => h.reduce((s, hj, j) => s + f[(k - j + n) % n] * hj, 0));
    expect(maxAbsVecDiff(groupConvolution(cyclicGroup(n), f, h), expected)).toBeLessThan(TOL);
  });
  it('C8: a 2x2 block of frequency m gets weight 1, not its dimension 2', () => {
    const g = cyclicGroup(8);
    const irreps = planarRealIrreps(g);
    expect(irreps.map(realInverseWeight)).toEqual([1, 1, 1, 1, 1]);
    // f = cos(2π·3k/8) lives in the m = 3 block only: weight 1 recovers it, weight 2 doubles it.
    const f = Array.from({ length: 8 }, (_, k) => Math.cos((2 * Math.PI * 3 * k) / 8));
    const block = irreps.find((p) => p.frequency === 3)!;
    const hat = groupFourierTransform(f, block);
    const rebuilt = f.map((_, a) => trace(matmul(block.rho(g.inverse(a)), hat)) / g.order);
    expect(maxAbsVecDiff(rebuilt, f)).toBeLessThan(TOL);
    expect(
      maxAbsVecDiff(
        rebuilt.map((x) => 2 * x),
        f,
      ),
    ).toBeGreaterThan(0.5);
  });
  it('D_N: every real irrep is of real type and gets weight d_ψ', () => {
    expect(planarRealIrreps(dihedralGroup(6)).map(realInverseWeight)).toEqual([1, 1, 1, 1, 2, 2]);
  });
});

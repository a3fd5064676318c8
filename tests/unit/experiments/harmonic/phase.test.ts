// Phase arithmetic against closed forms: wrapping into (-pi, pi], the phase turned between two
// complex numbers, the phase law m theta and the order read from one test rotation.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  estimateOrder,
  formatDegrees,
  maxResolvableOrder,
  phaseChange,
  phaseLawError,
  wrapPhase,
} from '../../../../src/experiments/harmonic/phase';

describe('wrapPhase', () => {
  it('lands in (-pi, pi] and differs from its input by a whole number of turns', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e3, max: 1e3, noNaN: true }), (a) => {
        const w = wrapPhase(a);
        expect(w).toBeGreaterThan(-Math.PI);
        expect(w).toBeLessThanOrEqual(Math.PI);
        const turns = (a - w) / (2 * Math.PI);
        expect(Math.abs(turns - Math.round(turns))).toBeLessThan(1e-9);
      }),
      { numRuns: 100 },
    );
  });
  it('maps -pi to pi and keeps values already inside', () => {
    expect(wrapPhase(-Math.PI)).toBe(Math.PI);
    expect(wrapPhase(0.5)).toBe(0.5);
    expect(wrapPhase(3 * Math.PI)).toBeCloseTo(Math.PI, 12);
  });
});

describe('phaseChange', () => {
  it('is arg(z1 / z0) for z1 = r e^{i a} z0 with any positive r', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -Math.PI, max: Math.PI, noNaN: true }),
        fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }),
        fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
        (turn, phase0, r) => {
          const z0 = [2 * Math.cos(phase0), 2 * Math.sin(phase0)] as const;
          const z1 = [r * Math.cos(phase0 + turn), r * Math.sin(phase0 + turn)] as const;
          expect(Math.abs(wrapPhase(phaseChange(z0, z1) - turn))).toBeLessThan(1e-9);
        },
      ),
      { numRuns: 100 },
    );
  });
  it('is NaN when either number is 0', () => {
    expect(phaseChange([0, 0], [1, 0])).toBeNaN();
  });
});

describe('the phase law and order estimates', () => {
  it('phaseLawError is 0 for a change of exactly m theta, even past a full turn', () => {
    expect(phaseLawError(wrapPhase(3 * 2.5), 3, 2.5)).toBeCloseTo(0, 12);
    expect(phaseLawError(0.1, 1, 0)).toBeCloseTo(0.1, 12);
  });
  it('estimateOrder recovers M from M theta when |M theta| < pi', () => {
    const theta = (15 * Math.PI) / 180;
    for (let M = -11; M <= 11; M++) expect(estimateOrder(wrapPhase(M * theta), theta)).toBeCloseTo(M, 9);
    expect(maxResolvableOrder(theta)).toBe(11);
  });
  it('formats signed degrees', () => {
    expect(formatDegrees(Math.PI / 4)).toBe('+45.0°');
    expect(formatDegrees(-Math.PI / 2)).toBe('−90.0°');
    expect(formatDegrees(NaN)).toBe('—');
  });
});

// The nonlinearities of the steerable lesson against references worked by hand: the rotation of the
// blocks about z (each pair (m, −m) turns by mθ, written out without the Wigner-D code), ReLU's
// commuting error at a quarter turn about z (exactly 1 for h⁽¹⁾ = (−1, 0, 1)), the norm nonlinearity's
// kept direction and new length, the gates as numbers, the tensor square of a lone vector; and the
// exact maps commuting for random h and R while ReLU does not.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { identity } from '../../../../src/math/linalg';
import { mulberry32 } from '../../../../src/math/random';
import { so3FromAxisAngle, so3Random, so3RotationZ } from '../../../../src/math/so3';
import {
  COMMUTING_TOLERANCE,
  FEATURE_SIZE,
  commutingCheck,
  commutingChecks,
  featureOf,
  gatedNonlinearity,
  gates,
  normNonlinearity,
  pointwiseRelu,
  rotateFeature,
  tensorSquare,
  type SteerableFeature,
} from '../../../../src/experiments/steerable/steerableNonlinearities';

/**
 * D^(l)(R_z(θ)) by hand: Y_{l,±m} ∝ (sin mφ, cos mφ) times a function of z, and Y(R n) = D Y(n), so
 * h'_{−m} = cos(mθ) h_{−m} + sin(mθ) h_m and h'_m = cos(mθ) h_m − sin(mθ) h_{−m}; h'_0 = h_0.
 */
function rotateAboutZ(block: readonly number[], theta: number): number[] {
  const l = (block.length - 1) / 2;
  const out = [...block];
  for (let m = 1; m <= l; m++) {
    const [c, s] = [Math.cos(m * theta), Math.sin(m * theta)];
    out[l - m] = c * block[l - m] + s * block[l + m];
    out[l + m] = c * block[l + m] - s * block[l - m];
  }
  return out;
}

const H: SteerableFeature = [[0.3], [-0.4, 0.7, 0.2], [0.5, -0.1, 0.6, -0.8, 0.25]];
const QUARTER_Z = so3RotationZ(Math.PI / 2);
const closeTo = (a: readonly number[], b: readonly number[], tol = 1e-14) =>
  a.forEach((x, i) => expect(x, `component ${i}`).toBeCloseTo(b[i], -Math.log10(tol)));

describe('rotating the blocks', () => {
  test('about z: matches the hand formula for every degree and angle', () => {
    for (const theta of [Math.PI / 2, 0.7, -2.1]) {
      const turned = rotateFeature(H, so3RotationZ(theta));
      H.forEach((block, l) => closeTo(turned[l], rotateAboutZ(block, theta), 1e-13));
    }
  });
  test('a quarter turn about z sends x̂ to ŷ: (y, z, x) = (0, 0, 1) becomes (1, 0, 0)', () => {
    closeTo(rotateFeature([[1], [0, 0, 1]], QUARTER_Z)[1], [1, 0, 0]);
  });
});

describe('pointwise ReLU', () => {
  test('commutes at the identity, and for any R on scalars alone', () => {
    expect(commutingCheck('relu', H, identity(3), 0).error).toBe(0);
    const scalars: SteerableFeature = [[-0.6], [0, 0, 0], [0, 0, 0, 0, 0]];
    expect(commutingCheck('relu', scalars, so3Random(mulberry32(2)), 0).error).toBe(0);
  });
  test('h⁽¹⁾ = (−1, 0, 1) (x = 1, y = −1), quarter turn about z: error exactly 1, all of it in degree 1', () => {
    // ReLU(h) = (0, 0, 1) = x̂, turned: ŷ = (1, 0, 0). D h = (1, 0, 1) (x = 1, y = 1), ReLU keeps it.
    // Difference (0, 0, 1), length 1, over ‖D ReLU(h)‖ = 1.
    const c = commutingCheck('relu', [[0], [-1, 0, 1]], QUARTER_Z, 0);
    closeTo(c.rotatedOutput[1], [1, 0, 0]);
    closeTo(c.outputOfRotated[1], [1, 0, 1]);
    expect(c.error).toBeCloseTo(1, 14);
    expect(c.errorByDegree[0]).toBe(0);
    expect(c.commutes).toBe(false);
  });
  test('with the scalar 1 added the denominator is √2: error 1/√2', () => {
    expect(commutingCheck('relu', [[1], [-1, 0, 1]], QUARTER_Z, 0).error).toBeCloseTo(Math.SQRT1_2, 14);
  });
  test('the per-degree errors add up in squares to the total', () => {
    const c = commutingCheck('relu', H, so3FromAxisAngle([1, 2, 3], 1.1), 0);
    expect(Math.hypot(...c.errorByDegree)).toBeCloseTo(c.error, 15);
    expect(c.errorByDegree[0]).toBe(0);
    expect(c.errorByDegree[1]).toBeGreaterThan(0.01);
    expect(c.errorByDegree[2]).toBeGreaterThan(0.01);
  });
});

describe('norm nonlinearity', () => {
  test('keeps each direction, sets each length to ReLU(‖h⁽ˡ⁾‖ + b), ReLU on the scalar', () => {
    const b = -0.4;
    const out = normNonlinearity(H, b);
    expect(out[0]).toEqual([0.3]);
    for (const l of [1, 2]) {
      const [n, m] = [Math.hypot(...H[l]), Math.hypot(...out[l])];
      expect(m).toBeCloseTo(Math.max(0, n + b), 14);
      const dot = H[l].reduce((s, x, k) => s + x * out[l][k], 0);
      expect(dot).toBeCloseTo(n * m, 14); // parallel, same sense
    }
  });
  test('a (0, 3, 4) vector with b = −3 becomes (0, 1.2, 1.6); a block shorter than −b becomes 0', () => {
    closeTo(normNonlinearity([[0], [0, 3, 4]], -3)[1], [0, 1.2, 1.6]);
    expect(normNonlinearity([[0], [0.1, 0.2, 0.2]], -0.5)[1]).toEqual([0, 0, 0]);
    expect(normNonlinearity([[0], [0, 0, 0]], 0.5)[1]).toEqual([0, 0, 0]);
  });
});

describe('gated nonlinearity', () => {
  test('gates are sigmoid(2h⁽⁰⁾ + ‖h⁽ˡ⁾‖ + b), each block scaled by its gate', () => {
    // h⁽⁰⁾ = 0.5, ‖(0, 3, 4)‖ = 5, b = −6: logit 1 + 5 − 6 = 0, gate 1/2; degree 2 is zero: logit −5.
    const h = [[0.5], [0, 3, 4], [0, 0, 0, 0, 0]];
    const g = gates(h, -6);
    expect(g[1]).toBe(0.5);
    expect(g[2]).toBeCloseTo(1 / (1 + Math.exp(5)), 15);
    expect(gatedNonlinearity(h, -6)[1]).toEqual([0, 1.5, 2]);
  });
});

describe('tensor square', () => {
  test('of a lone vector u: −|u|²/√3 in degree 0, 0 in degree 1 (u × u), ‖·‖ = |u|² in total', () => {
    const u = [0.3, -0.5, 0.4];
    const out = tensorSquare([[0], u, [0, 0, 0, 0, 0]]);
    const u2 = u.reduce((s, x) => s + x * x, 0);
    expect(out[0][0]).toBeCloseTo(-u2 / Math.sqrt(3), 15);
    out[1].forEach((x) => expect(Math.abs(x)).toBeLessThan(1e-15));
    // The CG change of basis is orthogonal, so the blocks of u ⊗ u have the length |u|².
    expect(Math.hypot(...out.flat())).toBeCloseTo(u2, 14);
  });
  test('of a lone scalar s: s² in degree 0 only', () => {
    closeTo(tensorSquare([[-0.7], [0, 0, 0], [0, 0, 0, 0, 0]]).flat(), [0.49, 0, 0, 0, 0, 0, 0, 0, 0]);
  });
});

describe('the commuting check', () => {
  test('norm, gated and tensor square commute to round-off for random h, R and b; ReLU does not', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e6 }),
        fc.double({ min: -1, max: 1, noNaN: true }),
        (seed, b) => {
          const rng = mulberry32(seed);
          const h = featureOf(Array.from({ length: FEATURE_SIZE }, () => 2 * rng() - 1));
          const checks = commutingChecks(h, so3Random(rng), b);
          const [relu, ...exact] = checks;
          for (const c of exact) expect(c.error, c.kind).toBeLessThan(COMMUTING_TOLERANCE);
          expect(relu.kind).toBe('relu');
          expect(relu.error).toBeGreaterThan(1e-3);
        },
      ),
      { numRuns: 60 },
    );
  });
  test('the relative error divides by ‖D Φ(h)‖: an all-negative h gives ReLU(h) = 0 and ReLU(D h) ≠ 0, error 1', () => {
    // D Φ(h) = 0, so the error is measured against ‖Φ(D h)‖ instead: 1 whenever Φ(D h) ≠ 0.
    const h: SteerableFeature = [[-0.2], [-0.5, -0.5, -0.5], [-0.1, -0.1, -0.1, -0.1, -0.1]];
    expect(
      pointwiseRelu(h)
        .flat()
        .every((x) => x === 0),
    ).toBe(true);
    expect(commutingCheck('relu', h, so3FromAxisAngle([0, 0, 1], 2), 0).error).toBeCloseTo(1, 15);
  });
  test('featureOf splits 9 components into blocks of 1, 3, 5', () => {
    expect(featureOf([1, 2, 3, 4, 5, 6, 7, 8, 9])).toEqual([[1], [2, 3, 4], [5, 6, 7, 8, 9]]);
  });
});

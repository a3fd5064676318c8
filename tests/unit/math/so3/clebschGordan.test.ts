// Complex-basis Clebsch-Gordan coefficients (Condon-Shortley phase) against published table entries (e.g. the
// Particle Data Group table "Clebsch-Gordan coefficients, spherical harmonics and d functions"), the closed form of
// <l1 0 l2 0 | L 0> through the Wigner 3j symbol (0 0 0), <j m j -m | 0 0> = (-1)^{j-m} / sqrt(2j+1), both
// orthogonality relations and the exchange / sign-flip symmetries. Tolerance 1e-9 in float64 (observed ~1e-16).
import { describe, expect, it } from 'vitest';
import { clebschGordan } from '../../../../src/math/so3';

const TOL = 1e-9;
const s = Math.sqrt;

/** [j1, m1, j2, m2, J, M, value] */
const TABLE: [number, number, number, number, number, number, number][] = [
  [0.5, 0.5, 0.5, -0.5, 1, 0, 1 / s(2)],
  [0.5, -0.5, 0.5, 0.5, 1, 0, 1 / s(2)],
  [0.5, 0.5, 0.5, -0.5, 0, 0, 1 / s(2)],
  [0.5, -0.5, 0.5, 0.5, 0, 0, -1 / s(2)],
  [1, 1, 0.5, -0.5, 1.5, 0.5, s(1 / 3)],
  [1, 0, 0.5, 0.5, 1.5, 0.5, s(2 / 3)],
  [1, 1, 0.5, -0.5, 0.5, 0.5, s(2 / 3)],
  [1, 0, 0.5, 0.5, 0.5, 0.5, -s(1 / 3)],
  [1.5, 1.5, 0.5, -0.5, 2, 1, 1 / 2],
  [1.5, 0.5, 0.5, 0.5, 2, 1, s(3) / 2],
  [1.5, 1.5, 0.5, -0.5, 1, 1, s(3) / 2],
  [1.5, 0.5, 0.5, 0.5, 1, 1, -1 / 2],
  [1, 1, 1, -1, 2, 0, 1 / s(6)],
  [1, 0, 1, 0, 2, 0, s(2 / 3)],
  [1, -1, 1, 1, 2, 0, 1 / s(6)],
  [1, 1, 1, -1, 1, 0, 1 / s(2)],
  [1, 0, 1, 0, 1, 0, 0],
  [1, -1, 1, 1, 1, 0, -1 / s(2)],
  [1, 1, 1, -1, 0, 0, 1 / s(3)],
  [1, 0, 1, 0, 0, 0, -1 / s(3)],
  [1, -1, 1, 1, 0, 0, 1 / s(3)],
  [1, 1, 1, 0, 2, 1, 1 / s(2)],
  [1, 0, 1, 1, 2, 1, 1 / s(2)],
  [1, 1, 1, 0, 1, 1, 1 / s(2)],
  [1, 0, 1, 1, 1, 1, -1 / s(2)],
  [2, 1, 1, 0, 3, 1, s(8 / 15)],
  [2, 1, 1, 0, 2, 1, 1 / s(6)],
  [2, 1, 1, 0, 1, 1, -s(3 / 10)],
  [2, 0, 2, 0, 4, 0, s(18 / 35)],
  [2, 0, 2, 0, 2, 0, -s(2 / 7)],
  [2, 0, 2, 0, 0, 0, 1 / s(5)],
  [2, 2, 2, -2, 0, 0, 1 / s(5)],
  [2, 1, 2, -1, 0, 0, -1 / s(5)],
];

function fact(n: number): number {
  let f = 1;
  for (let k = 2; k <= n; k++) f *= k;
  return f;
}

/** <l1 0 l2 0 | L 0> = (-1)^{l1-l2} sqrt(2L+1) (l1 l2 L; 0 0 0), with the closed form of the 3j symbol. */
function cgZeroM(l1: number, l2: number, L: number): number {
  if ((l1 + l2 + L) % 2 === 1) return 0;
  const g = (l1 + l2 + L) / 2;
  const threeJ =
    (g % 2 === 0 ? 1 : -1) *
    s((fact(2 * g - 2 * l1) * fact(2 * g - 2 * l2) * fact(2 * g - 2 * L)) / fact(2 * g + 1)) *
    (fact(g) / (fact(g - l1) * fact(g - l2) * fact(g - L)));
  return ((l1 - l2) % 2 === 0 ? 1 : -1) * s(2 * L + 1) * threeJ;
}

/** m = -j..j for integer or half-integer j. */
function ms(j: number): number[] {
  return Array.from({ length: 2 * j + 1 }, (_, k) => k - j);
}

const HALF_STEPS = [0, 0.5, 1, 1.5, 2, 2.5, 3];

describe('clebschGordan', () => {
  it.each(TABLE)('<%s %s %s %s | %s %s> matches the table', (j1, m1, j2, m2, J, M, value) => {
    expect(Math.abs(clebschGordan(j1, m1, j2, m2, J, M) - value)).toBeLessThan(TOL);
  });

  it('matches the 3j closed form of <l1 0 l2 0 | L 0> for l1, l2 <= 6', () => {
    for (let l1 = 0; l1 <= 6; l1++)
      for (let l2 = 0; l2 <= 6; l2++)
        for (let L = Math.abs(l1 - l2); L <= l1 + l2; L++)
          expect(Math.abs(clebschGordan(l1, 0, l2, 0, L, 0) - cgZeroM(l1, l2, L))).toBeLessThan(TOL);
  });

  it('gives <j m j -m | 0 0> = (-1)^{j-m} / sqrt(2j+1) and stretched states <j1 j1 j2 j2 | j1+j2 j1+j2> = 1', () => {
    for (const j of [...HALF_STEPS, 4, 5, 6]) {
      for (const m of ms(j)) {
        const sign = (j - m) % 2 === 0 ? 1 : -1;
        expect(Math.abs(clebschGordan(j, m, j, -m, 0, 0) - sign / s(2 * j + 1))).toBeLessThan(TOL);
      }
      expect(Math.abs(clebschGordan(j, j, 6 - j, 6 - j, 6, 6) - 1)).toBeLessThan(TOL);
    }
  });

  it.each(HALF_STEPS.flatMap((a) => HALF_STEPS.map((b) => [a, b])))(
    'is an orthogonal change of basis for j1 = %s, j2 = %s (both orthogonality relations)',
    (j1, j2) => {
      const rows = ms(j1).flatMap((m1) => ms(j2).map((m2) => [m1, m2]));
      const cols: number[][] = [];
      for (let J = Math.abs(j1 - j2); J <= j1 + j2; J++) for (const M of ms(J)) cols.push([J, M]);
      expect(cols.length).toBe(rows.length);
      const w = rows.map(([m1, m2]) => cols.map(([J, M]) => clebschGordan(j1, m1, j2, m2, J, M)));
      const dot = (a: number[], b: number[]) => a.reduce((acc, x, k) => acc + x * b[k], 0);
      for (let a = 0; a < rows.length; a++) {
        for (let b = 0; b < rows.length; b++) {
          const delta = a === b ? 1 : 0;
          expect(Math.abs(dot(w[a], w[b]) - delta)).toBeLessThan(TOL); // Σ_{J,M}
          expect(
            Math.abs(
              dot(
                w.map((r) => r[a]),
                w.map((r) => r[b]),
              ) - delta,
            ),
          ).toBeLessThan(TOL); // Σ_{m1,m2}
        }
      }
    },
  );

  it('has the symmetries (-1)^{j1+j2-J} under exchange of the factors and under m -> -m (j up to 6)', () => {
    for (const [j1, j2] of [
      [1, 2],
      [3, 3],
      [2.5, 1.5],
      [6, 4],
      [5, 6],
    ]) {
      for (let J = Math.abs(j1 - j2); J <= j1 + j2; J++) {
        const sign = (j1 + j2 - J) % 2 === 0 ? 1 : -1;
        for (const m1 of ms(j1)) {
          for (const m2 of ms(j2)) {
            if (Math.abs(m1 + m2) > J) continue;
            const c = clebschGordan(j1, m1, j2, m2, J, m1 + m2);
            expect(Math.abs(c - sign * clebschGordan(j2, m2, j1, m1, J, m1 + m2))).toBeLessThan(TOL);
            expect(Math.abs(c - sign * clebschGordan(j1, -m1, j2, -m2, J, -m1 - m2))).toBeLessThan(TOL);
          }
        }
      }
    }
  });

  it('vanishes outside the selection rules and rejects labels that are not half-integers', () => {
    expect(clebschGordan(1, 1, 1, 0, 2, 0)).toBe(0); // M != m1 + m2
    expect(clebschGordan(1, 0, 1, 0, 3, 0)).toBe(0); // triangle
    expect(clebschGordan(1, 2, 1, -2, 2, 0)).toBe(0); // |m| > j
    expect(clebschGordan(1, 0.5, 1, -0.5, 1, 0)).toBe(0); // j - m not an integer
    expect(() => clebschGordan(0.3, 0, 1, 0, 1, 0)).toThrow(RangeError);
  });
});

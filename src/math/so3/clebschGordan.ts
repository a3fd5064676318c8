// Clebsch-Gordan coefficients <j1 m1 j2 m2 | J M> of SU(2)/SO(3) in the complex basis, Condon-Shortley phase.
//
// Racah's formula, summed exactly in rational BigInt arithmetic, then one square root in float64:
//   <j1 m1 j2 m2|J M> = δ_{M, m1+m2} sqrt[(2J+1)(J+j1-j2)!(J-j1+j2)!(j1+j2-J)! / (j1+j2+J+1)!]
//     × sqrt[(J+M)!(J-M)!(j1-m1)!(j1+m1)!(j2-m2)!(j2+m2)!]
//     × Σ_k (-1)^k / [k!(j1+j2-J-k)!(j1-m1-k)!(j2+m2-k)!(J-j2+m1+k)!(J-j1-m2+k)!].
// Integer and half-integer j are both accepted.
import { factorialBig } from './factorial';

/** 2j as an integer; throws unless j is a non-negative integer or half-integer (m may be negative). */
function twice(j: number, what: string): number {
  const t = Math.round(2 * j);
  if (Math.abs(2 * j - t) > 1e-9) throw new RangeError(`clebschGordan: ${what} = ${j} is not a half-integer`);
  return t;
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a < 0n ? -a : a;
}

/** num/den (0 <= num, 0 < den) as a float64 with full relative precision, however large the integers. */
function ratioToNumber(num: bigint, den: bigint): number {
  if (num === 0n) return 0;
  const shift = den.toString(2).length - num.toString(2).length + 110;
  const q = shift >= 0 ? (num << BigInt(shift)) / den : num / (den << BigInt(-shift));
  return Number(q) * 2 ** -shift;
}

/** Whether the labels (given doubled) admit a non-zero coefficient: ranges, parities, triangle, M = m1 + m2. */
function allowed(tj1: number, tm1: number, tj2: number, tm2: number, tJ: number, tM: number): boolean {
  const inRange = (tj: number, tm: number) => tj >= 0 && Math.abs(tm) <= tj && (tj - tm) % 2 === 0;
  return (
    inRange(tj1, tm1) &&
    inRange(tj2, tm2) &&
    inRange(tJ, tM) &&
    tM === tm1 + tm2 &&
    tJ >= Math.abs(tj1 - tj2) &&
    tJ <= tj1 + tj2 &&
    (tj1 + tj2 + tJ) % 2 === 0
  );
}

/** n! for a doubled argument 2n (every factorial argument in Racah's formula is an integer). */
function halfFactorial(twoN: number): bigint {
  return factorialBig(twoN / 2);
}

/** The radicand of the two square-root prefactors, as num / den (labels doubled: a = 2j1, am = 2m1, ...). */
function racahPrefactor(
  a: number,
  am: number,
  b: number,
  bm: number,
  c: number,
  cm: number,
): [bigint, bigint] {
  const f = halfFactorial;
  const triangle = f(c + a - b) * f(c - a + b) * f(a + b - c);
  const projections = f(c + cm) * f(c - cm) * f(a - am) * f(a + am) * f(b - bm) * f(b + bm);
  return [BigInt(c + 1) * triangle * projections, f(a + b + c + 2)];
}

/** The alternating sum over k as one exact reduced fraction num / den (k doubled as well). */
function racahSum(a: number, am: number, b: number, bm: number, c: number): [bigint, bigint] {
  const f = halfFactorial;
  let num = 0n;
  let den = 1n;
  const kMin = Math.max(0, b - c - am, a + bm - c);
  const kMax = Math.min(a + b - c, a - am, b + bm);
  for (let k = kMin; k <= kMax; k += 2) {
    const term =
      f(k) * f(a + b - c - k) * f(a - am - k) * f(b + bm - k) * f(c - b + am + k) * f(c - a - bm + k);
    num = num * term + ((k / 2) % 2 === 0 ? den : -den);
    den *= term;
    const g = gcd(num, den);
    num /= g;
    den /= g;
  }
  return [num, den];
}

const LABELS = ['j1', 'm1', 'j2', 'm2', 'J', 'M'];

/** <j1 m1 j2 m2 | J M>; zero outside the selection rules. */
export function clebschGordan(j1: number, m1: number, j2: number, m2: number, J: number, M: number): number {
  const [a, am, b, bm, c, cm] = [j1, m1, j2, m2, J, M].map((x, i) => twice(x, LABELS[i]));
  if (!allowed(a, am, b, bm, c, cm)) return 0;
  const [preNum, preDen] = racahPrefactor(a, am, b, bm, c, cm);
  const [sumNum, sumDen] = racahSum(a, am, b, bm, c);
  const sign = sumNum < 0n ? -1 : 1;
  return sign * Math.sqrt(ratioToNumber(preNum * sumNum * sumNum, preDen * sumDen * sumDen));
}

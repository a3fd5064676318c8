// Hand-written pixel moves for grid-exact group elements, in the engine's convention (pixel (i, j)
// at x = j - c, y = c - i, (L_g f)(x) = f(g^-1 x)): a second method next to backend.transform.

/** L_r f for the quarter turn r (counter-clockwise): out[i][j] = f[j][S - 1 - i], on every plane. */
export function quarterTurn(f: ArrayLike<number>, S: number): Float32Array {
  const out = new Float32Array(f.length);
  for (let p = 0; p < f.length; p += S * S)
    for (let i = 0; i < S; i++) for (let j = 0; j < S; j++) out[p + i * S + j] = f[p + j * S + (S - 1 - i)];
  return out;
}

/** L_s f for the mirror s: (x, y) -> (x, -y), i.e. the rows upside down. */
export function mirror(f: ArrayLike<number>, S: number): Float32Array {
  const out = new Float32Array(f.length);
  for (let p = 0; p < f.length; p += S * S)
    for (let i = 0; i < S; i++) for (let j = 0; j < S; j++) out[p + i * S + j] = f[p + (S - 1 - i) * S + j];
  return out;
}

/** L_{r^k s^m} f: the mirror first (when m = 1), then k quarter turns. */
export function gridElement(f: ArrayLike<number>, S: number, k: number, m: 0 | 1): Float32Array {
  let out = m ? mirror(f, S) : Float32Array.from(f);
  for (let q = 0; q < k; q++) out = quarterTurn(out, S);
  return out;
}

/** max |a - b| / max |b|. */
export function relMaxDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let d = 0;
  let m = 0;
  for (let i = 0; i < b.length; i++) {
    d = Math.max(d, Math.abs(a[i] - b[i]));
    m = Math.max(m, Math.abs(b[i]));
  }
  return m > 0 ? d / m : d;
}

/**
 * An asymmetric test picture: an L of two bars whose brightness ramps along the picture, and a
 * dot, so no rotation or mirror fixes it and no two orientations see the same values.
 */
export function letterL(S: number): Float32Array {
  const img = new Float32Array(S * S);
  const u = S / 24;
  const ramp = (i: number, j: number) => 0.5 + (0.3 * i + 0.2 * j) / S;
  for (let i = Math.round(5 * u); i < Math.round(19 * u); i++)
    for (let j = Math.round(8 * u); j < Math.round(10 * u); j++) img[i * S + j] = ramp(i, j);
  for (let i = Math.round(17 * u); i < Math.round(19 * u); i++)
    for (let j = Math.round(8 * u); j < Math.round(17 * u); j++) img[i * S + j] = ramp(i, j);
  img[Math.round(7 * u) * S + Math.round(15 * u)] = 0.7;
  return img;
}

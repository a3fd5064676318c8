// How far a fast path is from the float64 reference, measured on the host in float64: shared by
// the Node parity tests and the browser ones (no DOM, no GPU here).

/** ||a - b||_2 / ||b||_2 and max |a - b| / max |b| (absolute where b is all zeros). */
export function relativeErrors(a: Float32Array, b: Float32Array): { relL2: number; relMax: number } {
  if (a.length !== b.length) throw new Error(`relativeErrors: lengths differ, ${a.length} vs ${b.length}`);
  let [d2, b2, dMax, bMax] = [0, 0, 0, 0];
  for (let i = 0; i < a.length; i++) {
    const d = a[i] - b[i];
    d2 += d * d;
    b2 += b[i] * b[i];
    dMax = Math.max(dMax, Math.abs(d));
    bMax = Math.max(bMax, Math.abs(b[i]));
  }
  return { relL2: b2 === 0 ? Math.sqrt(d2) : Math.sqrt(d2 / b2), relMax: bMax === 0 ? dMax : dMax / bMax };
}

// Pointwise ops: sums and differences, ReLU (Cohen & Welling 2016: pointwise nonlinearities commute with the
// regular action) and the magnitude nonlinearity of harmonic networks (Worrall et al. 2017: G-ReLU acts on
// |z| only, so the phase, which carries the rotation order, is kept).

export function addInto(a: Float32Array, b: Float32Array, out: Float32Array): void {
  for (let i = 0; i < out.length; i++) out[i] = a[i] + b[i];
}

export function subtractInto(a: Float32Array, b: Float32Array, out: Float32Array): void {
  for (let i = 0; i < out.length; i++) out[i] = a[i] - b[i];
}

/** out = max(a, 0) */
export function reluInto(a: Float32Array, out: Float32Array): void {
  for (let i = 0; i < out.length; i++) out[i] = a[i] > 0 ? a[i] : 0;
}

/** Complex [C, 2, H, W]: out = ReLU(|z| + bias[c]) z / |z| (Worrall et al. 2017: G-ReLU_b(X e^{i phi}) = ReLU(X + b) e^{i phi}). */
export function magnitudeReluInto(
  a: Float32Array,
  bias: Float32Array,
  out: Float32Array,
  C: number,
  hw: number,
): void {
  for (let c = 0; c < C; c++) {
    const re = 2 * c * hw;
    const im = re + hw;
    for (let p = 0; p < hw; p++) {
      const x = a[re + p];
      const y = a[im + p];
      const magnitude = Math.sqrt(x * x + y * y);
      const scale = magnitude > 0 ? Math.max(magnitude + bias[c], 0) / magnitude : 0;
      out[re + p] = x * scale;
      out[im + p] = y * scale;
    }
  }
}

/** Complex [C, 2, H, W] to [C, H, W]: out = |z|. */
export function magnitudeInto(a: Float32Array, out: Float32Array, C: number, hw: number): void {
  for (let c = 0; c < C; c++) {
    const re = 2 * c * hw;
    for (let p = 0; p < hw; p++) {
      const x = a[re + p];
      const y = a[re + hw + p];
      out[c * hw + p] = Math.sqrt(x * x + y * y);
    }
  }
}

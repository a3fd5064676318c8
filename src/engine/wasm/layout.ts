// The engine stores planes ([C, H, W], weights [Cout, Cin, K, K]); XNNPACK wants channels last
// (NHWC input with batch 1, HWIO filters). These loops move between the two layouts; each is a
// single pass, cheap next to the correlation (K^2 Cout multiply-adds per value moved).

/** dst[dstOffset + p C + c] = src[c hw + p]: planes [C, H, W] to pixels [H, W, C]. */
export function planesToPixels(
  src: Float32Array,
  dst: Float32Array,
  dstOffset: number,
  C: number,
  hw: number,
): void {
  if (C === 1) {
    dst.set(src.subarray(0, hw), dstOffset);
    return;
  }
  for (let c = 0; c < C; c++) {
    const plane = c * hw;
    for (let p = 0, to = dstOffset + c; p < hw; p++, to += C) dst[to] = src[plane + p];
  }
}

/** dst[c hw + p] = src[srcOffset + p C + c]: pixels [H, W, C] back to planes [C, H, W]. */
export function pixelsToPlanes(
  src: Float32Array,
  srcOffset: number,
  dst: Float32Array,
  C: number,
  hw: number,
): void {
  if (C === 1) {
    dst.set(src.subarray(srcOffset, srcOffset + hw));
    return;
  }
  for (let c = 0; c < C; c++) {
    const plane = c * hw;
    for (let p = 0, from = srcOffset + c; p < hw; p++, from += C) dst[plane + p] = src[from];
  }
}

/** Weights [Cout, Cin, K, K] to the HWIO filter [K, K, Cin, Cout] at dst[dstOffset ...]. */
export function weightsToHwio(
  w: Float32Array,
  dst: Float32Array,
  dstOffset: number,
  Cout: number,
  Cin: number,
  K: number,
): void {
  const kk = K * K;
  for (let o = 0; o < Cout; o++)
    for (let c = 0; c < Cin; c++) {
      const from = (o * Cin + c) * kk;
      for (let t = 0; t < kk; t++) dst[dstOffset + (t * Cin + c) * Cout + o] = w[from + t];
    }
}

// The training widget's data: upright MNIST digits at 14x14 (virtual:mnist-train), decoded into
// float images in [0, 1], row-major, one after another.

export interface DigitSet {
  side: number;
  count: number;
  /** count x side x side values in [0, 1]. */
  images: Float32Array;
  labels: Int32Array;
}

export function decodeDigits(side: number, set: { labels: number[]; pixels: string }): DigitSet {
  const bytes = Uint8Array.from(atob(set.pixels), (c) => c.charCodeAt(0));
  if (bytes.length !== set.labels.length * side * side)
    throw new Error(`digit set: ${bytes.length} bytes for ${set.labels.length} images of ${side}x${side}`);
  return {
    side,
    count: set.labels.length,
    images: Float32Array.from(bytes, (b) => b / 255),
    labels: Int32Array.from(set.labels),
  };
}

/** The training and test sets, loaded on first use (about 200 KB). */
export async function loadDigitSets(): Promise<{ train: DigitSet; test: DigitSet }> {
  const m = await import('virtual:mnist-train');
  return { train: decodeDigits(m.SIDE, m.TRAIN), test: decodeDigits(m.SIDE, m.TEST) };
}

// The training experiments' data: MNIST digits at 14x14 (virtual:mnist-train: 8,000 for training,
// 1,000 for testing, classes interleaved so any prefix is balanced), decoded into float images in
// [0, 1], row-major, one after another; and the same digits turned by any angle.
import { rotateImage } from '../engine/cpu/ops';

export interface DigitSet {
  side: number;
  count: number;
  /** count x side x side values in [0, 1]. */
  images: Float32Array;
  labels: Int32Array;
}

const bytesOf = (base64: string) => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));

export function decodeDigits(side: number, set: { labels: string; pixels: string }): DigitSet {
  const labels = Int32Array.from(bytesOf(set.labels));
  const bytes = bytesOf(set.pixels);
  if (bytes.length !== labels.length * side * side)
    throw new Error(`digit set: ${bytes.length} bytes for ${labels.length} images of ${side}x${side}`);
  return { side, count: labels.length, images: Float32Array.from(bytes, (b) => b / 255), labels };
}

/** The first `count` digits of a set (a class-balanced subset, since the classes are interleaved). */
export function firstDigits(set: DigitSet, count: number): DigitSet {
  const n = Math.min(count, set.count);
  const S = set.side * set.side;
  return {
    side: set.side,
    count: n,
    images: set.images.subarray(0, n * S),
    labels: set.labels.subarray(0, n),
  };
}

/**
 * Digits `indices` of a set, digit n turned counter-clockwise by angles[n] radians about the image
 * centre (bilinear, zero outside; the digits sit inside the inscribed disk, so nothing is cut off).
 */
export function turnedDigits(
  set: DigitSet,
  indices: ArrayLike<number>,
  angles: ArrayLike<number>,
): Float32Array {
  const S = set.side * set.side;
  const shape = [1, set.side, set.side];
  const out = new Float32Array(indices.length * S);
  for (let n = 0; n < indices.length; n++) {
    const image = set.images.subarray(indices[n] * S, (indices[n] + 1) * S);
    out.set(angles[n] === 0 ? image : rotateImage(image, shape, angles[n]), n * S);
  }
  return out;
}

/** The training and test sets, loaded on first use (a 2.4 MB module, 0.67 MB gzipped). */
export async function loadDigitSets(): Promise<{ train: DigitSet; test: DigitSet }> {
  const m = await import('virtual:mnist-train');
  return { train: decodeDigits(m.SIDE, m.TRAIN), test: decodeDigits(m.SIDE, m.TEST) };
}

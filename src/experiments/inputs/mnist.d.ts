declare module 'virtual:mnist-samples' {
  /** Side of each digit image in pixels (28). */
  export const SIDE: number;
  /** Real MNIST digits: grayscale bytes (0..255), row-major SIDE x SIDE, base64-encoded. */
  export const SAMPLES: { digit: number; index: number; pixels: string }[];
}

declare module 'virtual:mnist-train' {
  /** Side of each digit image in pixels (14: MNIST averaged over 2 x 2 blocks). */
  export const SIDE: number;
  /** Upright training and test digits: labels 0..9 (one byte each) and grayscale bytes, SIDE x SIDE each, base64. */
  export const TRAIN: { labels: string; pixels: string };
  export const TEST: { labels: string; pixels: string };
}

declare module 'virtual:mnist-samples' {
  /** Side of each digit image in pixels (28). */
  export const SIDE: number;
  /** Real MNIST digits: grayscale bytes (0..255), row-major SIDE x SIDE, base64-encoded. */
  export const SAMPLES: { digit: number; index: number; pixels: string }[];
}

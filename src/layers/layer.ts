// What every layer offers to a Pipeline: its output shape for an input shape, and a forward pass
// that writes into a preallocated output on the backend (no allocation, so it can run per frame).

import type { Tensor } from '../engine/backend';

export interface Layer {
  /** Short name for labels and errors, e.g. 'lifting C4'. */
  readonly name: string;
  /** Output shape for an input shape; throws when the input does not fit the layer. */
  outputShape(input: readonly number[]): number[];
  /** out = layer(input), recorded on the layer's backend. */
  forward(input: Tensor, out: Tensor): void;
  /** Releases the layer's own tensors (weights, banks); the layer is unusable afterwards. */
  dispose(): void;
}

/** Initial parameters of a layer: explicit arrays, or a seed for deterministic random weights. */
export interface LayerParams {
  weights?: Float32Array;
  bias?: Float32Array;
  /** Seed for the random initialisation when `weights` is absent (default 1). */
  seed?: number;
  /** Random initialisation: He-normal white noise (default) or smooth Gaussian-windowed filters. */
  init?: 'normal' | 'smooth';
}

export function sameShape(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((n, i) => n === b[i]);
}

export function shapeText(shape: readonly number[]): string {
  return `[${shape.join(', ')}]`;
}

/** Throws unless `shape` has the given rank and, where `expected` has a number, that extent. */
export function expectShape(
  layer: string,
  shape: readonly number[],
  expected: readonly (number | null)[],
  pattern: string,
): void {
  const fits = shape.length === expected.length && expected.every((n, i) => n === null || n === shape[i]);
  if (!fits) throw new Error(`${layer}: input ${shapeText(shape)} does not match ${pattern}`);
}

/** Throws unless out has the shape the layer produces for input. */
export function checkForward(layer: Layer, input: Tensor, out: Tensor): void {
  const want = layer.outputShape(input.shape);
  if (!sameShape(out.shape, want))
    throw new Error(`${layer.name}: output ${shapeText(out.shape)} should be ${shapeText(want)}`);
}

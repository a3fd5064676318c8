// Small fixtures for engine and layer tests: seeded random data and a naive index helper.

import type { Backend, Tensor } from '../../../src/engine/backend';
import { randomNormal } from '../../../src/math/random';

/** A backend tensor of standard normal noise from a seed. */
export function noiseTensor(backend: Backend, shape: readonly number[], seed: number): Tensor {
  const size = shape.reduce((a, b) => a * b, 1);
  return backend.tensor(shape, randomNormal(seed, size));
}

/** Row-major flat index of a multi-index in a shape. */
export function at(shape: readonly number[], ...index: number[]): number {
  return index.reduce((flat, k, axis) => flat * shape[axis] + k, 0);
}

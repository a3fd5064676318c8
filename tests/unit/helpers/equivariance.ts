// One way to measure equivariance for every layer test (one helper, one tolerance
// table). The commuting diagram of a layer Phi and an element g:
//   path A: act on the input, then the layer:   Phi(L_g x)
//   path B: the layer, then act on the output:  L'_g Phi(x)
// equivarianceError returns the error norms of A against B (relative L2 and max abs).

import fc from 'fast-check';
import type { Backend, ErrorNorms, Tensor } from '../../../src/engine/backend';

/**
 * Tolerances on the relative L2 error of a commuting diagram, by backend.
 * - gridExact: groups whose elements permute pixels (C1, C2, C4, D1, D2, D4) on square maps;
 *   only float32 rounding remains.
 * - smoothOffGrid: smooth filters on Gaussian-blob inputs, disk-masked, at off-grid elements of
 *   C3..C16, D8 (bilinear image rotation, bicubic filter rotation); measured 0.018 to 0.031 on
 *   the CPU, against 0.39 to 0.61 for white noise with He-normal filters.
 * - harmonicSmooth: circular harmonics of order |m| <= 2 on smooth inputs at any angle (measured
 *   max 0.02); maps up to |m| = 3 (measured max 0.036).
 * - harmonicSmoothOrder3: the centre response for |m| = 3 (measured max 0.08).
 * - planarBaselineMin: the plain CNN must be at least this wrong (measured 1.25 to 1.44).
 */
export const TOLERANCE = {
  cpu: {
    gridExact: 1e-5,
    smoothOffGrid: 0.05,
    harmonicSmooth: 0.05,
    harmonicSmoothOrder3: 0.15,
    planarBaselineMin: 0.1,
  },
  webgpu: {
    gridExact: 1e-5,
    smoothOffGrid: 0.05,
    harmonicSmooth: 0.05,
    harmonicSmoothOrder3: 0.15,
    planarBaselineMin: 0.1,
  },
} as const;

export type Op = (src: Tensor, out: Tensor) => void;

export interface DiagramCase {
  backend: Backend;
  /** The input x (not modified). */
  input: Tensor;
  /** The shape of Phi(x). */
  outputShape: readonly number[];
  layer: Op;
  actOnInput: Op;
  actOnOutput: Op;
  /** Compare inside the centred disk only (where off-grid rotations keep content in view). */
  mask?: boolean;
}

/** Error norms of Phi(L_g x) against L'_g Phi(x). Allocates its temporaries and frees them. */
export async function equivarianceError(c: DiagramCase): Promise<ErrorNorms> {
  const { backend } = c;
  const moved = backend.tensor(c.input.shape);
  const pathA = backend.tensor(c.outputShape);
  const direct = backend.tensor(c.outputShape);
  const pathB = backend.tensor(c.outputShape);
  const temporaries = [moved, pathA, direct, pathB];
  try {
    c.actOnInput(c.input, moved);
    c.layer(moved, pathA);
    c.layer(c.input, direct);
    c.actOnOutput(direct, pathB);
    if (!c.mask) return await backend.errorNorms(pathA, pathB);
    const maskedA = backend.tensor(c.outputShape);
    const maskedB = backend.tensor(c.outputShape);
    temporaries.push(maskedA, maskedB);
    backend.maskDisk(pathA, maskedA);
    backend.maskDisk(pathB, maskedB);
    return await backend.errorNorms(maskedA, maskedB);
  } finally {
    for (const t of temporaries) backend.dispose(t);
  }
}

/** Exact copy through the Backend interface (the identity transform with nearest sampling). */
export function copyTensor(backend: Backend, src: Tensor, out: Tensor): void {
  backend.transform(src, out, { angle: 0, reflect: false, interpolation: 'nearest' });
}

/**
 * Angles in (-pi, pi] at least 0.05 rad away from every multiple of pi/2 (fc.double alone favours
 * 0 and +-pi, which are grid-exact and would hide interpolation errors).
 */
export const offGridAngle = fc
  .tuple(fc.integer({ min: 0, max: 3 }), fc.double({ min: 0.05, max: Math.PI / 2 - 0.05, noNaN: true }))
  .map(([quarter, t]) => (quarter - 2) * (Math.PI / 2) + t);

// Which numbers a map view shows: draw options, checked, resolved to float offsets in the tensor.

import type { Tensor } from '../backend';
import type { ColorMode } from './colormaps';

export interface DrawOptions {
  /**
   * Index of the H x W plane in the tensor's stack (sequential, diverging); for 'phase', the
   * complex channel c of a [C, 2, H, W] map (planes 2c real and 2c + 1 imaginary).
   */
  plane: number;
  mode: ColorMode;
  /** Positive scale: sequential [0, range]; diverging [-range, range]; phase |z| of full brightness. */
  range: number;
}

/** The plane's size and the offsets (in entries) of its real and imaginary parts. */
export interface PlaneView {
  H: number;
  W: number;
  re: number;
  im: number;
}

export function planeView(t: Tensor, opts: DrawOptions): PlaneView {
  const n = t.shape.length;
  const H = n >= 2 ? t.shape[n - 2] : 1;
  const W = t.shape[n - 1];
  const planes = t.size / (H * W);
  const complex = opts.mode === 'phase';
  const count = complex ? Math.floor(planes / 2) : planes;
  if (!(opts.range > 0 && Number.isFinite(opts.range)))
    throw new Error(`draw: range must be positive, got ${opts.range}`);
  if (!Number.isInteger(opts.plane) || opts.plane < 0 || opts.plane >= count)
    throw new Error(
      `draw: plane ${opts.plane} out of 0..${count - 1} for [${t.shape.join(', ')}] (${opts.mode})`,
    );
  const re = (complex ? 2 * opts.plane : opts.plane) * H * W;
  return { H, W, re, im: complex ? re + H * W : re };
}

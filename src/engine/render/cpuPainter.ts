// Draws a map plane into ImageData on the CPU (the fallback path), pixel for pixel as map.wgsl
// does on the GPU: the same source pixel per target pixel, the same colours (shade.ts).

import type { DrawOptions, PlaneView } from './plane';
import { shade, sourceIndex } from './shade';

/** Fills `image` (its full width x height) from plane `view` of `values`. */
export function paintPlane(image: ImageData, values: Float32Array, view: PlaneView, opts: DrawOptions): void {
  const { width, height, data } = image;
  const cols = Int32Array.from({ length: width }, (_, x) => sourceIndex(x, width, view.W));
  for (let y = 0; y < height; y++) {
    const row = sourceIndex(y, height, view.H) * view.W;
    for (let x = 0; x < width; x++) {
      const k = row + cols[x];
      const im = opts.mode === 'phase' ? values[view.im + k] : 0;
      const [r, g, b] = shade(opts.mode, opts.range, values[view.re + k], im);
      const at = 4 * (y * width + x);
      data[at] = Math.round(255 * r);
      data[at + 1] = Math.round(255 * g);
      data[at + 2] = Math.round(255 * b);
      data[at + 3] = 255;
    }
  }
}

// The colour of a map value in each mode, on the CPU: the twin of shade() in map.wgsl.
//   sequential: t = v / range on the viridis-like scale (non-negative maps, [0, range]);
//   diverging: t = 1/2 + v / (2 range), so -range is blue, 0 white, +range red;
//   phase: hue = arg(z) / 2 pi on the wheel, brightness = min(|z| / range, 1).

import { colorAt, COLORMAPS, type ColorMode } from './colormaps';

export function shade(mode: ColorMode, range: number, re: number, im: number): [number, number, number] {
  if (mode === 'sequential') return colorAt(COLORMAPS.sequential, re / range);
  if (mode === 'diverging') return colorAt(COLORMAPS.diverging, 0.5 + (0.5 * re) / range);
  const brightness = Math.min(Math.max(Math.hypot(re, im) / range, 0), 1);
  const [r, g, b] = colorAt(COLORMAPS.phase, Math.atan2(im, re) / (2 * Math.PI));
  return [r * brightness, g * brightness, b * brightness];
}

/** Map pixel shown at target pixel x of a target `size` pixels wide for a map `n` wide (map.wgsl). */
export function sourceIndex(x: number, size: number, n: number): number {
  return Math.min(Math.floor(((2 * x + 1) * n) / (2 * size)), n - 1);
}

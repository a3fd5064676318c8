// The diverging colour scale for signed values: blue for negative, white at zero, red for
// positive, symmetric about zero so that equal magnitudes get equal strength of colour. It is the
// engine's own table (ColorBrewer RdBu, src/engine/render/colormaps.ts), so charts, matrices and
// GPU-drawn maps show one value in one colour.
import { COLORMAPS, colorAt } from '../../engine/render/colormaps';

/** max |v| over all values, or `floor` if that is larger (keeps an all-zero map white rather than dividing by 0). */
export function symmetricRange(values: Iterable<number>, floor = 1e-12): number {
  let m = floor;
  for (const v of values) if (Math.abs(v) > m) m = Math.abs(v);
  return m;
}

/** v / maxAbs clamped to [-1, 1] (0 when the range is empty). */
const unit = (v: number, maxAbs: number) => Math.max(-1, Math.min(1, maxAbs > 0 ? v / maxAbs : 0));

/** The colour of v on the scale [-maxAbs, maxAbs] (values outside are clamped), as CSS rgb(). */
export function divergingColor(v: number, maxAbs: number): string {
  const rgb = colorAt(COLORMAPS.diverging, 0.5 + unit(v, maxAbs) / 2);
  return `rgb(${rgb.map((c) => Math.round(c * 255)).join(',')})`;
}

/** The text colour on a cell of colour divergingColor(v): white or near-black, whichever contrasts
 *  more (WCAG relative luminance; they tie at about 0.18). */
export function divergingInk(v: number, maxAbs: number): string {
  const lin = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  const [r, g, b] = colorAt(COLORMAPS.diverging, 0.5 + unit(v, maxAbs) / 2).map(lin);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.18 ? '#ffffff' : '#111111';
}

// One fixed colour per group element, shared by Cayley tables, Cayley graphs, bar charts and
// orientation rings. Colours come from Paul Tol's colour-blind-safe "muted" scheme, keyed
// by the rotation index k of r^k (pale grey for the identity); a reflection r^k s takes a lighter tint of
// the same hue plus stripes, so colour is never the only cue. Every use also prints the label.
import type { PlanarGroup } from '../../math';

/** Rotation index k = 0..7 -> colour; larger N wraps around (the widgets show N <= 8). */
export const ROTATION_COLORS = [
  '#dddddd',
  '#cc6677',
  '#332288',
  '#ddcc77',
  '#117733',
  '#88ccee',
  '#882255',
  '#44aa99',
] as const;

/** Stripes drawn over reflections (CSS background-image), visible on every palette colour. */
export const REFLECTION_STRIPES =
  'repeating-linear-gradient(135deg, rgba(0,0,0,0.16) 0 2px, transparent 2px 6px)';

function hexToRgb(hex: string): [number, number, number] {
  const v = parseInt(hex.slice(1), 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
}

function rgbToHex(rgb: readonly number[]): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/** Mix with white: t = 0 keeps the colour, t = 1 gives white. */
function tint(hex: string, t: number): string {
  return rgbToHex(hexToRgb(hex).map((c) => c + (255 - c) * t));
}

/** The fill colour of element a (rotation index a mod N; reflections tinted). */
export function elementColor(group: PlanarGroup, a: number): string {
  const base = ROTATION_COLORS[(a % group.rotations) % ROTATION_COLORS.length];
  return group.reflects(a) ? tint(base, 0.45) : base;
}

/** WCAG relative luminance of an sRGB colour. */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = hexToRgb(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Black or white text, whichever contrasts more with the fill. */
export function inkOn(fill: string): string {
  // Contrast with black is (L + 0.05) / 0.05, with white 1.05 / (L + 0.05); equal at L ≈ 0.179.
  return relativeLuminance(fill) > 0.179 ? '#111111' : '#ffffff';
}

/** Inline style for an HTML element coloured as group element a (fill, text, stripes). */
export function elementStyle(
  group: PlanarGroup,
  a: number,
): {
  backgroundColor: string;
  color: string;
  backgroundImage?: string;
} {
  const fill = elementColor(group, a);
  return {
    backgroundColor: fill,
    color: inkOn(fill),
    ...(group.reflects(a) ? { backgroundImage: REFLECTION_STRIPES } : {}),
  };
}

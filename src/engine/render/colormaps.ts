// The colour scales of every map view, defined once: each is a table of equally spaced sRGB
// control points with linear interpolation between them. The same tables generate the WGSL of
// the GPU renderer (colormapWgsl) and drive the CPU renderer and the legends, so all agree.
// Sources of the control points (published data, not code):
// - sequential: viridis (van der Walt and Smith, matplotlib; CC0): its 256-entry table
//   interpolated at t = i / 32, i = 0..32;
// - diverging: ColorBrewer RdBu with 11 classes (Brewer), from blue (negative) through white;
// - phase: the "sinebow" hue wheel (r, g, b = sin^2(pi (1/2 - t + k/3)), k = 0, 1, 2) at 12
//   points, cyclic; magnitude scales the brightness.

export type ColorMode = 'sequential' | 'diverging' | 'phase';

export interface Colormap {
  readonly name: ColorMode;
  /** Control points as '#rrggbb', equally spaced over [0, 1] (cyclic: over [0, 1) and back). */
  readonly stops: readonly string[];
  readonly cyclic: boolean;
}

export const COLORMAPS: Readonly<Record<ColorMode, Colormap>> = {
  sequential: {
    name: 'sequential',
    cyclic: false,
    stops: [
      '#440154',
      '#470d60',
      '#48186a',
      '#482374',
      '#472d7b',
      '#453781',
      '#424086',
      '#3e4989',
      '#3b528b',
      '#375b8d',
      '#33638d',
      '#2f6b8e',
      '#2c728e',
      '#297a8e',
      '#26828e',
      '#23898e',
      '#21918d',
      '#1f978b',
      '#1f9f88',
      '#21a685',
      '#27ad81',
      '#31b57b',
      '#3ebc74',
      '#4dc26c',
      '#5dc863',
      '#6ece58',
      '#82d34d',
      '#95d840',
      '#aadc32',
      '#c0df25',
      '#d5e21a',
      '#eae51a',
      '#fde725',
    ],
  },
  diverging: {
    name: 'diverging',
    cyclic: false,
    stops: [
      '#053061',
      '#2166ac',
      '#4393c3',
      '#92c5de',
      '#d1e5f0',
      '#f7f7f7',
      '#fddbc7',
      '#f4a582',
      '#d6604d',
      '#b2182b',
      '#67001f',
    ],
  },
  phase: {
    name: 'phase',
    cyclic: true,
    stops: [
      '#ff4040',
      '#ee8011',
      '#bfbf00',
      '#7fee11',
      '#40ff40',
      '#11ee80',
      '#00bfbf',
      '#117fee',
      '#4040ff',
      '#7f11ee',
      '#bf00bf',
      '#ee117f',
    ],
  },
};

/** '#rrggbb' to [r, g, b] in [0, 1]. */
export function rgbOf(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255];
}

/** Position of t between control points: the lower index and the fraction towards the next. */
function segment(map: Colormap, t: number): { i: number; j: number; f: number } {
  const n = map.stops.length;
  if (map.cyclic) {
    const x = (t - Math.floor(t)) * n;
    const i = Math.min(Math.floor(x), n - 1);
    return { i, j: (i + 1) % n, f: x - i };
  }
  const x = Math.min(Math.max(t, 0), 1) * (n - 1);
  const i = Math.min(Math.floor(x), n - 2);
  return { i, j: i + 1, f: x - i };
}

/** The colour at t (clamped to [0, 1], or wrapped when cyclic), as [r, g, b] in [0, 1]. */
export function colorAt(map: Colormap, t: number): [number, number, number] {
  const { i, j, f } = segment(map, t);
  const a = rgbOf(map.stops[i]);
  const b = rgbOf(map.stops[j]);
  return [a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f, a[2] + (b[2] - a[2]) * f];
}

/**
 * WGSL `fn <name>(t: f32) -> vec3f` computing colorAt(map, t) in the shader: the control
 * points as a private array, the same segment arithmetic.
 */
export function colormapWgsl(map: Colormap, name: string): string {
  const n = map.stops.length;
  const points = map.stops
    .map(
      (s) =>
        `vec3f(${rgbOf(s)
          .map((c) => c.toFixed(8))
          .join(', ')})`,
    )
    .join(',\n  ');
  const table = `${name.toUpperCase()}_STOPS`;
  const position = map.cyclic
    ? `let x = fract(t) * ${n}.0;\n  let i = min(u32(x), ${n - 1}u);\n  let j = (i + 1u) % ${n}u;`
    : `let x = clamp(t, 0.0, 1.0) * ${n - 1}.0;\n  let i = min(u32(x), ${n - 2}u);\n  let j = i + 1u;`;
  return `var<private> ${table}: array<vec3f, ${n}> = array<vec3f, ${n}>(\n  ${points}\n);
fn ${name}(t: f32) -> vec3f {
  ${position}
  return mix(${table}[i], ${table}[j], x - f32(i));
}
`;
}

/** Legend stops for a scale: offsets in [0, 1] and CSS colours (cyclic maps repeat the first). */
export function legendStops(mode: ColorMode): { offset: number; color: string }[] {
  const map = COLORMAPS[mode];
  const stops = map.cyclic ? [...map.stops, map.stops[0]] : map.stops;
  return stops.map((color, k) => ({ offset: k / (stops.length - 1), color }));
}

/**
 * A CSS background for the legend: a left-to-right bar for sequential and diverging scales; for
 * phase a colour wheel (angle = phase, counter-clockwise from the right, as in the complex plane)
 * darkened towards the centre as the map darkens with smaller magnitude.
 */
export function legendCss(mode: ColorMode): string {
  const stops = legendStops(mode);
  if (mode !== 'phase')
    return `linear-gradient(to right, ${stops.map((s) => `${s.color} ${100 * s.offset}%`).join(', ')})`;
  // conic-gradient runs clockwise from its start; phase runs counter-clockwise, so list backwards.
  const wheel = stops.map((s) => `${s.color} ${360 * (1 - s.offset)}deg`).reverse();
  return `radial-gradient(closest-side, #000, transparent), conic-gradient(from 90deg, ${wheel.join(', ')})`;
}

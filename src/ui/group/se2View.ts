// Geometry of the SE(2) composer's plane: world coordinates (y up) to SVG pixels and back,
// the drawn axes of a frame, and number formatting for the formulas.
import type { SE2Element } from '../../math';

export const VIEW = { width: 520, height: 390, scale: 52 } as const;
/** Length of a frame's heading axis (world units); the handle sits at its tip. */
export const AXIS = 1;

export function toScreen(x: number, y: number): [number, number] {
  return [VIEW.width / 2 + x * VIEW.scale, VIEW.height / 2 - y * VIEW.scale];
}

export function toWorld(sx: number, sy: number): [number, number] {
  return [(sx - VIEW.width / 2) / VIEW.scale, (VIEW.height / 2 - sy) / VIEW.scale];
}

/** World point under a pointer event on the SVG (its viewBox is the VIEW box). */
export function pointerToWorld(svg: SVGSVGElement, clientX: number, clientY: number): [number, number] {
  const r = svg.getBoundingClientRect();
  return toWorld(((clientX - r.left) / r.width) * VIEW.width, ((clientY - r.top) / r.height) * VIEW.height);
}

/** Keeps a dragged position inside the drawn plane. */
export function clampToView(x: number, y: number): [number, number] {
  const hx = VIEW.width / 2 / VIEW.scale - 0.3,
    hy = VIEW.height / 2 / VIEW.scale - 0.3;
  return [Math.min(hx, Math.max(-hx, x)), Math.min(hy, Math.max(-hy, y))];
}

export const round = (v: number, step: number) => Math.round(v / step) * step + 0;

/** Screen end points of a frame: origin, heading-axis tip and the (shorter) second axis tip. */
export function frameAxes(g: SE2Element): {
  o: [number, number];
  ex: [number, number];
  ey: [number, number];
} {
  const c = Math.cos(g.theta),
    s = Math.sin(g.theta);
  return {
    o: toScreen(g.x, g.y),
    ex: toScreen(g.x + AXIS * c, g.y + AXIS * s),
    ey: toScreen(g.x - 0.6 * AXIS * s, g.y + 0.6 * AXIS * c),
  };
}

/** A number for the formulas: two decimals, no "-0.00". */
export function fmt(v: number): string {
  const t = v.toFixed(2);
  return t === '-0.00' ? '0.00' : t;
}

export function fmtDeg(theta: number): string {
  const t = ((theta * 180) / Math.PI).toFixed(1);
  return t === '-0.0' ? '0.0' : t;
}

/** KaTeX of an element ((x, y), R_θ) with θ in degrees. */
export function se2Tex(g: SE2Element): string {
  return `\\big((${fmt(g.x)},\\ ${fmt(g.y)}),\\ R_{${fmtDeg(g.theta)}^\\circ}\\big)`;
}

// Drag-to-rotate: a pointer drag across a view turns the object so that the point under the
// pointer follows it (a trackball), in the view's own screen frame.
import type { Matrix } from '../../src/math/linalg';
import { matmul } from '../../src/math/linalg';
import { so3FromAxisAngle } from '../../src/math/so3';

/** The screen frame of a view, as world vectors: right, up, and towards the viewer (right × up = viewer). */
export interface ScreenFrame {
  right: readonly number[];
  up: readonly number[];
  viewer: readonly number[];
}

const cross = (a: readonly number[], b: readonly number[]) => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
];

/**
 * The rotation for a drag of (dx, dy) pixels (dy down) on a ball of `radius` pixels: axis viewer × d with
 * d = dx·right − dy·up, angle |d| / radius, so the point facing the viewer moves along d.
 */
export function dragRotation(frame: ScreenFrame, dx: number, dy: number, radius: number): Matrix | null {
  const d = [0, 1, 2].map((i) => dx * frame.right[i] - dy * frame.up[i]);
  const axis = cross(frame.viewer, d);
  const len = Math.hypot(axis[0], axis[1], axis[2]);
  if (len === 0) return null;
  return so3FromAxisAngle(axis, len / radius);
}

/** Compose a drag after the current rotation: R ← R_drag R (the drag acts in world axes). */
export function applyDrag(r: Matrix, frame: ScreenFrame, dx: number, dy: number, radius: number): Matrix {
  const drag = dragRotation(frame, dx, dy, radius);
  return drag ? matmul(drag, r) : r;
}

/** Arrow keys turn by `step` radians: left/right about the screen's up axis, up/down about its right axis. */
export function keyRotation(frame: ScreenFrame, key: string, step: number): Matrix | null {
  const moves: Record<string, [number, number]> = {
    ArrowLeft: [-1, 0],
    ArrowRight: [1, 0],
    ArrowUp: [0, -1],
    ArrowDown: [0, 1],
  };
  const m = moves[key];
  return m ? dragRotation(frame, m[0] * step, m[1] * step, 1) : null;
}

/** The frame of a camera looking at the origin from azimuth az and elevation el (radians), z up on screen. */
export function viewFrame(az: number, el: number): ScreenFrame {
  const viewer = [Math.cos(el) * Math.cos(az), Math.cos(el) * Math.sin(az), Math.sin(el)];
  const up = [-Math.sin(el) * Math.cos(az), -Math.sin(el) * Math.sin(az), Math.cos(el)];
  return { right: cross(up, viewer), up, viewer };
}

/** Orthographic projection: screen (x right, y down) in units of the world, and the depth towards the viewer. */
export function project(frame: ScreenFrame, p: readonly number[]): { x: number; y: number; depth: number } {
  const dot = (a: readonly number[]) => a[0] * p[0] + a[1] * p[1] + a[2] * p[2];
  return { x: dot(frame.right), y: -dot(frame.up), depth: dot(frame.viewer) };
}

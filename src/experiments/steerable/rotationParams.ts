// The two ways the Wigner-D explorer lets a student set a rotation, kept in step with each other.
import type { Matrix } from '../../math/linalg';
import { so3FromAxisAngle, so3FromEulerZYZ, so3ToAxisAngle, so3ToEulerZYZ } from '../../math/so3';

/** Axis by azimuth (from +x towards +y) and elevation (above the xy-plane), angle about it; radians. */
export interface AxisAngleParams {
  azimuth: number;
  elevation: number;
  angle: number;
}

export interface EulerParams {
  alpha: number;
  beta: number;
  gamma: number;
}

export function axisFromParams(p: AxisAngleParams): number[] {
  const c = Math.cos(p.elevation);
  return [c * Math.cos(p.azimuth), c * Math.sin(p.azimuth), Math.sin(p.elevation)];
}

export const rotationFromAxisParams = (p: AxisAngleParams): Matrix =>
  so3FromAxisAngle(axisFromParams(p), p.angle);

export const rotationFromEuler = (p: EulerParams): Matrix => so3FromEulerZYZ(p.alpha, p.beta, p.gamma);

/** Axis-angle parameters of R; `previous` keeps the axis when the angle is 0 (where any axis will do). */
export function axisParamsOf(r: Matrix, previous?: AxisAngleParams): AxisAngleParams {
  const { axis, angle } = so3ToAxisAngle(r);
  if (angle < 1e-12 && previous) return { ...previous, angle: 0 };
  // atan2 rather than asin(z): asin loses half the digits for axes near ±z.
  return {
    azimuth: Math.atan2(axis[1], axis[0]),
    elevation: Math.atan2(axis[2], Math.hypot(axis[0], axis[1])),
    angle,
  };
}

export const eulerParamsOf = (r: Matrix): EulerParams => so3ToEulerZYZ(r);

/** The permutation P taking (x, y, z) to the real-harmonic order (y, z, x) of type-1 vectors. */
export const P_YZX: Matrix = [
  [0, 1, 0],
  [0, 0, 1],
  [1, 0, 0],
];

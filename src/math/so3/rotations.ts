// Rotations of R^3 as 3x3 matrices, and their conversions (axis-angle, ZYZ Euler angles, unit quaternions).
import type { Matrix } from '../linalg';
import { frobeniusNorm, matmul, sub } from '../linalg';
import { wrapToPi } from '../continuous/lieGroup';

/** ZYZ Euler angles: R = Rz(alpha) Ry(beta) Rz(gamma); alpha, gamma in (-π, π], beta in [0, π]. */
export interface EulerZYZ {
  readonly alpha: number;
  readonly beta: number;
  readonly gamma: number;
}

/** A rotation by angle (radians, right-handed) about the unit vector axis; angle in [0, π]. */
export interface AxisAngle {
  readonly axis: number[];
  readonly angle: number;
}

/** Rz(t): counter-clockwise rotation by t about the z axis. */
export function so3RotationZ(t: number): Matrix {
  const c = Math.cos(t),
    s = Math.sin(t);
  return [
    [c, -s, 0],
    [s, c, 0],
    [0, 0, 1],
  ];
}

/** Ry(t): rotation by t about the y axis (z towards x). */
export function so3RotationY(t: number): Matrix {
  const c = Math.cos(t),
    s = Math.sin(t);
  return [
    [c, 0, s],
    [0, 1, 0],
    [-s, 0, c],
  ];
}

/** R = Rz(α) Ry(β) Rz(γ): γ about z first, then β about y, then α about z (fixed axes). */
export function so3FromEulerZYZ(alpha: number, beta: number, gamma: number): Matrix {
  return matmul(so3RotationZ(alpha), matmul(so3RotationY(beta), so3RotationZ(gamma)));
}

/**
 * Inverse of so3FromEulerZYZ. With R = Rz(α) Ry(β) Rz(γ):
 *   (R02, R12) = sin β (cos α, sin α),  R22 = cos β,
 *   R10 - R01 = (1 + cos β) sin(α + γ),  R00 + R11 = (1 + cos β) cos(α + γ),
 *   R10 + R01 = (cos β - 1) sin(α - γ),  R00 - R11 = (cos β - 1) cos(α - γ).
 * α comes from the third column; γ from the sum (β <= π/2) or the difference (β > π/2), whichever is
 * well conditioned, so the matrix is reproduced to rounding error even near β = 0 or π (where α is arbitrary).
 */
export function so3ToEulerZYZ(r: Matrix): EulerZYZ {
  const beta = Math.atan2(Math.hypot(r[0][2], r[1][2]), r[2][2]);
  const alpha = Math.atan2(r[1][2], r[0][2]);
  const gamma =
    beta <= Math.PI / 2
      ? Math.atan2(r[1][0] - r[0][1], r[0][0] + r[1][1]) - alpha
      : alpha - Math.atan2(-(r[1][0] + r[0][1]), r[1][1] - r[0][0]);
  return { alpha: wrapToPi(alpha), beta, gamma: wrapToPi(gamma) };
}

/** Rodrigues: R = cos θ I + sin θ [n]_x + (1 - cos θ) n n^T, with n the normalised axis. */
export function so3FromAxisAngle(axis: readonly number[], angle: number): Matrix {
  const len = Math.hypot(axis[0], axis[1], axis[2]);
  if (len === 0) throw new RangeError('so3FromAxisAngle: zero axis');
  const [x, y, z] = [axis[0] / len, axis[1] / len, axis[2] / len];
  const c = Math.cos(angle),
    s = Math.sin(angle),
    t = 1 - c;
  return [
    [c + t * x * x, t * x * y - s * z, t * x * z + s * y],
    [t * x * y + s * z, c + t * y * y, t * y * z - s * x],
    [t * x * z - s * y, t * y * z + s * x, c + t * z * z],
  ];
}

/**
 * Inverse of Rodrigues. The antisymmetric part gives 2 sin θ n, the trace 1 + 2 cos θ. For θ > π/2 the axis is
 * read from the symmetric part (R + R^T)/2 - cos θ I = (1 - cos θ) n n^T, which stays accurate up to θ = π.
 * The identity returns the z axis with angle 0.
 */
export function so3ToAxisAngle(r: Matrix): AxisAngle {
  const w = [r[2][1] - r[1][2], r[0][2] - r[2][0], r[1][0] - r[0][1]];
  const twoSin = Math.hypot(w[0], w[1], w[2]);
  const cos = (r[0][0] + r[1][1] + r[2][2] - 1) / 2;
  const angle = Math.atan2(twoSin / 2, cos);
  if (twoSin === 0 && cos > 0) return { axis: [0, 0, 1], angle: 0 };
  if (angle <= Math.PI / 2) return { axis: w.map((x) => x / twoSin), angle };
  const sym = [0, 1, 2].map((i) => [0, 1, 2].map((j) => (r[i][j] + r[j][i]) / 2 - (i === j ? cos : 0)));
  const k = [0, 1, 2].reduce((best, i) => (sym[i][i] > sym[best][best] ? i : best), 0);
  const col = sym.map((row) => row[k]);
  const sign = col[0] * w[0] + col[1] * w[1] + col[2] * w[2] < 0 ? -1 : 1;
  const len = Math.hypot(col[0], col[1], col[2]);
  return { axis: col.map((x) => (sign * x) / len), angle };
}

/** The rotation of a unit quaternion q = (w, x, y, z) (normalised here): v -> q v q*. */
export function so3FromQuaternion(q: readonly number[]): Matrix {
  const len = Math.hypot(q[0], q[1], q[2], q[3]);
  const [w, x, y, z] = q.map((c) => c / len);
  return [
    [1 - 2 * (y * y + z * z), 2 * (x * y - w * z), 2 * (x * z + w * y)],
    [2 * (x * y + w * z), 1 - 2 * (x * x + z * z), 2 * (y * z - w * x)],
    [2 * (x * z - w * y), 2 * (y * z + w * x), 1 - 2 * (x * x + y * y)],
  ];
}

/** A Haar-uniform random rotation from a uniform unit quaternion (Shoemake, Graphics Gems III, 1992). */
export function so3Random(rng: () => number): Matrix {
  const u1 = rng(),
    a = 2 * Math.PI * rng(),
    b = 2 * Math.PI * rng();
  const p = Math.sqrt(1 - u1),
    q = Math.sqrt(u1);
  return so3FromQuaternion([q * Math.cos(b), p * Math.sin(a), p * Math.cos(a), q * Math.sin(b)]);
}

/** Geodesic distance (angle of a^T b) in [0, π], from ||a - b||_F = 2√2 sin(θ/2), accurate for small θ. */
export function so3Distance(a: Matrix, b: Matrix): number {
  return 2 * Math.asin(Math.min(1, frobeniusNorm(sub(a, b)) / (2 * Math.SQRT2)));
}

// The sphere as the homogeneous space SO(3)/SO(2) (Bekkers' lecture notes: homogeneous spaces).
// Take the north pole n = ẑ as origin; its stabilizer H is the rotations about ẑ, a copy of SO(2).
// For a point p: g_p is one rotation with g_p n = p, the coset g_p H holds every rotation that
// carries n to p, and the stabilizer of p is the conjugate g_p H g_p^-1, the rotations about p.
// A rotation g is drawn as a frame: its position g n and its heading g x̂ (tangent there).
import { so3FromAxisAngle, so3RotationZ } from '../../math';
import { matmul, transpose, type Matrix } from '../../math/linalg';

export type Vec3 = readonly [number, number, number];

export const NORTH: Vec3 = [0, 0, 1];
const X: Vec3 = [1, 0, 0];

export const apply = (r: Matrix, v: Vec3): [number, number, number] => [
  r[0][0] * v[0] + r[0][1] * v[1] + r[0][2] * v[2],
  r[1][0] * v[0] + r[1][1] * v[1] + r[1][2] * v[2],
  r[2][0] * v[0] + r[2][1] * v[1] + r[2][2] * v[2],
];

const distance = (a: readonly number[], b: readonly number[]) =>
  Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

/** One rotation taking n to the unit vector p: about the axis n × p by the angle between them. */
export function poleTo(p: Vec3): Matrix {
  const axis = [-p[1], p[0], 0]; // ẑ × p
  const angle = Math.acos(Math.max(-1, Math.min(1, p[2])));
  if (Math.hypot(axis[0], axis[1]) < 1e-12) return p[2] > 0 ? so3RotationZ(0) : so3FromAxisAngle(X, Math.PI);
  return so3FromAxisAngle(axis, angle);
}

function angles(count: number): number[] {
  return Array.from({ length: count }, (_, k) => (2 * Math.PI * k) / count);
}

/** g_p R_z(α) for α = 2πk/count: the coset g_p H, every rotation that carries n to p. */
export function cosetRotations(p: Vec3, count: number): Matrix[] {
  const gp = poleTo(p);
  return angles(count).map((a) => matmul(gp, so3RotationZ(a)));
}

/** g_p R_z(β) g_p^-1 for β = 2πk/count: the stabilizer of p. */
export function stabilizerRotations(p: Vec3, count: number): Matrix[] {
  const gp = poleTo(p);
  return angles(count).map((b) => matmul(matmul(gp, so3RotationZ(b)), transpose(gp)));
}

/** Where a rotation puts the frame of the pole: position g n and heading g x̂. */
export function frameOf(g: Matrix): {
  position: [number, number, number];
  heading: [number, number, number];
} {
  return { position: apply(g, NORTH), heading: apply(g, X) };
}

export interface SphereChecks {
  /** max |g n − p| over the coset. */
  coset: number;
  /** max |h p − p| over the stabilizer. */
  stabilizer: number;
  /** max distance between g_p R_z(β) g_p^-1 and the rotation by β about the axis p (Rodrigues). */
  axisAngle: number;
}

export function sphereChecks(p: Vec3, count: number): SphereChecks {
  const stab = stabilizerRotations(p, count);
  return {
    coset: Math.max(...cosetRotations(p, count).map((g) => distance(apply(g, NORTH), p))),
    stabilizer: Math.max(...stab.map((h) => distance(apply(h, p), p))),
    axisAngle: Math.max(
      ...stab.map((h, k) => {
        const r = so3FromAxisAngle(p, (2 * Math.PI * k) / count);
        return Math.max(...h.flatMap((row, i) => row.map((v, j) => Math.abs(v - r[i][j]))));
      }),
    ),
  };
}

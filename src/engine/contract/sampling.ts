// Pixel geometry shared by every sampling op (the contract with the WebGPU backend, backend.ts):
// - Output pixel (row i, col j) of an H x W plane sits at p = (j - cx, cy - i), with the centre
//   c = ((W - 1) / 2, (H - 1) / 2) and y pointing up.
// - The left-regular action samples the source at q = g^-1 p = S^reflect R_-angle (p - t) / λ (undo
//   the shift t, divide by the scale λ (1 unless given), rotate by -angle, then flip y if reflect),
//   i.e. at source col = q.x + cx, row = cy - q.y.
// - cos and sin are snapped to exact values in {-1, 0, 1} when the angle is within 1e-9 of a
//   multiple of pi/2, so quarter turns of square planes are exact pixel permutations.
// - Disk mask: keep a pixel iff x^2 + y^2 <= R^2 with R = min(H, W) / 2.

/** Angles within this distance of a multiple of pi/2 use exact cos/sin. */
export const SNAP_TOLERANCE = 1e-9;

/** cos and sin of an angle, exact in {-1, 0, 1} for multiples of pi/2 (within SNAP_TOLERANCE). */
export function snappedCosSin(angle: number): { cos: number; sin: number } {
  const quarter = Math.round(angle / (Math.PI / 2));
  if (Math.abs(angle - (quarter * Math.PI) / 2) > SNAP_TOLERANCE)
    return { cos: Math.cos(angle), sin: Math.sin(angle) };
  const k = ((quarter % 4) + 4) % 4;
  return { cos: [1, 0, -1, 0][k], sin: [0, 1, 0, -1][k] };
}

/** The inverse action g^-1 p = S^reflect R_-angle (p - t) / λ on plane points, cos/sin computed once. */
export interface InverseAction {
  cos: number;
  sin: number;
  reflect: boolean;
  /** The shift t (x right, y up) undone first. */
  tx: number;
  ty: number;
  /** The dilation factor λ > 0, divided out after undoing the shift. */
  scale: number;
}

export function inverseAction(
  angle: number,
  reflect: boolean,
  shift: readonly [number, number] = [0, 0],
  scale = 1,
): InverseAction {
  return { ...snappedCosSin(angle), reflect, tx: shift[0], ty: shift[1], scale };
}

/**
 * Source position (col, row) read by output pixel (i, j) of an H x W plane: q = g^-1 p.
 * Writes into `out` to keep the per-pixel loop free of allocations.
 */
export function sourcePosition(
  g: InverseAction,
  i: number,
  j: number,
  H: number,
  W: number,
  out: { col: number; row: number },
): void {
  const cx = (W - 1) / 2;
  const cy = (H - 1) / 2;
  const x = (j - cx - g.tx) / g.scale;
  const y = (cy - i - g.ty) / g.scale;
  // R_-angle (x, y) = (cos x + sin y, -sin x + cos y); then S flips y.
  const qx = g.cos * x + g.sin * y;
  const qyRotated = -g.sin * x + g.cos * y;
  const qy = g.reflect ? -qyRotated : qyRotated;
  out.col = qx + cx;
  out.row = cy - qy;
}

/** Whether pixel (i, j) of an H x W plane lies in the centred disk of radius min(H, W) / 2. */
export function insideDisk(i: number, j: number, H: number, W: number): boolean {
  const x = j - (W - 1) / 2;
  const y = (H - 1) / 2 - i;
  const radius = Math.min(H, W) / 2;
  return x * x + y * y <= radius * radius;
}

// The group actions the commuting diagrams need, all on the backend:
// - on images and planar maps, the left-regular representation (L_g f)(x) = f(g^-1 x);
// - on lifted maps over C_N or D_N, the regular representation (L_u f)(h, x) = f(u^-1 h, u^-1 x);
// - on complex maps of rotation order m, (L_theta f)(x) = e^{i m theta} f(R_-theta x) (Worrall et al. 2017);
// and the error between the two paths of a diagram.

import type { Backend, ErrorNorms, Interpolation, Tensor } from '../engine/backend';
import { planeTransformOf, type PlanarGroup } from '../math';

export interface PlaneElement {
  angle: number;
  reflect?: boolean;
}

/** out = L_g src for an image [C, H, W] (or any stack of planes): every plane rotated alike. */
export function actOnImage(
  backend: Backend,
  src: Tensor,
  out: Tensor,
  g: PlaneElement,
  interpolation: Interpolation = 'bilinear',
  mask = false,
): void {
  backend.transform(src, out, { angle: g.angle, reflect: g.reflect ?? false, interpolation, mask });
}

/** out = L_u src for a lifted map [C, G, H, W]: spatial transform by u and orientation shift h -> u^-1 h. */
export function actOnLiftedMap(
  backend: Backend,
  group: PlanarGroup,
  u: number,
  src: Tensor,
  out: Tensor,
  interpolation: Interpolation = 'bilinear',
  mask = false,
): void {
  backend.transform(src, out, { ...planeTransformOf(group, u), interpolation, mask });
}

/** Rotation of complex maps [C, 2, H, W] whose channel c has rotation order orders[c]. */
export class ComplexRotation {
  private readonly rotated: Tensor;
  private readonly phaseWeights: Tensor;
  private readonly phaseHost: Float32Array;

  constructor(
    private readonly backend: Backend,
    readonly shape: readonly number[],
    readonly orders: readonly number[],
  ) {
    const C = shape[0];
    if (shape.length !== 4 || shape[1] !== 2 || orders.length !== C)
      throw new Error(`ComplexRotation: shape [${shape.join(', ')}] with ${orders.length} orders`);
    this.rotated = backend.tensor(shape);
    this.phaseHost = new Float32Array(4 * C * C);
    this.phaseWeights = backend.tensor([2 * C, 2 * C, 1, 1]);
  }

  /** out = e^{i m_c theta} (src_c rotated by theta): a spatial transform, then a 1 x 1 correlation by the phases. */
  apply(
    src: Tensor,
    out: Tensor,
    theta: number,
    interpolation: Interpolation = 'bilinear',
    mask = false,
  ): void {
    const C = this.orders.length;
    const w = this.phaseHost;
    w.fill(0);
    for (let c = 0; c < C; c++) {
      const cos = Math.cos(this.orders[c] * theta);
      const sin = Math.sin(this.orders[c] * theta);
      const re = 2 * c;
      const im = re + 1;
      // (x + iy)(cos + i sin): real row reads (cos, -sin), imaginary row reads (sin, cos).
      w[re * 2 * C + re] = cos;
      w[re * 2 * C + im] = -sin;
      w[im * 2 * C + re] = sin;
      w[im * 2 * C + im] = cos;
    }
    this.backend.write(this.phaseWeights, w);
    this.backend.transform(src, this.rotated, { angle: theta, reflect: false, interpolation, mask });
    this.backend.correlate(this.rotated, this.phaseWeights, null, out);
  }

  dispose(): void {
    this.backend.dispose(this.rotated);
    this.backend.dispose(this.phaseWeights);
  }
}

/**
 * Error norms of map a against reference b. With scratch tensors (same shape), both maps are
 * first masked to the centred disk, where rotations keep the content in view.
 */
export function mapError(
  backend: Backend,
  a: Tensor,
  b: Tensor,
  scratch?: readonly [Tensor, Tensor],
): Promise<ErrorNorms> {
  if (!scratch) return backend.errorNorms(a, b);
  backend.maskDisk(a, scratch[0]);
  backend.maskDisk(b, scratch[1]);
  return backend.errorNorms(scratch[0], scratch[1]);
}

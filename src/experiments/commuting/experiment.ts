// The commuting diagram on the engine: x, g·x, Φ(x), Φ(g·x), g·Φ(x) and their difference, all
// kept on the backend (the renderer draws them from there), plus the error measurements.
import {
  normsFromSums,
  type Backend,
  type ErrorNorms,
  type PlaneTransform,
  type Tensor,
} from '../../engine/backend';
import { Pipeline, type Layer } from '../../layers';
import { planeTransformOf, type PlanarGroup } from '../../math';
import { buildPhi, outputAction, type PhiConfig } from './phi';

export interface GroupAction {
  angle: number;
  reflect: boolean;
  /** The translation part t of a p4 / p4m element (pixels, x right, y up); omitted: no shift. */
  shift?: readonly [number, number];
  /** Index of the group element nearest to (angle, reflect); its perm acts on the orientation axis. */
  element: number;
  onGrid: boolean;
}

export interface Measurement {
  /** Φ(g·x) against g·Φ(x) on the centred disk. */
  equivariance: ErrorNorms;
  /** g^-1·(g·x) against x: what resampling alone loses (zero for exact pixel permutations). */
  interpolation: ErrorNorms;
  /** max |Φ(x)|, for a symmetric colour range shared by the output maps and their difference. */
  outputMax: number;
  /** max |Φ(x)| per output channel: the range for the channel on show, so a weak one is not washed out. */
  channelMax: number[];
}

export class CommutingExperiment {
  readonly x: Tensor;
  readonly gx: Tensor;
  readonly gPhiX: Tensor;
  readonly diff: Tensor;
  readonly outputShape: readonly number[];
  private readonly raw: Tensor;
  private readonly back: Tensor;
  private readonly zeros: Tensor;
  /** -Φ(x) and the per-channel maxima of Φ(x) and -Φ(x): max |Φ(x)| per channel. */
  private readonly negated: Tensor;
  private readonly channelPeaks: [Tensor, Tensor];
  private readonly scratch: [Tensor, Tensor, Tensor, Tensor];
  /** The error sums of equivariance, interpolation and |Φ(x)|: read with the peaks in one go. */
  private readonly sums: [Tensor, Tensor, Tensor];
  private readonly layers: Layer[];
  private readonly onX: Pipeline;
  private readonly onGx: Pipeline;

  constructor(
    private readonly backend: Backend,
    readonly config: PhiConfig,
    readonly size: number,
  ) {
    const shape = [1, size, size];
    this.raw = backend.tensor(shape);
    this.x = backend.tensor(shape);
    this.gx = backend.tensor(shape);
    this.back = backend.tensor(shape);
    this.layers = buildPhi(backend, config);
    this.onX = new Pipeline(backend, this.layers, shape);
    this.onGx = new Pipeline(backend, this.layers, shape);
    this.outputShape = this.onX.shapes[this.onX.shapes.length - 1];
    this.gPhiX = backend.tensor(this.outputShape);
    this.diff = backend.tensor(this.outputShape);
    this.zeros = backend.tensor(this.outputShape);
    this.negated = backend.tensor(this.outputShape);
    const channels = this.outputShape[0];
    this.channelPeaks = [backend.tensor([channels]), backend.tensor([channels])];
    this.scratch = [
      backend.tensor(this.outputShape),
      backend.tensor(this.outputShape),
      backend.tensor(shape),
      backend.tensor(shape),
    ];
    this.sums = [backend.tensor([3]), backend.tensor([3]), backend.tensor([3])];
  }

  get group(): PlanarGroup {
    return this.config.group;
  }
  get phiX(): Tensor {
    return this.onX.output;
  }
  get phiGx(): Tensor {
    return this.onGx.output;
  }

  /** New input pixels (size x size, row-major); masked to the disk, since corners do not rotate into view. */
  setInput(pixels: Float32Array): void {
    this.backend.write(this.raw, pixels);
    this.backend.maskDisk(this.raw, this.x);
  }

  /** Records both paths of the diagram for the action g. */
  run(g: GroupAction): void {
    const b = this.backend;
    const spatial: PlaneTransform = { angle: g.angle, reflect: g.reflect, shift: g.shift };
    b.transform(this.x, this.gx, { ...spatial, interpolation: 'bilinear', mask: true });
    this.onX.run(this.x);
    this.onGx.run(this.gx);
    const perm =
      outputAction(this.config.kind) === 'lifted' ? planeTransformOf(this.group, g.element).perm : undefined;
    b.transform(this.phiX, this.gPhiX, { ...spatial, perm, interpolation: 'bilinear', mask: true });
    b.subtract(this.phiGx, this.gPhiX, this.diff);
    b.transform(this.gx, this.back, { ...inverseTransform(spatial), interpolation: 'bilinear', mask: true });
    b.flush();
  }

  /** Reads back a handful of numbers (never whole maps), all in one round trip. */
  async measure(): Promise<Measurement> {
    const b = this.backend;
    const [s0, s1, s2, s3] = this.scratch;
    b.maskDisk(this.phiGx, s0);
    b.maskDisk(this.gPhiX, s1);
    b.maskDisk(this.back, s2);
    b.maskDisk(this.x, s3);
    const [up, down] = this.channelPeaks;
    b.subtract(this.zeros, this.phiX, this.negated);
    b.globalPool(this.phiX, up, 'max');
    b.globalPool(this.negated, down, 'max');
    const [eq, interp, out] = this.sums;
    b.errorSums(s0, s1, eq);
    b.errorSums(s2, s3, interp);
    b.errorSums(this.phiX, this.zeros, out);
    const [e, i, o, ups, downs] = await b.readMany([eq, interp, out, up, down]);
    const channelMax = Array.from(ups, (u, c) => Math.max(u, downs[c], 0));
    return {
      equivariance: normsFromSums(e[0], e[1], e[2]),
      interpolation: normsFromSums(i[0], i[1], i[2]),
      outputMax: o[0],
      channelMax,
    };
  }

  dispose(): void {
    this.onX.dispose(true);
    this.onGx.dispose(false);
    for (const t of [
      this.raw,
      this.x,
      this.gx,
      this.back,
      this.gPhiX,
      this.diff,
      this.zeros,
      this.negated,
      ...this.channelPeaks,
      ...this.scratch,
      ...this.sums,
    ])
      this.backend.dispose(t);
  }
}

/**
 * g^-1 for g = t R_θ S^reflect, in the same form: R_-θ and shift −R_-θ t for a rotation; a
 * reflection R_θ S is its own inverse up to the shift, g^-1 = t' R_θ S with t' = −S R_-θ t.
 */
export function inverseTransform(g: PlaneTransform): PlaneTransform {
  const [tx, ty] = g.shift ?? [0, 0];
  const c = Math.cos(g.angle),
    s = Math.sin(g.angle);
  const ux = c * tx + s * ty;
  const uy = -s * tx + c * ty; // R_-θ t
  const shift: [number, number] = g.reflect ? [-ux, uy] : [-ux, -uy];
  return { angle: g.reflect ? g.angle : -g.angle, reflect: g.reflect, shift };
}

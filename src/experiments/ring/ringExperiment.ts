// The orientation ring on the engine: the lifted map Φ(g·x) of the rotated drawing (lifting with
// the page's filter psi, optionally followed by ReLU and a group correlation), the max over its
// planes after a ReLU (coset pooling: with 'gconv' on C8 this is the canonical pipeline rotate ->
// lift -> ReLU -> group conv -> ReLU -> orientation pool), per-plane response strengths, and the
// check that every slot holds the rotated plane it came from: Φ(g·x) against L_g Φ(x). Φ(x) is
// recomputed only when the input or the filter changes, so a frame costs one pass of the stack.
import {
  normsFromSums,
  type Backend,
  type BackendKind,
  type ErrorNorms,
  type Tensor,
} from '../../engine/backend';
import {
  GroupConvLayer,
  LiftingLayer,
  OrientationPoolLayer,
  Pipeline,
  ReluLayer,
  smoothRandomFilters,
  type Layer,
} from '../../layers';
import { regularActionPerm, type PlanarGroup } from '../../math';
import type { GroupAction } from '../commuting/experiment';

export type RingMode = 'lift' | 'gconv';

export interface RingConfig {
  group: PlanarGroup;
  mode: RingMode;
  /** Odd kernel size K of psi and of the group filters. */
  kernel: number;
  size: number;
}

/** Channels of the stack: psi alone for lifting; psi plus three smooth random filters before a group correlation. */
export function ringChannels(mode: RingMode): number {
  return mode === 'lift' ? 1 : 4;
}

export interface RingMeasurement {
  /** ‖Φ(g·x) − L_g Φ(x)‖ / ‖L_g Φ(x)‖ on the centred disk. */
  equivariance: ErrorNorms;
  /** Mean of ReLU(Φ(g·x)) over the disk, per plane [C * G] (channel-major). */
  planeMeans: Float32Array;
  /** max |Φ(x)| per channel [C]: the symmetric colour range of that channel's planes. */
  channelMax: Float32Array;
}

const SEED = 21;

/** psi [1, K, K] as lifting weights [C, 1, K, K]: psi first, then smooth random filters. */
export function liftWeights(psi: Float32Array, mode: RingMode, K: number): Float32Array {
  const C = ringChannels(mode);
  const w = new Float32Array(C * K * K);
  w.set(psi);
  if (C > 1) w.set(smoothRandomFilters(SEED, C - 1, K, K * K), K * K);
  return w;
}

export class RingExperiment {
  readonly x: Tensor;
  readonly gx: Tensor;
  /** Max over the orientation planes of ReLU(Φ(g·x)): [C, H, W]. */
  readonly pooled: Tensor;
  readonly channels: number;
  private readonly raw: Tensor;
  private readonly gPhiX: Tensor;
  private readonly flat: Tensor;
  private readonly flatMasked: Tensor;
  private readonly means: Tensor;
  private readonly zeros: Tensor;
  private readonly positiveMax: Tensor;
  private readonly negativeMax: Tensor;
  private readonly sums: Tensor;
  private channelMax: Float32Array | null = null;
  private readonly lift: LiftingLayer;
  private readonly onX: Pipeline;
  private readonly onGx: Pipeline;
  private readonly pool: OrientationPoolLayer;
  private inputChanged = true;

  constructor(
    private readonly backend: Backend,
    readonly config: RingConfig,
  ) {
    const { group, mode, kernel: K, size } = config;
    const shape = [1, size, size];
    this.channels = ringChannels(mode);
    const C = this.channels;
    this.lift = new LiftingLayer(
      backend,
      { group, inChannels: 1, outChannels: C, kernelSize: K },
      { weights: liftWeights(new Float32Array(K * K), mode, K) }, // psi arrives through setFilter
    );
    const layers: Layer[] = [this.lift];
    if (mode === 'gconv')
      layers.push(
        new ReluLayer(backend),
        new GroupConvLayer(
          backend,
          { group, inChannels: C, outChannels: C, kernelSize: K },
          { seed: SEED + 1, init: 'smooth' },
        ),
      );
    this.onX = new Pipeline(backend, layers, shape);
    this.onGx = new Pipeline(backend, layers, shape);
    this.pool = new OrientationPoolLayer(backend, 'max');
    const out = this.onX.shapes[this.onX.shapes.length - 1];
    const planes = C * group.order;
    [this.raw, this.x, this.gx] = [shape, shape, shape].map((s) => backend.tensor(s));
    [this.gPhiX, this.zeros] = [out, out].map((s) => backend.tensor(s));
    this.flat = backend.tensor(out); // ReLU(Φ(g·x)), [C, G, H, W]
    this.flatMasked = backend.tensor([planes, size, size]);
    this.means = backend.tensor([planes]);
    this.positiveMax = backend.tensor([C]);
    this.negativeMax = backend.tensor([C]);
    this.sums = backend.tensor([3]);
    this.pooled = backend.tensor([C, size, size]);
  }

  get group(): PlanarGroup {
    return this.config.group;
  }
  get phiGx(): Tensor {
    return this.onGx.output;
  }

  /** New drawing pixels (size x size); masked to the disk, since corners do not rotate into view. */
  setInput(pixels: Float32Array): void {
    this.backend.write(this.raw, pixels);
    this.backend.maskDisk(this.raw, this.x);
    this.inputChanged = true;
  }

  /** New filter psi (K x K values). */
  setFilter(psi: Float32Array): void {
    const { mode, kernel } = this.config;
    this.lift.setParams({ weights: liftWeights(psi, mode, kernel) });
    this.inputChanged = true;
  }

  /**
   * Records Φ(g·x), its pooled map and plane means, and L_g Φ(x): the spatial part of g at any
   * angle, the orientation shift of the nearest group element g.element.
   */
  run(g: GroupAction): void {
    const b = this.backend;
    const spatial = { angle: g.angle, reflect: g.reflect, interpolation: 'bilinear' as const, mask: true };
    if (this.inputChanged) this.runOnX();
    this.inputChanged = false;
    b.transform(this.x, this.gx, spatial);
    this.onGx.run(this.gx);
    b.transform(this.onX.output, this.gPhiX, { ...spatial, perm: regularActionPerm(this.group, g.element) });
    b.relu(this.phiGx, this.flat);
    this.pool.forward(this.flat, this.pooled);
    // The mean of ReLU(Φ) over the disk of every plane: how strongly each orientation responds.
    b.maskDisk(this.flat, this.flatMasked);
    b.globalPool(this.flatMasked, this.means, 'mean');
    b.flush();
  }

  /** Φ(x), and the largest value of Φ(x) and of −Φ(x) in every channel (for the colour ranges). */
  private runOnX(): void {
    const b = this.backend;
    const phiX = this.onX.run(this.x);
    b.relu(phiX, this.flat);
    b.globalPool(this.flat, this.positiveMax, 'max');
    b.subtract(this.zeros, phiX, this.flatMasked);
    b.relu(this.flatMasked, this.flat);
    b.globalPool(this.flat, this.negativeMax, 'max');
    this.channelMax = null;
  }

  /**
   * Reads back a few numbers in one round trip: the error, G * C plane means and (after an input
   * change) the colour ranges.
   */
  async measure(): Promise<RingMeasurement> {
    const b = this.backend;
    // flat and flatMasked are free again once the means are recorded: reuse them as masked copies.
    b.maskDisk(this.phiGx, this.flat);
    b.maskDisk(this.gPhiX, this.flatMasked);
    b.errorSums(this.flat, this.flatMasked, this.sums);
    const known = this.channelMax;
    const [s, planeMeans, pos, neg] = await b.readMany(
      known ? [this.sums, this.means] : [this.sums, this.means, this.positiveMax, this.negativeMax],
    );
    const channelMax = known ?? pos.map((p, c) => Math.max(p, neg[c]));
    this.channelMax = channelMax;
    return { equivariance: normsFromSums(s[0], s[1], s[2]), planeMeans, channelMax };
  }

  dispose(): void {
    this.onX.dispose(true);
    this.onGx.dispose(false);
    for (const t of [this.raw, this.x, this.gx, this.gPhiX, this.zeros, this.flat, this.flatMasked])
      this.backend.dispose(t);
    for (const t of [this.means, this.positiveMax, this.negativeMax, this.sums, this.pooled])
      this.backend.dispose(t);
  }
}

/**
 * Map size of the ring: 256 px on a hardware WebGPU adapter (the canonical C8 pipeline), less for
 * big groups after a group correlation (its cost grows with G^2), 64 px without a hardware GPU
 * (WebAssembly, the CPU reference, SwiftShader).
 */
export function ringSize(
  mode: RingMode,
  order: number,
  kind: BackendKind | undefined,
  fallback: boolean,
): number {
  if (kind !== 'webgpu' || fallback) return 64;
  if (mode === 'lift' || order <= 8) return 256;
  return order <= 16 ? 128 : 64;
}

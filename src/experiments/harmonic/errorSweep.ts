// Equivariance error against the rotation angle (continuous vs discrete symmetry): a C4 and a C8
// G-CNN (lifting, ReLU, group correlation; Cohen & Welling 2016) and two harmonic layers (W_1, C-ReLU, W_1:
// order 2; Worrall et al. 2017) on the same input, with and without band-limiting it first. For each angle
// theta: ||Phi(R x) - g Phi(x)|| / ||g Phi(x)|| on the disk, where g acts on a G-CNN's output by the
// rotation theta and the orientation shift of the group element nearest to theta (as the
// commuting diagram does), and on an order-M complex map as e^{i M theta} R.
import type { Backend, Tensor } from '../../engine/backend';
import { ComplexRotation, MagnitudeReluLayer, Pipeline, type Layer } from '../../layers';
import { cyclicGroup, planeTransformOf, type PlanarGroup } from '../../math';
import { buildPhi } from '../commuting/phi';
import { GaussianBlurLayer } from './bandlimit';
import { buildHarmonicLayer } from './orderNetworks';
import { RESAMPLING } from './resampling';

export type SweepModelId = 'c4' | 'c8' | 'harmonic';
export type InputVariant = 'raw' | 'bandlimited';

export interface SweepConfig {
  /** Odd map size S. */
  size: number;
  /** Kernel size of the G-CNNs' filters. */
  gcnnKernel: number;
  /** Kernel size of the harmonic filters. */
  harmonicKernel: number;
  /** Channels of the G-CNNs. */
  channels: number;
  /** sigma of the Gaussian blur of the band-limited variant (pixels). */
  blur: number;
  /** Bias of the magnitude ReLU between the harmonic layers. */
  bias: number;
  seed: number;
}

export const SWEEP_MODELS: readonly { id: SweepModelId; label: string }[] = [
  { id: 'c4', label: 'C4 G-CNN (lifting, ReLU, group conv)' },
  { id: 'c8', label: 'C8 G-CNN (lifting, ReLU, group conv)' },
  { id: 'harmonic', label: 'harmonic (W₁, ℂ-ReLU, W₁: order 2)' },
];

interface Model {
  id: SweepModelId;
  layers: Layer[];
  /** Phi(x) per input variant. */
  onX: Record<InputVariant, Pipeline>;
  onRx: Pipeline;
  acted: Tensor;
  masked: Tensor;
  act(src: Tensor, out: Tensor, theta: number): void;
  release(): void;
}

/** The group element of C_N nearest to theta: its index k, with angle 2 pi k / N. */
export function nearestElement(theta: number, N: number): number {
  const step = (2 * Math.PI) / N;
  return ((Math.round(theta / step) % N) + N) % N;
}

export class ErrorSweep {
  private readonly raw: Tensor;
  private readonly inputs: Record<InputVariant, Tensor>;
  private readonly rx: Tensor;
  private readonly blur: GaussianBlurLayer;
  private readonly models: Model[];

  constructor(
    private readonly backend: Backend,
    readonly config: SweepConfig,
  ) {
    const image = [1, config.size, config.size];
    this.raw = backend.tensor(image);
    this.rx = backend.tensor(image);
    this.inputs = { raw: backend.tensor(image), bandlimited: backend.tensor(image) };
    this.blur = new GaussianBlurLayer(backend, 1, config.blur);
    this.models = [this.gcnn('c4', cyclicGroup(4)), this.gcnn('c8', cyclicGroup(8)), this.harmonic()];
  }

  private model(id: SweepModelId, layers: Layer[], act: Model['act'], extra: () => void = () => {}): Model {
    const b = this.backend;
    const shape = [1, this.config.size, this.config.size];
    const onX = { raw: new Pipeline(b, layers, shape), bandlimited: new Pipeline(b, layers, shape) };
    const onRx = new Pipeline(b, layers, shape);
    const out = onRx.shapes[onRx.shapes.length - 1];
    const [acted, masked] = [b.tensor(out), b.tensor(out)];
    const release = () => {
      onX.raw.dispose(true);
      onX.bandlimited.dispose(false);
      onRx.dispose(false);
      b.dispose(acted);
      b.dispose(masked);
      extra();
    };
    return { id, layers, onX, onRx, acted, masked, act, release };
  }

  private gcnn(id: SweepModelId, group: PlanarGroup): Model {
    const { channels, gcnnKernel: kernel, seed } = this.config;
    const layers = buildPhi(this.backend, {
      kind: 'lift-gconv',
      group,
      channels,
      kernel,
      init: 'smooth',
      seed,
    });
    return this.model(id, layers, (src, out, theta) => {
      const { perm } = planeTransformOf(group, nearestElement(theta, group.rotations));
      this.backend.transform(src, out, {
        angle: theta,
        reflect: false,
        perm,
        interpolation: RESAMPLING,
        mask: true,
      });
    });
  }

  private harmonic(): Model {
    const b = this.backend;
    const { harmonicKernel: K, bias, size: S } = this.config;
    const layers = [
      buildHarmonicLayer(b, 1, K, false),
      new MagnitudeReluLayer(b, 1, Float32Array.of(bias)),
      buildHarmonicLayer(b, 1, K, true),
    ];
    const rotation = new ComplexRotation(b, [1, 2, S, S], [2]);
    return this.model(
      'harmonic',
      layers,
      (src, out, theta) => rotation.apply(src, out, theta, RESAMPLING, true),
      () => rotation.dispose(),
    );
  }

  /** New input pixels: masked to the disk; the band-limited variant is also blurred; Phi(x) recorded once. */
  setInput(pixels: Float32Array): void {
    const b = this.backend;
    b.write(this.raw, pixels);
    b.maskDisk(this.raw, this.inputs.raw);
    this.blur.forward(this.inputs.raw, this.inputs.bandlimited);
    for (const m of this.models)
      for (const v of ['raw', 'bandlimited'] as const) m.onX[v].run(this.inputs[v]);
    b.flush();
  }

  /** The relative errors of every model and input variant at theta (radians). */
  async errorsAt(theta: number): Promise<Record<SweepModelId, Record<InputVariant, number>>> {
    const b = this.backend;
    const pending: Promise<{ id: SweepModelId; v: InputVariant; err: number }>[] = [];
    for (const v of ['raw', 'bandlimited'] as const) {
      b.transform(this.inputs[v], this.rx, {
        angle: theta,
        reflect: false,
        interpolation: RESAMPLING,
        mask: true,
      });
      for (const m of this.models) {
        m.onRx.run(this.rx);
        m.act(m.onX[v].output, m.acted, theta);
        b.maskDisk(m.onRx.output, m.masked);
        // errorNorms records its reads now, so the next variant may reuse rx, onRx and acted.
        pending.push(b.errorNorms(m.masked, m.acted).then((e) => ({ id: m.id, v, err: e.relL2 })));
      }
    }
    const out = { c4: {}, c8: {}, harmonic: {} } as Record<SweepModelId, Record<InputVariant, number>>;
    for (const r of await Promise.all(pending)) out[r.id][r.v] = r.err;
    return out;
  }

  dispose(): void {
    for (const m of this.models) m.release();
    this.blur.dispose();
    for (const t of [this.raw, this.rx, this.inputs.raw, this.inputs.bandlimited]) this.backend.dispose(t);
  }
}

// Plain CNN and C4 G-CNN on the same input x and its transform g·x, all on the engine. The
// networks run on x only when the drawing changes; each frame runs them on g·x and reads back
// their 8 outputs (the outputs are global maxima, so the largest also sets the maps' colour range).
import type { Backend, Tensor } from '../../engine/backend';
import { Pipeline } from '../../layers';
import { gCnn, plainCnn, type Network, type NetworkKind } from './networks';

export interface NetworkOutputs {
  /** Outputs for x and for g·x (SCORES numbers each). */
  before: Float32Array;
  after: Float32Array;
  /** ‖y(g·x) − y(x)‖ / ‖y(x)‖: zero for an invariant network. */
  invariance: number;
  /** Largest value of the last feature map for x (its colour range): the largest output. */
  mapMax: number;
}

export type ComparisonMeasurement = Record<NetworkKind, NetworkOutputs>;

/** Relative L2 distance ‖a − b‖ / ‖b‖ (0 when both vanish). */
export function relativeChange(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let diff = 0;
  let ref = 0;
  for (let i = 0; i < b.length; i++) {
    diff += (a[i] - b[i]) ** 2;
    ref += b[i] ** 2;
  }
  if (ref === 0) return diff === 0 ? 0 : Infinity;
  return Math.sqrt(diff / ref);
}

interface Runner {
  net: Network;
  onX: Pipeline;
  onGx: Pipeline;
}

const SEED = 31;

export class ComparisonExperiment {
  readonly x: Tensor;
  readonly gx: Tensor;
  private readonly raw: Tensor;
  private readonly runners: Record<NetworkKind, Runner>;
  private inputChanged = true;

  constructor(
    private readonly backend: Backend,
    readonly size: number,
  ) {
    const shape = [1, size, size];
    [this.raw, this.x, this.gx] = [shape, shape, shape].map((s) => backend.tensor(s));
    this.runners = {
      plain: this.runner(plainCnn(backend, SEED)),
      gcnn: this.runner(gCnn(backend, SEED + 10)),
    };
  }

  private runner(net: Network): Runner {
    const shape = [1, this.size, this.size];
    return {
      net,
      onX: new Pipeline(this.backend, net.layers, shape),
      onGx: new Pipeline(this.backend, net.layers, shape),
    };
  }

  /** The last feature map before global pooling ([8, H, W]) of a network, for x or for g·x. */
  featureMap(kind: NetworkKind, of: 'x' | 'gx'): Tensor {
    const r = this.runners[kind];
    return (of === 'x' ? r.onX : r.onGx).stages[r.net.mapStage];
  }

  /** New drawing pixels (size x size); masked to the disk, since corners do not rotate into view. */
  setInput(pixels: Float32Array): void {
    this.backend.write(this.raw, pixels);
    this.backend.maskDisk(this.raw, this.x);
    this.inputChanged = true;
  }

  /** Records g·x and both networks on it (and on x after an input change). */
  run(g: { angle: number; reflect: boolean }): void {
    const b = this.backend;
    b.transform(this.x, this.gx, {
      angle: g.angle,
      reflect: g.reflect,
      interpolation: 'bilinear',
      mask: true,
    });
    for (const r of Object.values(this.runners)) {
      if (this.inputChanged) r.onX.run(this.x);
      r.onGx.run(this.gx);
    }
    this.inputChanged = false;
    b.flush();
  }

  /** Both networks' outputs for x and g·x, in one round trip. */
  async measure(): Promise<ComparisonMeasurement> {
    const { plain, gcnn } = this.runners;
    const maps = await this.backend.readMany([
      plain.onX.output,
      plain.onGx.output,
      gcnn.onX.output,
      gcnn.onGx.output,
    ]);
    const outputs = (before: Float32Array, after: Float32Array): NetworkOutputs => ({
      before,
      after,
      invariance: relativeChange(after, before),
      mapMax: Math.max(...before),
    });
    return { plain: outputs(maps[0], maps[1]), gcnn: outputs(maps[2], maps[3]) };
  }

  dispose(): void {
    for (const r of Object.values(this.runners)) {
      r.onX.dispose(true);
      r.onGx.dispose(false);
    }
    for (const t of [this.raw, this.x, this.gx]) this.backend.dispose(t);
  }
}

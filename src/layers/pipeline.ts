// A stack of layers with every intermediate tensor allocated once for one input shape, so the
// frame loop can run it every frame without allocating: write the input, run, draw the stages.

import type { Backend, Tensor } from '../engine/backend';
import { sameShape, shapeText, type Layer } from './layer';

export class Pipeline {
  /** The input tensor the pipeline owns (write pixels into it). */
  readonly input: Tensor;
  /** stages[k] is the output of layers[k]. */
  readonly stages: readonly Tensor[];
  /** shapes[0] is the input shape, shapes[k + 1] the output shape of layers[k]. */
  readonly shapes: readonly (readonly number[])[];
  private disposed = false;

  constructor(
    private readonly backend: Backend,
    readonly layers: readonly Layer[],
    inputShape: readonly number[],
  ) {
    const shapes: number[][] = [[...inputShape]];
    for (const layer of layers) shapes.push(layer.outputShape(shapes[shapes.length - 1]));
    this.shapes = shapes;
    this.input = backend.tensor(inputShape);
    this.stages = shapes.slice(1).map((s) => backend.tensor(s));
  }

  /** The last stage (the input itself for an empty stack). */
  get output(): Tensor {
    return this.stages.length > 0 ? this.stages[this.stages.length - 1] : this.input;
  }

  /** Runs every layer in order on `input` (default: the owned input); allocates nothing. */
  run(input: Tensor = this.input): Tensor {
    if (this.disposed) throw new Error('pipeline: used after dispose');
    if (!sameShape(input.shape, this.shapes[0]))
      throw new Error(`pipeline: input ${shapeText(input.shape)} should be ${shapeText(this.shapes[0])}`);
    let x = input;
    this.layers.forEach((layer, k) => {
      layer.forward(x, this.stages[k]);
      x = this.stages[k];
    });
    return this.output;
  }

  /** Writes host data into the owned input, then runs. */
  runOn(data: Float32Array): Tensor {
    this.backend.write(this.input, data);
    return this.run();
  }

  /** Releases the input and stage tensors; the layers stay with their owner unless asked. */
  dispose(disposeLayers = false): void {
    if (this.disposed) return;
    this.disposed = true;
    this.backend.dispose(this.input);
    for (const t of this.stages) this.backend.dispose(t);
    if (disposeLayers) for (const layer of this.layers) layer.dispose();
  }
}

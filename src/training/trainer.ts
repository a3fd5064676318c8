// Trains the plain CNN and the C4 G-CNN side by side on the same batches of upright digits, and
// tests both on the test digits turned by 0, 90, 180 and 270 degrees (rotated MNIST, Cohen & Welling 2016).
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import type { DigitSet } from './digits';
import { c4Gcnn, plainCnn, type DigitModel, type ModelKind } from './models';
import { turnImages } from './rot90';
import { mulberry32 } from '../math/random';

export const MODEL_KINDS: readonly ModelKind[] = ['plain', 'gcnn'];
export const LEARNING_RATE = 0.01;

export interface RotationScore {
  quarterTurns: number;
  /** Test digits. */
  count: number;
  accuracy: number;
  /** Test digits whose predicted class differs from the one predicted upright. */
  changed: number;
  /** Largest change of any output (logit) against the upright input. */
  maxLogitChange: number;
}

export type Evaluation = Record<ModelKind, RotationScore[]>;

const asImages = (set: DigitSet, images: Float32Array, n: number) =>
  tf.tensor4d(images, [n, set.side, set.side, 1]);

export class DigitTrainer {
  readonly models: Record<ModelKind, DigitModel>;
  readonly losses: Record<ModelKind, number[]> = { plain: [], gcnn: [] };
  private readonly optimizers: Record<ModelKind, tf.Optimizer>;
  private readonly random: () => number;
  private order: number[] = [];

  constructor(
    private readonly train: DigitSet,
    private readonly test: DigitSet,
    seed = 7,
    learningRate = LEARNING_RATE,
  ) {
    this.models = { plain: plainCnn(seed), gcnn: c4Gcnn(seed) };
    this.optimizers = { plain: tf.train.adam(learningRate), gcnn: tf.train.adam(learningRate) };
    this.random = mulberry32(seed);
  }

  get steps(): number {
    return this.losses.plain.length;
  }

  /** The next batch of training indices: a fresh shuffle of the set each epoch. */
  private nextBatch(size: number): number[] {
    if (this.order.length < size) {
      const fresh = Array.from({ length: this.train.count }, (_, i) => i);
      for (let i = fresh.length - 1; i > 0; i--) {
        const j = Math.floor(this.random() * (i + 1));
        [fresh[i], fresh[j]] = [fresh[j], fresh[i]];
      }
      this.order.push(...fresh);
    }
    return this.order.splice(0, size);
  }

  /** One Adam step of each model on the same batch; returns their cross-entropy losses. */
  async step(batchSize: number): Promise<Record<ModelKind, number>> {
    const batch = this.nextBatch(batchSize);
    const S = this.train.side * this.train.side;
    const images = new Float32Array(batch.length * S);
    batch.forEach((i, n) => images.set(this.train.images.subarray(i * S, (i + 1) * S), n * S));
    const x = asImages(this.train, images, batch.length);
    const y = tf.oneHot(
      tf.tensor1d(
        batch.map((i) => this.train.labels[i]),
        'int32',
      ),
      10,
    );
    const out = {} as Record<ModelKind, number>;
    for (const kind of MODEL_KINDS) {
      const model = this.models[kind];
      const loss = this.optimizers[kind].minimize(
        () => tf.losses.softmaxCrossEntropy(y, model.predict(x)) as tf.Scalar,
        true,
        model.variables,
      )!;
      out[kind] = (await loss.data())[0];
      loss.dispose();
      this.losses[kind].push(out[kind]);
    }
    x.dispose();
    y.dispose();
    return out;
  }

  /** Accuracy of both models on the test digits turned by 0..3 quarter turns. */
  async evaluate(): Promise<Evaluation> {
    const x = asImages(this.test, this.test.images, this.test.count);
    const result = {} as Evaluation;
    for (const kind of MODEL_KINDS) {
      const logits = [0, 1, 2, 3].map((k) => tf.tidy(() => this.models[kind].predict(turnImages(x, k))));
      const upright = (await logits[0].data()) as Float32Array;
      const scores: RotationScore[] = [];
      for (let k = 0; k < 4; k++) {
        const values = (await logits[k].data()) as Float32Array;
        scores.push(score(k, values, upright, this.test.labels));
      }
      logits.forEach((t) => t.dispose());
      result[kind] = scores;
    }
    x.dispose();
    return result;
  }

  dispose(): void {
    for (const kind of MODEL_KINDS) {
      this.models[kind].dispose();
      this.optimizers[kind].dispose();
    }
  }
}

const argmax = (v: Float32Array, n: number) => {
  let best = 0;
  for (let c = 1; c < 10; c++) if (v[n * 10 + c] > v[n * 10 + best]) best = c;
  return best;
};

function score(k: number, values: Float32Array, upright: Float32Array, labels: Int32Array): RotationScore {
  let right = 0;
  let changed = 0;
  let maxLogitChange = 0;
  for (let n = 0; n < labels.length; n++) {
    const p = argmax(values, n);
    if (p === labels[n]) right++;
    if (p !== argmax(upright, n)) changed++;
  }
  for (let i = 0; i < values.length; i++)
    maxLogitChange = Math.max(maxLogitChange, Math.abs(values[i] - upright[i]));
  return { quarterTurns: k, count: labels.length, accuracy: right / labels.length, changed, maxLogitChange };
}

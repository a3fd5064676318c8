// Trains the plain CNN and the C4 G-CNN side by side on the same batches: Adam, a short warm-up,
// then a learning rate falling linearly to zero at the planned last step (a fixed budget, so both
// networks end converged rather than wherever the noise left them). Under the 'rotated' protocol
// every training digit is turned by a fresh random angle (Cohen & Welling 2016's rotated MNIST);
// under 'upright' the digits are used as they are.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { turnedDigits, type DigitSet } from './digits';
import { c4Gcnn, plainCnn, type DigitModel, type ModelKind } from './models';
import { mulberry32 } from '../math/random';

export const MODEL_KINDS: readonly ModelKind[] = ['plain', 'gcnn'];

export type Protocol = 'rotated' | 'upright';

export interface TrainingPlan {
  protocol: Protocol;
  /** The first trainSize training digits are used (class-balanced). */
  trainSize: number;
  steps: number;
  batch: number;
  /** The peak learning rate, reached after WARMUP steps. */
  learningRate: number;
  seed: number;
}

export const WARMUP = 50;

/** The learning rate at a step: linear warm-up, then linear decay to 0 at plan.steps. */
export function learningRateAt(plan: TrainingPlan, step: number): number {
  return plan.learningRate * Math.min(1, (step + 1) / WARMUP) * Math.max(0, 1 - step / plan.steps);
}

type Losses = Record<ModelKind, number[]>;

export class PairTrainer {
  readonly models: Record<ModelKind, DigitModel>;
  /** Batch cross-entropies, one per step, read in groups (no sync per step). */
  readonly losses: Losses = { plain: [], gcnn: [] };
  private readonly optimizers: Record<ModelKind, tf.AdamOptimizer>;
  private readonly random: () => number;
  private order: number[] = [];
  private pending: tf.Scalar[][] = [];
  private done = 0;

  constructor(
    private readonly train: DigitSet,
    readonly plan: TrainingPlan,
  ) {
    if (plan.trainSize > train.count)
      throw new Error(`PairTrainer: ${plan.trainSize} training digits asked for, ${train.count} exist`);
    this.models = { plain: plainCnn(plan.seed), gcnn: c4Gcnn(plan.seed) };
    this.optimizers = {
      plain: tf.train.adam(plan.learningRate),
      gcnn: tf.train.adam(plan.learningRate),
    };
    this.random = mulberry32(plan.seed);
  }

  /** Steps taken so far. */
  get steps(): number {
    return this.done;
  }

  /** The next batch of training indices: a fresh shuffle of the training digits each epoch. */
  private nextBatch(size: number): number[] {
    while (this.order.length < size) {
      const fresh = Array.from({ length: this.plan.trainSize }, (_, i) => i);
      for (let i = fresh.length - 1; i > 0; i--) {
        const j = Math.floor(this.random() * (i + 1));
        [fresh[i], fresh[j]] = [fresh[j], fresh[i]];
      }
      this.order.push(...fresh);
    }
    return this.order.splice(0, size);
  }

  /** One Adam step of each network on the same batch; the losses are kept for readLosses. */
  step(): void {
    const batch = this.nextBatch(this.plan.batch);
    const angles = batch.map(() => (this.plan.protocol === 'rotated' ? 2 * Math.PI * this.random() : 0));
    const side = this.train.side;
    const images = turnedDigits(this.train, batch, angles);
    const rate = learningRateAt(this.plan, this.done);
    const losses = tf.tidy(() => {
      const x = tf.tensor4d(images, [batch.length, side, side, 1]);
      const y = tf.oneHot(
        tf.tensor1d(
          batch.map((i) => this.train.labels[i]),
          'int32',
        ),
        10,
      );
      return MODEL_KINDS.map((kind) => {
        const model = this.models[kind];
        const optimizer = this.optimizers[kind];
        // tfjs's Adam reads its learningRate field on every update.
        (optimizer as unknown as { learningRate: number }).learningRate = rate;
        return optimizer.minimize(
          () => tf.losses.softmaxCrossEntropy(y, model.predict(x, true)) as tf.Scalar,
          true,
          model.variables,
        )!;
      });
    });
    this.pending.push(losses);
    this.done++;
  }

  /** Reads the losses of the steps since the last call (one wait for all of them). */
  async readLosses(): Promise<Losses> {
    const pending = this.pending;
    this.pending = [];
    const values = await Promise.all(pending.map((pair) => Promise.all(pair.map((l) => l.data()))));
    pending.forEach((pair) => tf.dispose(pair));
    for (const pair of values) MODEL_KINDS.forEach((kind, i) => this.losses[kind].push(pair[i][0]));
    return this.losses;
  }

  dispose(): void {
    this.pending.forEach((pair) => tf.dispose(pair));
    this.pending = [];
    for (const kind of MODEL_KINDS) {
      this.models[kind].dispose();
      this.optimizers[kind].dispose();
    }
  }
}

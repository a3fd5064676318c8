// Two small digit classifiers with about the same number of weights, for training in the browser
// with tfjs: a plain CNN and a C4 G-CNN (Cohen & Welling 2016: lifting, group correlation, pooling over
// rotations, then global pooling, so its outputs cannot change under a quarter turn).
import * as tf from '@tensorflow/tfjs-core';
import { turnFilters } from './rot90';

export type ModelKind = 'plain' | 'gcnn';

export interface DigitModel {
  kind: ModelKind;
  /** Logits [B, 10] for images [B, H, W, 1]. */
  predict(x: tf.Tensor4D): tf.Tensor2D;
  variables: tf.Variable[];
  weightCount: number;
  dispose(): void;
}

const CLASSES = 10;

function weight(shape: number[], fanIn: number, seed: number): tf.Variable {
  return tf.variable(tf.randomNormal(shape, 0, Math.sqrt(2 / fanIn), 'float32', seed));
}

function model(kind: ModelKind, variables: tf.Variable[], predict: DigitModel['predict']): DigitModel {
  return {
    kind,
    predict,
    variables,
    weightCount: variables.reduce((n, v) => n + v.size, 0),
    dispose: () => variables.forEach((v) => v.dispose()),
  };
}

const head = (features: tf.Tensor2D, w: tf.Variable, b: tf.Variable): tf.Tensor2D =>
  tf.add(tf.matMul(features, w as tf.Tensor2D), b);

/** conv 3x3 1→8, ReLU, conv 3x3 8→16, ReLU, global mean, dense 16→10: 1,418 weights. */
export function plainCnn(seed: number): DigitModel {
  const [w1, b1] = [weight([3, 3, 1, 8], 9, seed), tf.variable(tf.zeros([8]))];
  const [w2, b2] = [weight([3, 3, 8, 16], 72, seed + 1), tf.variable(tf.zeros([16]))];
  const [w3, b3] = [weight([16, CLASSES], 16, seed + 2), tf.variable(tf.zeros([CLASSES]))];
  return model('plain', [w1, b1, w2, b2, w3, b3], (x) =>
    tf.tidy(() => {
      const h1 = tf.relu(tf.add(tf.conv2d(x, w1 as tf.Tensor4D, 1, 'same'), b1)) as tf.Tensor4D;
      const h2 = tf.relu(tf.add(tf.conv2d(h1, w2 as tf.Tensor4D, 1, 'same'), b2)) as tf.Tensor4D;
      return head(tf.mean(h2, [1, 2]) as tf.Tensor2D, w3, b3);
    }),
  );
}

/** Lifting correlation: orientation k uses ψ turned k quarter turns; out [B, H, W, 4·C], k-major. */
function lift(x: tf.Tensor4D, psi: tf.Tensor4D): tf.Tensor4D {
  return tf.concat(
    [0, 1, 2, 3].map((k) => tf.conv2d(x, turnFilters(psi, k), 1, 'same')),
    3,
  );
}

/**
 * Group correlation on C4: out_k = Σ_j F_j ⋆ L_{r^k} ψ_{j−k}, with F [B, H, W, 4·Cin] and ψ
 * [4, 3, 3, Cin, Cout] (one filter per relative orientation); out [B, H, W, 4·Cout], k-major.
 */
function groupCorrelate(F: tf.Tensor4D, psi: tf.Tensor): tf.Tensor4D {
  const parts = tf.unstack(psi); // psi_0..psi_3, each [3, 3, Cin, Cout]
  const outs = [0, 1, 2, 3].map((k) => {
    const bank = [0, 1, 2, 3].map((j) => turnFilters(parts[(((j - k) % 4) + 4) % 4] as tf.Tensor4D, k));
    return tf.conv2d(F, tf.concat(bank, 2) as tf.Tensor4D, 1, 'same');
  });
  return tf.concat(outs, 3);
}

/** Max over the 4 orientations of a k-major map [B, H, W, 4·C] → [B, H, W, C]. */
function poolRotations(F: tf.Tensor4D): tf.Tensor4D {
  const [B, H, W, C4] = F.shape;
  return tf.max(tf.reshape(F, [B, H, W, 4, C4 / 4]), 3) as tf.Tensor4D;
}

/** Lift 3x3 1→4 (×4 rotations), ReLU, group conv 4→8, ReLU, max over rotations, mean, dense 8→10: 1,290 weights. */
export function c4Gcnn(seed: number): DigitModel {
  const [w1, b1] = [weight([3, 3, 1, 4], 9, seed), tf.variable(tf.zeros([4]))];
  const [w2, b2] = [weight([4, 3, 3, 4, 8], 4 * 9 * 4, seed + 1), tf.variable(tf.zeros([8]))];
  const [w3, b3] = [weight([8, CLASSES], 8, seed + 2), tf.variable(tf.zeros([CLASSES]))];
  // One bias per channel, shared by its 4 orientations (a per-orientation bias would break equivariance).
  const tile4 = (b: tf.Variable) => tf.tile(b, [4]);
  return model('gcnn', [w1, b1, w2, b2, w3, b3], (x) =>
    tf.tidy(() => {
      const h1 = tf.relu(tf.add(lift(x, w1 as tf.Tensor4D), tile4(b1))) as tf.Tensor4D;
      const h2 = tf.relu(tf.add(groupCorrelate(h1, w2), tile4(b2))) as tf.Tensor4D;
      return head(tf.mean(poolRotations(h2), [1, 2]) as tf.Tensor2D, w3, b3);
    }),
  );
}

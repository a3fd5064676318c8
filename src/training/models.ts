// Two digit classifiers with the same number of weights, for training in the page with tfjs: a
// plain CNN and a C4 G-CNN in the style of Cohen & Welling's (2016) P4CNN: lifting, group
// correlations, spatial max pooling, pooling over rotations, global mean pooling, so its outputs
// cannot change under a quarter turn of the input. Each G-CNN layer runs as ONE conv2d with the
// expanded filter bank (its four turned copies, cyclically shifted along the orientation axis),
// 1.5x faster than a conv per rotation, and tfjs differentiates the expansion back to the free weights.
import * as tf from '@tensorflow/tfjs-core';
import { turnFilters } from './rot90';
import { sameConv } from './sameConv';

export type ModelKind = 'plain' | 'gcnn';

export interface DigitModel {
  kind: ModelKind;
  /** Logits [B, 10] for images [B, H, W, 1] with H and W even (the 2x2 pooling must tile the image). */
  predict(x: tf.Tensor4D, training?: boolean): tf.Tensor2D;
  /**
   * The last convolution's channels, each averaged over the image (test mode): [B, C] for the plain
   * CNN, [B, 4·C] k-major for the G-CNN (one neuron per channel and orientation, before pooling).
   */
  neurons(x: tf.Tensor4D): tf.Tensor2D;
  /** The trainable weights. */
  variables: tf.Variable[];
  /** Everything a trained model is: the weights, then the batch-norm running statistics. */
  state: tf.Variable[];
  weightCount: number;
  /** The layers, for the readout: e.g. "lift 3x3 1→6". */
  layers: string[];
  dispose(): void;
}

export const CLASSES = 10;

/** Channel widths: the plain CNN's three convolutions, the G-CNN's lifting and two group convolutions. */
export const PLAIN_CHANNELS = [16, 24, 32] as const;
export const GCNN_CHANNELS = [8, 12, 16] as const;

/**
 * Trainable weights, counted from the architecture alone: per 3x3 layer its filters plus a batch-norm
 * scale and shift per channel, then the dense head. A C4 group convolution has 4·9·Cin·Cout filter
 * weights (one 3x3 filter per relative orientation); lifting has 9·C.
 */
export function weightCount(
  kind: ModelKind,
  channels: readonly number[] = kind === 'plain' ? PLAIN_CHANNELS : GCNN_CHANNELS,
): number {
  const [a, b, c] = channels;
  const group = kind === 'plain' ? 1 : 4;
  const filters = 9 * a + group * 9 * (a * b + b * c);
  return filters + 2 * (a + b + c) + c * CLASSES + CLASSES;
}

/** A variable holding a fresh tensor (the tensor itself is released; the variable keeps its data). */
function variable(initial: tf.Tensor, trainable = true): tf.Variable {
  const v = tf.variable(initial, trainable);
  initial.dispose();
  return v;
}

function weight(shape: number[], fanIn: number, seed: number): tf.Variable {
  return variable(tf.randomNormal(shape, 0, Math.sqrt(2 / fanIn), 'float32', seed));
}

/**
 * Batch normalisation (Ioffe & Szegedy 2015) with one mean and variance per channel, shared by the
 * `copies` orientation copies of a k-major map (so it commutes with turning the map). Batch
 * statistics while training; running averages otherwise, so a test answer depends on its image only.
 */
class BatchNorm {
  readonly gamma: tf.Variable;
  readonly beta: tf.Variable;
  readonly runningMean: tf.Variable;
  readonly runningVar: tf.Variable;
  constructor(
    private readonly channels: number,
    private readonly copies: number,
  ) {
    this.gamma = variable(tf.ones([channels]));
    this.beta = variable(tf.zeros([channels]));
    this.runningMean = variable(tf.zeros([channels]), false);
    this.runningVar = variable(tf.ones([channels]), false);
  }
  private tile = (v: tf.Tensor): tf.Tensor =>
    this.copies === 1 ? v : tf.concat(Array.from({ length: this.copies }, () => v));
  private channelMean = (x: tf.Tensor): tf.Tensor =>
    tf.mean(tf.reshape(tf.mean(x, [0, 1, 2]), [this.copies, this.channels]), 0);
  apply(x: tf.Tensor4D, training: boolean): tf.Tensor4D {
    let mean: tf.Tensor = this.runningMean;
    let variance: tf.Tensor = this.runningVar;
    if (training) {
      mean = this.channelMean(x);
      variance = tf.sub(this.channelMean(tf.square(x)), tf.square(mean));
      tf.tidy(() => {
        this.runningMean.assign(tf.add(tf.mul(this.runningMean, 0.9), tf.mul(mean, 0.1)));
        this.runningVar.assign(tf.add(tf.mul(this.runningVar, 0.9), tf.mul(variance, 0.1)));
      });
    }
    const scale = tf.mul(this.gamma, tf.rsqrt(tf.add(variance, 1e-5)));
    const shift = tf.sub(this.beta, tf.mul(mean, scale));
    return tf.add(tf.mul(x, this.tile(scale)), this.tile(shift)) as tf.Tensor4D;
  }
  dispose(): void {
    tf.dispose([this.gamma, this.beta, this.runningMean, this.runningVar]);
  }
}

const conv = (x: tf.Tensor4D, w: tf.Tensor4D): tf.Tensor4D => sameConv(x, w);
const pool2 = (x: tf.Tensor4D): tf.Tensor4D => tf.maxPool(x, 2, 2, 'valid');

/** A 3x3 convolution (its filters expanded to a bank by `bank`), batch norm, ReLU. */
interface ConvBlock {
  filters: tf.Variable;
  norm: BatchNorm;
}

function block(shape: number[], fanIn: number, channels: number, copies: number, seed: number): ConvBlock {
  return { filters: weight(shape, fanIn, seed), norm: new BatchNorm(channels, copies) };
}

function build(
  kind: ModelKind,
  layers: string[],
  blocks: ConvBlock[],
  head: [tf.Variable, tf.Variable],
  lastMaps: (x: tf.Tensor4D, training: boolean) => tf.Tensor4D,
  features: (maps: tf.Tensor4D) => tf.Tensor2D,
): DigitModel {
  const variables = [...blocks.flatMap((b) => [b.filters, b.norm.gamma, b.norm.beta]), ...head];
  return {
    kind,
    layers,
    variables,
    state: [...variables, ...blocks.flatMap((b) => [b.norm.runningMean, b.norm.runningVar])],
    weightCount: variables.reduce((n, v) => n + v.size, 0),
    predict: (x, training = false) =>
      tf.tidy(() => tf.add(tf.matMul(features(lastMaps(x, training)), head[0] as tf.Tensor2D), head[1])),
    neurons: (x) => tf.tidy(() => tf.mean(lastMaps(x, false), [1, 2]) as tf.Tensor2D),
    dispose: () => {
      tf.dispose(head);
      blocks.forEach((b) => {
        b.filters.dispose();
        b.norm.dispose();
      });
    },
  };
}

const denseHead = (c: number, seed: number): [tf.Variable, tf.Variable] => [
  weight([c, CLASSES], c, seed),
  variable(tf.zeros([CLASSES])),
];

/** conv 3x3, ReLU, conv 3x3, ReLU, max-pool 2x2, conv 3x3, ReLU, global mean, dense (batch norm before each ReLU). */
export function plainCnn(seed: number, channels: readonly number[] = PLAIN_CHANNELS): DigitModel {
  const [a, b, c] = channels;
  const blocks = [
    block([3, 3, 1, a], 9, a, 1, seed),
    block([3, 3, a, b], 9 * a, b, 1, seed + 1),
    block([3, 3, b, c], 9 * b, c, 1, seed + 2),
  ];
  const layer = (x: tf.Tensor4D, i: number, training: boolean) =>
    tf.relu(blocks[i].norm.apply(conv(x, blocks[i].filters as tf.Tensor4D), training)) as tf.Tensor4D;
  const layers = [
    `conv 3x3 1→${a}`,
    `conv 3x3 ${a}→${b}`,
    'max-pool 2x2',
    `conv 3x3 ${b}→${c}`,
    `dense ${c}→10`,
  ];
  const lastMaps = (x: tf.Tensor4D, training: boolean) =>
    layer(pool2(layer(layer(x, 0, training), 1, training)), 2, training);
  return build('plain', layers, blocks, denseHead(c, seed + 3), lastMaps, (maps) => {
    return tf.mean(maps, [1, 2]) as tf.Tensor2D;
  });
}

/** The lifting bank [3, 3, 1, 4·C], k-major: orientation k holds ψ turned k quarter turns. */
export function liftingBank(psi: tf.Tensor4D): tf.Tensor4D {
  const turns = [psi];
  for (let k = 1; k < 4; k++) turns.push(turnFilters(turns[k - 1], 1));
  return tf.concat(turns, 3);
}

/**
 * The group-correlation bank on C4 for ψ [4, 3, 3, Cin, Cout] (one filter per relative orientation):
 * out_k = Σ_j F_j ⋆ L_{r^k} ψ_{j−k}, so block (j, k) of the bank [3, 3, 4·Cin, 4·Cout] is ψ_{j−k}
 * turned k quarter turns; inputs and outputs are k-major ([..., 4·C] with orientation outermost).
 */
export function groupBank(psi: tf.Tensor): tf.Tensor4D {
  const [, K, , Cin, Cout] = psi.shape;
  // The 4 filters side by side along the input channels, [K, K, 4·Cin, Cout], then turned once per
  // column: 3 turns of one tensor instead of 24 turns of small ones (tfjs's per-op cost dominates
  // these tiny tensors, more so in browsers).
  let turned = tf.reshape(tf.transpose(psi, [1, 2, 0, 3, 4]), [K, K, 4 * Cin, Cout]) as tf.Tensor4D;
  const columns: tf.Tensor4D[] = [];
  for (let k = 0; k < 4; k++) {
    if (k > 0) turned = turnFilters(turned, 1);
    // Input orientation j reads ψ_{j−k}: roll the blocks by k.
    const split = (4 - k) * Cin;
    columns.push(
      k === 0
        ? turned
        : tf.concat(
            [
              tf.slice(turned, [0, 0, split, 0], [K, K, k * Cin, Cout]),
              tf.slice(turned, [0, 0, 0, 0], [K, K, split, Cout]),
            ],
            2,
          ),
    );
  }
  return tf.concat(columns, 3);
}

/**
 * Max over the 4 orientations of a k-major map [B, H, W, 4·C] → [B, H, W, C], as a max-pool over a
 * window of 4 along the orientation axis: its gradient is a native kernel (tf.max's costs a
 * broadcast comparison, 4x slower on wasm).
 */
function poolRotations(F: tf.Tensor4D): tf.Tensor4D {
  const [B, H, W, C4] = F.shape;
  const C = C4 / 4;
  const pooled = tf.maxPool(tf.reshape(F, [B * H * W, 4, C, 1]) as tf.Tensor4D, [4, 1], [4, 1], 'valid');
  return tf.reshape(pooled, [B, H, W, C]);
}

/**
 * Lift 3x3, ReLU, group conv 3x3, ReLU, max-pool 2x2, group conv 3x3, ReLU, max over rotations,
 * global mean, dense. Batch norm before each ReLU, one mean, variance, scale and shift per channel
 * shared by its 4 orientations (per-orientation ones would break equivariance).
 */
export function c4Gcnn(seed: number, channels: readonly number[] = GCNN_CHANNELS): DigitModel {
  const [a, b, c] = channels;
  const blocks = [
    block([3, 3, 1, a], 9, a, 4, seed),
    block([4, 3, 3, a, b], 4 * 9 * a, b, 4, seed + 1),
    block([4, 3, 3, b, c], 4 * 9 * b, c, 4, seed + 2),
  ];
  const banks = [liftingBank, groupBank, groupBank];
  const layer = (x: tf.Tensor4D, i: number, training: boolean) =>
    tf.relu(
      blocks[i].norm.apply(conv(x, banks[i](blocks[i].filters as tf.Tensor4D)), training),
    ) as tf.Tensor4D;
  const layers = [
    `lift 3x3 1→${a}`,
    `group conv 3x3 ${a}→${b}`,
    'max-pool 2x2',
    `group conv 3x3 ${b}→${c}`,
    'max over rotations',
    `dense ${c}→10`,
  ];
  const lastMaps = (x: tf.Tensor4D, training: boolean) =>
    layer(pool2(layer(layer(x, 0, training), 1, training)), 2, training);
  return build('gcnn', layers, blocks, denseHead(c, seed + 3), lastMaps, (maps) => {
    return tf.mean(poolRotations(maps), [1, 2]) as tf.Tensor2D;
  });
}

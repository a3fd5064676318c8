// The benchmarked work: the canonical widget pipeline (rotate -> lift C8 -> ReLU -> group conv
// -> ReLU -> orientation pool) on our engine and, as the peer, on tfjs-webgpu with the same
// correlations expressed as conv2d with the expanded filter banks.
import type * as TF from '@tensorflow/tfjs-core';
import type { Backend, Tensor } from '../../src/engine/backend';
import {
  GroupConvLayer,
  LiftingLayer,
  OrientationPoolLayer,
  Pipeline,
  ReluLayer,
  actOnImage,
  randomNormal,
} from '../../src/layers';
import { cyclicGroup } from '../../src/math';

export interface Workload {
  name: string;
  size: number;
  channels: number;
  kernel: number;
  n: number;
}

/** FLOP of the two correlations: 2 H W (out planes)(in planes) K^2 each. */
export function workloadFlop(w: Workload): number {
  const planes = w.channels * w.n;
  const pixels = w.size * w.size;
  return 2 * pixels * w.kernel * w.kernel * (planes * 1 + planes * planes);
}

export interface EngineRun {
  /** The stack and its source image, for timing op by op (tests/bench/node.ts). */
  readonly pipeline: Pipeline;
  readonly image: Tensor;
  frame(angle: number): Tensor;
  dispose(): void;
}

export function buildEngineRun(backend: Backend, w: Workload): EngineRun {
  const group = cyclicGroup(w.n);
  const opts = { group, kernelSize: w.kernel };
  const lift = new LiftingLayer(backend, { ...opts, inChannels: 1, outChannels: w.channels }, { seed: 1 });
  const gconv = new GroupConvLayer(
    backend,
    { ...opts, inChannels: w.channels, outChannels: w.channels },
    { seed: 2 },
  );
  const pipeline = new Pipeline(
    backend,
    [lift, new ReluLayer(backend), gconv, new ReluLayer(backend), new OrientationPoolLayer(backend, 'max')],
    [1, w.size, w.size],
  );
  const image = backend.tensor([1, w.size, w.size], randomNormal(3, w.size * w.size));
  return {
    pipeline,
    image,
    frame(angle) {
      actOnImage(backend, image, pipeline.input, { angle }, 'bilinear', true);
      return pipeline.run();
    },
    dispose() {
      pipeline.dispose(true);
      backend.dispose(image);
    },
  };
}

export interface TfRun {
  frame(angle: number): TF.Tensor;
  dispose(): void;
}

/** The same work in tfjs: NHWC input, HWIO banks, bilinear rotation with tf.image.transform. */
export function buildTfRun(tf: typeof TF, w: Workload): TfRun {
  const planes = w.channels * w.n;
  const image = tf.tensor4d(randomNormal(7, w.size * w.size), [1, w.size, w.size, 1]);
  const liftBank = tf.tensor4d(randomNormal(8, w.kernel * w.kernel * planes), [
    w.kernel,
    w.kernel,
    1,
    planes,
  ]);
  const groupBank = tf.tensor4d(randomNormal(9, w.kernel * w.kernel * planes * planes), [
    w.kernel,
    w.kernel,
    planes,
    planes,
  ]);
  const c = (w.size - 1) / 2;
  return {
    frame(angle) {
      return tf.tidy(() => {
        // Projective transform mapping output pixel to input pixel: rotation by -angle about the centre.
        const cos = Math.cos(angle);
        const sin = Math.sin(angle);
        const t = tf.tensor2d([[cos, -sin, c - cos * c + sin * c, sin, cos, c - sin * c - cos * c, 0, 0]]);
        const rotated = tf.image.transform(image, t, 'bilinear', 'constant', 0);
        const lifted = tf.relu(tf.conv2d(rotated, liftBank, 1, 'same'));
        const grouped = tf.relu(tf.conv2d(lifted, groupBank, 1, 'same'));
        return tf.max(tf.reshape(grouped, [1, w.size, w.size, w.channels, w.n]), 4);
      });
    },
    dispose() {
      tf.dispose([image, liftBank, groupBank]);
    },
  };
}

// The two networks the comparison runs side by side, with the same number of weights (Cohen & Welling 2016:
// G-CNNs "increase expressive capacity" with "no parameter increase"):
// - plain CNN: planar correlation 1 -> 11 channels, ReLU, planar correlation 11 -> 8, ReLU, global max pool;
// - C4 G-CNN: lifting 1 -> 3 channels (x 4 orientations), ReLU, group correlation 3 -> 8, ReLU,
//   coset (max) pooling over the rotations, global max pool.
// Weights with 5 x 5 kernels: 11·25 + 8·11·25 = 2475 = 3·25 + 8·3·4·25. Neither has biases.
// Both end in 8 global maxima ("how strongly does feature k occur anywhere"), class-score-like
// numbers; only the G-CNN's are invariant to quarter turns.
import type { Backend } from '../../engine/backend';
import {
  GlobalPoolLayer,
  GroupConvLayer,
  LiftingLayer,
  OrientationPoolLayer,
  PlanarConvLayer,
  ReluLayer,
  type Layer,
} from '../../layers';
import { cyclicGroup } from '../../math';

export const COMPARISON_KERNEL = 5;
export const SCORES = 8;
export const PLAIN_HIDDEN = 11;
export const GCNN_HIDDEN = 3;
export const GCNN_GROUP = cyclicGroup(4);

export type NetworkKind = 'plain' | 'gcnn';

export interface Network {
  kind: NetworkKind;
  layers: Layer[];
  /** Index of the stage drawn as "the last feature map before global pooling" ([SCORES, H, W]). */
  mapStage: number;
}

/** Plain CNN: [1, H, W] -> [8]. */
export function plainCnn(backend: Backend, seed: number): Network {
  const k = COMPARISON_KERNEL;
  const layers: Layer[] = [
    new PlanarConvLayer(backend, { inChannels: 1, outChannels: PLAIN_HIDDEN, kernelSize: k }, { seed }),
    new ReluLayer(backend),
    new PlanarConvLayer(
      backend,
      { inChannels: PLAIN_HIDDEN, outChannels: SCORES, kernelSize: k },
      { seed: seed + 1 },
    ),
    new ReluLayer(backend),
    new GlobalPoolLayer(backend, 'max'),
  ];
  return { kind: 'plain', layers, mapStage: 3 };
}

/** C4 G-CNN: [1, H, W] -> [8]; coset pooling leaves a planar map that rotates with the input. */
export function gCnn(backend: Backend, seed: number): Network {
  const base = { group: GCNN_GROUP, kernelSize: COMPARISON_KERNEL };
  const layers: Layer[] = [
    new LiftingLayer(backend, { ...base, inChannels: 1, outChannels: GCNN_HIDDEN }, { seed }),
    new ReluLayer(backend),
    new GroupConvLayer(
      backend,
      { ...base, inChannels: GCNN_HIDDEN, outChannels: SCORES },
      { seed: seed + 1 },
    ),
    new ReluLayer(backend),
    new OrientationPoolLayer(backend, 'max'),
    new GlobalPoolLayer(backend, 'max'),
  ];
  return { kind: 'gcnn', layers, mapStage: 4 };
}

/** Learned weights of a stack: the product of every correlation layer's weight shape. */
export function weightCount(layers: readonly Layer[]): number {
  return layers.reduce((sum, layer) => {
    const shape = (layer as Partial<{ weightShape: readonly number[] }>).weightShape;
    return sum + (shape ? shape.reduce((a, b) => a * b, 1) : 0);
  }, 0);
}

/** Multiply-adds per output pixel of the correlations: (output planes)(input planes) K^2 each. */
export function multiplyAddsPerPixel(kind: NetworkKind): number {
  const k2 = COMPARISON_KERNEL * COMPARISON_KERNEL;
  if (kind === 'plain') return (PLAIN_HIDDEN * 1 + SCORES * PLAIN_HIDDEN) * k2;
  const G = GCNN_GROUP.order;
  return (GCNN_HIDDEN * G * 1 + SCORES * G * GCNN_HIDDEN * G) * k2;
}

/** The weight count each design should have, from its channel numbers (tests hold the layers to it). */
export function designedWeightCount(kind: NetworkKind): number {
  const k2 = COMPARISON_KERNEL * COMPARISON_KERNEL;
  if (kind === 'plain') return (PLAIN_HIDDEN * 1 + SCORES * PLAIN_HIDDEN) * k2;
  return (GCNN_HIDDEN * 1 + SCORES * GCNN_HIDDEN * GCNN_GROUP.order) * k2;
}

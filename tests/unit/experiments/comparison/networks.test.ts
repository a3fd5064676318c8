// The comparison is fair in weights: both networks hold 2475 weights (counted by hand from the
// channel numbers, and from the layers the widget actually builds); the G-CNN does 4x the work.
import { expect, test } from 'vitest';
import { createCpuBackend } from '../../../../src/engine/cpu/index';
import {
  designedWeightCount,
  gCnn,
  multiplyAddsPerPixel,
  plainCnn,
  weightCount,
} from '../../../../src/experiments/comparison/networks';

test('both designs have 2475 weights: 11·25 + 8·11·25 = 3·25 + 8·3·4·25', () => {
  expect(11 * 25 + 8 * 11 * 25).toBe(2475);
  expect(3 * 25 + 8 * 3 * 4 * 25).toBe(2475);
  expect(designedWeightCount('plain')).toBe(2475);
  expect(designedWeightCount('gcnn')).toBe(2475);
});

test('the layers the widget builds hold exactly those weights, and end in 8 outputs', () => {
  const backend = createCpuBackend();
  for (const net of [plainCnn(backend, 1), gCnn(backend, 1)]) {
    expect(weightCount(net.layers), net.kind).toBe(2475);
    const sum = net.layers.reduce((n, l) => n + ((l as { weights?: Float32Array }).weights?.length ?? 0), 0);
    expect(sum, `${net.kind}: weights arrays`).toBe(2475);
    let shape: number[] = [1, 16, 16];
    for (const layer of net.layers) shape = layer.outputShape(shape);
    expect(shape).toEqual([8]);
    for (const layer of net.layers) layer.dispose();
  }
});

test('multiply-adds per pixel: the G-CNN pays 4x for applying every filter in 4 orientations', () => {
  expect(multiplyAddsPerPixel('plain')).toBe((11 + 8 * 11) * 25);
  expect(multiplyAddsPerPixel('gcnn')).toBe((3 * 4 + 8 * 4 * 3 * 4) * 25);
  expect(multiplyAddsPerPixel('gcnn')).toBe(4 * multiplyAddsPerPixel('plain'));
});

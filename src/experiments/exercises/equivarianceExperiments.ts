// Small commuting-diagram experiments on the engine's CPU reference, run on a fixed random image
// and filter: what a quarter turn does to a plain layer, a lifting layer, and a lifted map pooled
// over its orientations and then over the plane. The exercises' right options are read from them.
import {
  correlate,
  errorNorms,
  liftingCorrelation,
  poolOrientations,
  rotateImage,
  transformPlanes,
} from '../../engine/cpu';
import type { PlaneTransform } from '../../engine/backend';
import { randomNormal, randomUniform } from '../../layers';
import { planeTransformOf, type PlanarGroup } from '../../math';

/** Relative errors at or below this are float32 round-off (the lessons' readouts use the same). */
export const ROUND_OFF = 1e-5;

export interface ExperimentSpec {
  group: PlanarGroup;
  /** Element of the group that acts on the input. */
  g: number;
  /** Image size (square) and odd filter size. */
  size: number;
  kernelSize: number;
  seed: number;
}

function inputs({ size, kernelSize, seed }: ExperimentSpec) {
  return {
    image: randomUniform(seed, size * size, -1, 1),
    filter: randomNormal(seed + 1, kernelSize * kernelSize),
    imageShape: [1, size, size],
    filterShape: [1, 1, kernelSize, kernelSize],
  };
}

const rotate = (spec: ExperimentSpec, a: Float32Array, shape: readonly number[]) =>
  rotateImage(a, shape, spec.group.angle(spec.g), { reflect: spec.group.reflects(spec.g) });

/** ||Φ(L_g f) − L_g Φ(f)|| / ||L_g Φ(f)|| for one plain correlation and for the lifting correlation. */
export function equivarianceErrors(spec: ExperimentSpec): { plain: number; lifting: number } {
  const { group, g, size } = spec;
  const { image, filter, imageShape, filterShape } = inputs(spec);
  const turned = rotate(spec, image, imageShape);
  const plain = errorNorms(
    correlate(turned, imageShape, filter, filterShape),
    rotate(spec, correlate(image, imageShape, filter, filterShape), imageShape),
  ).relL2;
  const liftedShape = [1, group.order, size, size];
  const lifted = liftingCorrelation(image, imageShape, filter, filterShape, group);
  const actOnLifted = transformPlanes(lifted, liftedShape, {
    ...planeTransformOf(group, g),
    interpolation: 'bilinear',
  });
  const lifting = errorNorms(
    liftingCorrelation(turned, imageShape, filter, filterShape, group),
    actOnLifted,
  ).relL2;
  return { plain, lifting };
}

/** The maximum of an array. */
const maxOf = (a: Float32Array) => a.reduce((m, v) => Math.max(m, v), -Infinity);

/**
 * Lift, max-pool over the orientations (coset pooling), then take the global maximum; compare
 * the run on L_g f with the run on f: does the pooled map turn, stay put, and does the maximum move?
 */
export function poolingBehaviour(spec: ExperimentSpec): {
  pooledTurns: boolean;
  pooledUnchanged: boolean;
  globalUnchanged: boolean;
} {
  const { group, size } = spec;
  const { image, filter, imageShape, filterShape } = inputs(spec);
  const pooled = (f: Float32Array) =>
    poolOrientations(
      liftingCorrelation(f, imageShape, filter, filterShape, group),
      [1, group.order, size, size],
      'max',
    );
  const before = pooled(image);
  const after = pooled(rotate(spec, image, imageShape));
  const [maxBefore, maxAfter] = [maxOf(before), maxOf(after)];
  return {
    pooledTurns: errorNorms(after, rotate(spec, before, imageShape)).relL2 <= ROUND_OFF,
    pooledUnchanged: errorNorms(after, before).relL2 <= ROUND_OFF,
    globalUnchanged: Math.abs(maxAfter - maxBefore) <= ROUND_OFF * Math.abs(maxBefore),
  };
}

/**
 * ||Φ(L_g f) − L_g Φ(f)|| / ||L_g Φ(f)|| for one plain correlation and an element g = (t, R_θ S^m)
 * of p4m, on a random image with a zero margin of `margin` pixels, so that no shift up to the
 * margin minus the filter radius pushes content off the plane or reads past its border.
 */
export function planarElementError(
  g: PlaneTransform,
  { size, kernelSize, seed, margin }: { size: number; kernelSize: number; seed: number; margin: number },
): number {
  const imageShape = [1, size, size];
  const filterShape = [1, 1, kernelSize, kernelSize];
  const noise = randomUniform(seed, size * size, -1, 1);
  const image = noise.map((v, k) => {
    const [i, j] = [Math.floor(k / size), k % size];
    return i < margin || j < margin || i >= size - margin || j >= size - margin ? 0 : v;
  });
  const filter = randomNormal(seed + 1, kernelSize * kernelSize);
  const act = (a: Float32Array) => transformPlanes(a, imageShape, { ...g, interpolation: 'bilinear' });
  return errorNorms(
    correlate(act(image), imageShape, filter, filterShape),
    act(correlate(image, imageShape, filter, filterShape)),
  ).relL2;
}

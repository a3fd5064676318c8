// Public API of the layers: equivariant (and baseline) layers with their weights, built only on
// the Backend interface, a Pipeline that runs a stack without allocating, and the group actions
// and error measure the commuting diagrams use.
export type { Layer, LayerParams } from './layer';
export { LiftingLayer, type LiftingOptions } from './lifting';
export { GroupConvLayer, type GroupConvOptions } from './groupConv';
export { PlanarConvLayer, type PlanarConvOptions } from './planarConv';
export { HarmonicConvLayer, type HarmonicConvOptions } from './harmonicConv';
export {
  circularHarmonic,
  defaultRadialProfile,
  expandComplexBank,
  HARMONIC_ORDERS,
  radialValue,
  type RadialProfile,
} from './harmonics';
export { MagnitudeLayer, MagnitudeReluLayer, ReluLayer } from './nonlinearities';
export { ComplexSumLayer, GlobalPoolLayer, OrientationPoolLayer } from './pooling';
export { Pipeline } from './pipeline';
export { actOnImage, actOnLiftedMap, ComplexRotation, mapError, type PlaneElement } from './actions';
export { isGridExact, regularTransforms, spatialTransforms } from './groupElements';
export { heNormal, mulberry32, normalSampler, randomNormal, randomUniform } from '../math/random';
export { gaussianBlobImage, gaussianWindow, smoothRandomFilters } from './presets';

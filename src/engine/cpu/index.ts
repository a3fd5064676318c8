// Public API of the CPU reference engine: the Backend, and synchronous helpers on Float32Arrays
// (for scripts and checks from Node) that compute the papers' operations directly.
export { createCpuBackend, CPU_BACKEND_INFO } from './backend';
export {
  correlate,
  errorNorms,
  filterBank,
  groupCorrelation,
  groupTransforms,
  liftingCorrelation,
  maskDisk,
  poolOrientations,
  rotateImage,
  transformPlanes,
  type KernelTransformOptions,
} from './ops';
export { harmonicConvolution } from './complex';
export { keysCubic } from './interpolation';
export { snappedCosSin } from '../contract/sampling';

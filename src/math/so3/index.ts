// SO(3) tools for the steerable lessons: rotations, real spherical harmonics, real Wigner-D, Clebsch-Gordan.
export type { EulerZYZ, AxisAngle } from './rotations';
export {
  so3RotationZ,
  so3RotationY,
  so3FromEulerZYZ,
  so3ToEulerZYZ,
  so3FromAxisAngle,
  so3ToAxisAngle,
  so3FromQuaternion,
  so3Random,
  so3Distance,
} from './rotations';
export { SO3 } from './so3Group';
export { realSphericalHarmonics, realSphericalHarmonicsUpTo } from './sphericalHarmonics';
export { wignerSmallD, wignerDFromEuler, wignerD } from './wignerD';
export { clebschGordan } from './clebschGordan';
export type { SteerableVector } from './cgTensorProduct';
export { clebschGordanReal, cgTensorProduct } from './cgTensorProduct';
export { complexToRealBasis } from './changeOfBasis';
export type { ComplexMatrix } from './complex';

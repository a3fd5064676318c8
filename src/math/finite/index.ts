// Public API of the finite part of the mathematical core: groups C_N and D_N, subgroups and cosets,
// actions (points, images, lifted maps), representations, irreps, the group Fourier transform.
export type { FiniteGroup, PlanarGroup } from './group';
export { groupElements, regularActionPerm, planeTransformOf, groupFromTable } from './group';
export {
  cyclicGroup,
  dihedralGroup,
  MAX_PLANAR_ROTATIONS,
  rotationByFraction,
  planarGroup,
  planarGroupByName,
  elementOrder,
  type PlanarGroupKind,
} from './planar';
export {
  cayleyTable,
  subgroupGeneratedBy,
  rotationSubgroup,
  isSubgroup,
  leftCosets,
  rightCosets,
  cosetIndexMap,
  isNormal,
  quotientGroup,
  conjugacyClasses,
} from './subgroups';
export type { Point2, FiniteSemidirectElement } from './actions';
export {
  planarElementMatrix,
  actOnPoint,
  regularActionOnFunction,
  imageActionIndexMap,
  liftedActionIndexMap,
  applyIndexMap,
  finiteSemidirectCompose,
  finiteSemidirectInverse,
  finiteSemidirectActOnPoint,
} from './actions';
export type { Representation, ComplexRepresentation } from './representations';
export {
  trivialRepresentation,
  regularRepresentation,
  quotientRepresentation,
  signRepresentation,
  directSumRepresentation,
  tensorProductRepresentation,
  changeOfBasisRepresentation,
} from './representations';
export type { IrrepType, FiniteIrrep, ComplexIrrep } from './irreps';
export {
  so2Irrep,
  cyclicRealIrrep,
  cyclicCharacterIrrep,
  dihedralIrrep,
  planarRealIrreps,
  planarComplexIrreps,
  complexifyIrrep,
} from './irreps';
export type { RegularDecomposition, ComplexRegularDecomposition } from './regularDecomposition';
export {
  regularMultiplicity,
  regularDecomposition,
  complexRegularDecomposition,
  blockDiagonalAt,
} from './regularDecomposition';
export {
  groupFourierTransform,
  complexGroupFourierTransform,
  groupConvolution,
  inverseGroupFourierTransform,
  realInverseWeight,
  realInverseGroupFourierTransform,
} from './fourier';
export type { ComplexFunction, CharacterTable } from './characters';
export {
  character,
  complexCharacter,
  characterInnerProduct,
  irrepMultiplicity,
  characterTable,
} from './characters';
export type { FiniteAction, TiedWeights, TorusWallpaper } from './weightTying';
export { regularAction, cyclicTranslations, torusWallpaper, tiedWeights } from './weightTying';

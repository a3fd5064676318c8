// SO(3) as a LieGroup of 3x3 rotation matrices (product = matrix product, inverse = transpose).
import type { Matrix } from '../linalg';
import { identity, matmul, matvec, transpose } from '../linalg';
import type { LieGroup } from '../continuous/lieGroup';
import { so3Distance, so3Random } from './rotations';

/** SO(3): elements are rotation matrices R (R^T R = I, det R = 1); acts on R^3 by p -> R p; geodesic distance. */
export const SO3: LieGroup<Matrix> = {
  name: 'SO(3)',
  identity: () => identity(3),
  compose: (a, b) => matmul(a, b),
  inverse: (a) => transpose(a),
  toMatrix: (a) => a.map((row) => [...row]),
  actOnPoint: (a, p) => matvec(a, [p[0], p[1], p[2]]),
  random: so3Random,
  distance: so3Distance,
};

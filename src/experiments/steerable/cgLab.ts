// The Clebsch-Gordan lab's computations: split u ⊗ v into types J, rotate the inputs, and measure how
// far each output block is from D^J(R) times the unrotated block (Bekkers' lecture notes and the slide
// "When the inputs are steerable vectors, the tensor product is equivariant").
import type { Matrix } from '../../math/linalg';
import { identity, matmul, matvec, maxAbsDiff, transpose } from '../../math/linalg';
import { cgTensorProduct, clebschGordanReal, wignerD } from '../../math/so3';

export interface CgBlock {
  J: number;
  /** (u ⊗_cg v)^(J). */
  product: number[];
  /** (D^{l1}(R) u ⊗_cg D^{l2}(R) v)^(J): the product of the rotated inputs. */
  ofRotated: number[];
  /** D^J(R) (u ⊗_cg v)^(J): the rotated product. */
  rotated: number[];
  /** max_M |ofRotated - rotated|. */
  error: number;
}

export interface CgLabResult {
  blocks: CgBlock[];
  maxError: number;
  /** max |Q Q^T - I| for Q the stacked coupling matrices (J = |l1-l2|..l1+l2): Q is orthogonal. */
  orthogonality: number;
}

const maxDiff = (a: readonly number[], b: readonly number[]) =>
  Math.max(0, ...a.map((x, i) => Math.abs(x - b[i])));

export function cgLab(
  l1: number,
  u: readonly number[],
  l2: number,
  v: readonly number[],
  r: Matrix,
): CgLabResult {
  const du = matvec(wignerD(l1, r), [...u]);
  const dv = matvec(wignerD(l2, r), [...v]);
  const plain = cgTensorProduct(l1, u, l2, v);
  const turned = cgTensorProduct(l1, du, l2, dv);
  const blocks = plain.map((b, k) => {
    const rotated = matvec(wignerD(b.l, r), b.components);
    return {
      J: b.l,
      product: b.components,
      ofRotated: turned[k].components,
      rotated,
      error: maxDiff(turned[k].components, rotated),
    };
  });
  const q = couplingStack(l1, l2);
  return {
    blocks,
    maxError: Math.max(...blocks.map((b) => b.error)),
    orthogonality: maxAbsDiff(matmul(q, transpose(q)), identity(q.length)),
  };
}

/** All coupling matrices C^{l1,l2→J} stacked by rows: the change of basis Q of the lesson. */
export function couplingStack(l1: number, l2: number): Matrix {
  const rows: Matrix = [];
  for (let J = Math.abs(l1 - l2); J <= l1 + l2; J++) rows.push(...clebschGordanReal(l1, l2, J));
  return rows;
}

/**
 * For two type-1 vectors in the real order (y, z, x): the closed forms the widget states,
 * J = 0 block = -u·v/√3 and J = 1 block = (u × v)/√2 (also in (y, z, x) order). Returns max deviations.
 */
export function vectorProductIdentities(
  u: readonly number[],
  v: readonly number[],
): { dot: number; cross: number } {
  const [uy, uz, ux] = u;
  const [vy, vz, vx] = v;
  const blocks = cgTensorProduct(1, u, 1, v);
  const dot = ux * vx + uy * vy + uz * vz;
  const cross = [uz * vx - ux * vz, ux * vy - uy * vx, uy * vz - uz * vy]; // (y, z, x) components of u × v
  return {
    dot: Math.abs(blocks[0].components[0] + dot / Math.sqrt(3)),
    cross: maxDiff(
      blocks[1].components,
      cross.map((c) => c / Math.SQRT2),
    ),
  };
}

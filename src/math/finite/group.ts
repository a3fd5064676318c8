// Finite groups as multiplication laws on the indices 0..order-1 (Bekkers' lecture notes: group axioms).
// Index 0 is always the identity, so arrays indexed by elements are the functions on G.

export interface FiniteGroup {
  readonly name: string;
  readonly order: number;
  /** Always 0. */
  readonly identity: number;
  /** The product a·b: b acts first, then a, so (a·b)·x = a·(b·x). */
  compose(a: number, b: number): number;
  inverse(a: number): number;
  /** Plain-text name, e.g. 'e', 'r', 'r^2', 's', 'r^3 s'. */
  label(a: number): string;
  /** KaTeX name, e.g. 'e', 'r', 'r^{2}', 'r^{3}s'. */
  latex(a: number): string;
  readonly generators: readonly number[];
}

/** A finite subgroup of O(2): rotations by 2πk/N, optionally with the reflection S: (x, y) -> (x, -y). */
export interface PlanarGroup extends FiniteGroup {
  /** N, the number of rotations. */
  readonly rotations: number;
  readonly hasReflections: boolean;
  /** Rotation angle 2πk/N (radians, counter-clockwise) of the element r^k or r^k s. */
  angle(a: number): number;
  /** Whether a contains the reflection S (a = r^k s). */
  reflects(a: number): boolean;
}

/** [0, 1, ..., |G| - 1]: the elements in their index order. */
export function groupElements(g: FiniteGroup): number[] {
  return Array.from({ length: g.order }, (_, i) => i);
}

/** Index map of the regular action on the orientation axis: perm[j] = index of g^-1·h_j. */
export function regularActionPerm(group: FiniteGroup, g: number): Int32Array {
  const gInv = group.inverse(g);
  const perm = new Int32Array(group.order);
  for (let j = 0; j < group.order; j++) perm[j] = group.compose(gInv, j);
  return perm;
}

/** The engine's PlaneTransform of g = R_angle S^reflect (S first), with the regular perm of the planes. */
export function planeTransformOf(
  group: PlanarGroup,
  g: number,
): { angle: number; reflect: boolean; perm: Int32Array } {
  return { angle: group.angle(g), reflect: group.reflects(g), perm: regularActionPerm(group, g) };
}

/** A FiniteGroup from its Cayley table (table[a][b] = a·b, element 0 the identity). */
export function groupFromTable(
  name: string,
  table: readonly (readonly number[])[],
  labels: readonly string[],
  latexLabels: readonly string[] = labels,
  generators: readonly number[] = [],
): FiniteGroup {
  const order = table.length;
  const inv = new Int32Array(order);
  for (let a = 0; a < order; a++) inv[a] = table[a].indexOf(0);
  return {
    name,
    order,
    identity: 0,
    compose: (a, b) => table[a][b],
    inverse: (a) => inv[a],
    label: (a) => labels[a],
    latex: (a) => latexLabels[a],
    generators,
  };
}

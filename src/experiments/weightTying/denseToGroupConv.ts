// What the "dense layer to group convolution" widget computes: for a chosen pair of G-sets (a
// periodic line, a torus, a group, the four layer types of p4 or p4m on an n x n torus), the weight
// tying that κ(u·y, u·x) = κ(y, x) forces on a dense matrix at each step (no symmetry, translations,
// the whole group), a matrix of random tied weights, and the measured equivariance error
// max |K L_u f − L_u K f| (Bekkers' lecture notes, "Group convolutions are all you need").
import {
  cyclicGroup,
  cyclicTranslations,
  dihedralGroup,
  regularAction,
  tiedWeights,
  torusWallpaper,
  type FiniteAction,
  type TiedWeights,
} from '../../math';
import { mulberry32 } from '../../math/random';

export const LAYER_TYPES = ['isotropic', 'lifting', 'group', 'projection'] as const;
export type LayerType = (typeof LAYER_TYPES)[number];
export const TYING_EXAMPLES = ['line', 'torus', 'cyclic', ...LAYER_TYPES] as const;
export type TyingExampleId = (typeof TYING_EXAMPLES)[number];
export const POINT_GROUPS = ['C4', 'D4'] as const;
export type PointGroupName = (typeof POINT_GROUPS)[number];
export type StepId = 'dense' | 'translations' | 'full';

export interface TyingStep {
  id: StepId;
  /** KaTeX name of the symmetry imposed, e.g. '\\mathbb{Z}_8' or 'p4'. */
  latex: string;
  /** The subgroup imposed, as all its elements ([] for the dense matrix). */
  elements: readonly number[];
}

export interface TyingExample {
  id: TyingExampleId;
  /** The size n: samples of the line, side of the torus, N of C_N. */
  n: number;
  out: FiniteAction;
  inp: FiniteAction;
  /** KaTeX names of Y (rows) and X (columns). */
  yLatex: string;
  xLatex: string;
  /** The whole group, as the last step imposes it. */
  groupLatex: string;
  steps: readonly TyingStep[];
  /** Rows and columns come in blocks of this many (one per torus row, or per plane of a lifted map). */
  rowBlock: number;
  colBlock: number;
}

/** The sizes each example offers (odd tori, so a rotation turns about a pixel as on an odd kernel). */
export const SIZES: Record<TyingExampleId, readonly number[]> = {
  line: [4, 6, 8, 10, 12],
  torus: [2, 3, 4, 5],
  cyclic: [3, 4, 5, 6, 8],
  isotropic: [3, 5],
  lifting: [3, 5],
  group: [3, 5],
  projection: [3, 5],
};

const all = (order: number) => Array.from({ length: order }, (_, u) => u);
const dense: TyingStep = { id: 'dense', latex: '\\{e\\}', elements: [] };

function oneGroupExample(id: 'line' | 'cyclic', n: number): TyingExample {
  const group = id === 'line' ? cyclicTranslations(n) : cyclicGroup(n);
  const action = regularAction(group);
  const latex = id === 'line' ? `\\mathbb{Z}_{${n}}` : `C_{${n}}`;
  const step: TyingStep = { id: id === 'line' ? 'translations' : 'full', latex, elements: all(n) };
  return {
    id,
    n,
    out: action,
    inp: action,
    yLatex: latex,
    xLatex: latex,
    groupLatex: latex,
    steps: [dense, step],
    rowBlock: n,
    colBlock: n,
  };
}

function torusExample(n: number): TyingExample {
  const { plane } = torusWallpaper(cyclicGroup(1), n);
  const latex = `\\mathbb{Z}_{${n}}^2`;
  return {
    id: 'torus',
    n,
    out: plane,
    inp: plane,
    yLatex: latex,
    xLatex: latex,
    groupLatex: latex,
    steps: [dense, { id: 'translations', latex, elements: all(n * n) }],
    rowBlock: n,
    colBlock: n,
  };
}

function layerExample(id: LayerType, n: number, point: PointGroupName): TyingExample {
  const H = point === 'C4' ? cyclicGroup(4) : dihedralGroup(4);
  const { group, plane, translations } = torusWallpaper(H, n);
  const lifted = regularAction(group);
  const out = id === 'isotropic' || id === 'projection' ? plane : lifted;
  const inp = id === 'isotropic' || id === 'lifting' ? plane : lifted;
  const groupLatex = point === 'C4' ? 'p4' : 'p4m';
  const name = (a: FiniteAction) => (a === plane ? `\\mathbb{Z}_{${n}}^2` : groupLatex);
  return {
    id,
    n,
    out,
    inp,
    yLatex: name(out),
    xLatex: name(inp),
    groupLatex,
    steps: [
      dense,
      { id: 'translations', latex: `\\mathbb{Z}_{${n}}^2`, elements: translations },
      { id: 'full', latex: groupLatex, elements: all(group.order) },
    ],
    rowBlock: n * n,
    colBlock: n * n,
  };
}

/** The example `id` at size n (one of SIZES[id]); `point` picks p4 or p4m for the layer types. */
export function tyingExample(id: TyingExampleId, n: number, point: PointGroupName = 'C4'): TyingExample {
  if (!SIZES[id].includes(n)) throw new Error(`${id}: size ${n} is not one of ${SIZES[id].join(', ')}`);
  if (id === 'line' || id === 'cyclic') return oneGroupExample(id, n);
  if (id === 'torus') return torusExample(n);
  return layerExample(id, n, point);
}

/** The weight sharing of each step, from the math core's orbit count. */
export function stepWeights(example: TyingExample, step: TyingStep): TiedWeights {
  return tiedWeights(example.out, example.inp, step.elements);
}

/** A rows x cols matrix whose entry (y, x) is weight orbit[y, x], the weights uniform in [-1, 1). */
export function tiedMatrix(tied: TiedWeights, seed: number): Float64Array {
  const uniform = mulberry32(seed);
  const w = Float64Array.from({ length: tied.count }, () => 2 * uniform() - 1);
  return Float64Array.from(tied.orbit, (k) => w[k]);
}

/** (L_u f)(x) = f(u⁻¹·x) for f on the points of an action. */
function actOnFunction(action: FiniteAction, u: number, f: Float64Array): Float64Array {
  const uInv = action.group.inverse(u);
  return Float64Array.from(f, (_, x) => f[action.act(uInv, x)]);
}

function apply(K: Float64Array, rows: number, cols: number, f: Float64Array): Float64Array {
  const out = new Float64Array(rows);
  for (let y = 0; y < rows; y++) {
    let s = 0;
    for (let x = 0; x < cols; x++) s += K[y * cols + x] * f[x];
    out[y] = s;
  }
  return out;
}

/** max over u in `elements` and y of |(K L_u f)(y) − (L_u K f)(y)|, float64, f uniform in [-1, 1). */
export function equivarianceError(
  example: TyingExample,
  K: Float64Array,
  elements: readonly number[],
  seed: number,
): number {
  const { out, inp } = example;
  const uniform = mulberry32(seed ^ 0x5bd1e995);
  const f = Float64Array.from({ length: inp.size }, () => 2 * uniform() - 1);
  const Kf = apply(K, out.size, inp.size, f);
  let worst = 0;
  for (const u of elements) {
    const left = apply(K, out.size, inp.size, actOnFunction(inp, u, f));
    const right = actOnFunction(out, u, Kf);
    for (let y = 0; y < out.size; y++) worst = Math.max(worst, Math.abs(left[y] - right[y]));
  }
  return worst;
}

/** The entries (y, x) that share weight k, as indices y * cols + x. */
export function orbitEntries(tied: TiedWeights, k: number): number[] {
  const out: number[] = [];
  tied.orbit.forEach((o, i) => {
    if (o === k) out.push(i);
  });
  return out;
}

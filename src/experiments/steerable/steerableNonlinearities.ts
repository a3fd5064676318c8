// Nonlinearities on a steerable feature h = h^(0) ⊕ h^(1) ⊕ h^(2), each put through the commuting
// check Φ(D(R) h) = D(R) Φ(h) with D(R) = ⊕_l D^(l)(R), in float64 with the math core's Wigner-D.
// Pointwise ReLU breaks it for l ≥ 1; the norm nonlinearity (Worrall et al. 2017's ℂ-ReLU in 3D), the
// gated nonlinearity (Weiler et al. 2018) and the Clebsch-Gordan tensor square (the quadratic
// nonlinearity of SEGNN's steerable MLPs, Brandstetter et al. 2022) keep it to round-off.
import type { Matrix } from '../../math/linalg';
import { matvec } from '../../math/linalg';
import { cgTensorProduct, wignerD } from '../../math/so3';

/** The blocks of a feature: feature[l] has the 2l + 1 components m = −l..l of degree l. */
export type SteerableFeature = readonly (readonly number[])[];

/** The degrees the widget's features carry. */
export const FEATURE_DEGREES = [0, 1, 2] as const;

export const NONLINEARITIES = ['relu', 'norm', 'gated', 'tensor-square'] as const;
export type NonlinearityKind = (typeof NONLINEARITIES)[number];

/** Below this relative error a map counts as commuting (exact to float64 round-off). */
export const COMMUTING_TOLERANCE = 1e-12;

/** The gate logit a_l = GATE_SCALAR_WEIGHT h^(0) + ‖h^(l)‖ + b: a linear map of invariants. */
export const GATE_SCALAR_WEIGHT = 2;

const relu = (x: number) => Math.max(0, x);
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
const norm = (v: readonly number[]) => Math.hypot(...v);

/** D(R) h = ⊕_l D^(l)(R) h^(l). */
export function rotateFeature(h: SteerableFeature, r: Matrix): number[][] {
  return h.map((block, l) => (l === 0 ? [...block] : matvec(wignerD(l, r), [...block])));
}

/** ReLU on every component, blind to which block it belongs to. */
export function pointwiseRelu(h: SteerableFeature): number[][] {
  return h.map((block) => block.map(relu));
}

/**
 * Scalars through ReLU; each block of degree l ≥ 1 keeps its direction and gets the length
 * ReLU(‖h^(l)‖ + b): ReLU(‖h^(l)‖ + b) h^(l)/‖h^(l)‖ (a zero block stays zero, it has no direction).
 */
export function normNonlinearity(h: SteerableFeature, bias: number): number[][] {
  return h.map((block, l) => {
    if (l === 0) return block.map(relu);
    const n = norm(block);
    return n === 0 ? block.map(() => 0) : block.map((x) => (relu(n + bias) * x) / n);
  });
}

/** The gates g_l = sigmoid(GATE_SCALAR_WEIGHT h^(0) + ‖h^(l)‖ + b) for l ≥ 1 (gates[0] is unused: 1). */
export function gates(h: SteerableFeature, bias: number): number[] {
  return h.map((block, l) => (l === 0 ? 1 : sigmoid(GATE_SCALAR_WEIGHT * h[0][0] + norm(block) + bias)));
}

/** Scalars through ReLU; block l ≥ 1 multiplied by its invariant gate g_l. */
export function gatedNonlinearity(h: SteerableFeature, bias: number): number[][] {
  const g = gates(h, bias);
  return h.map((block, l) => (l === 0 ? block.map(relu) : block.map((x) => g[l] * x)));
}

/**
 * Φ(h)^(l) = Σ_{l1 ≤ l2} (h^(l1) ⊗_cg h^(l2))^(l), every path weighted 1, the output kept to the input's
 * degrees (higher ones dropped, which is still equivariant: each block is steerable on its own).
 */
export function tensorSquare(h: SteerableFeature): number[][] {
  const out = h.map((block) => block.map(() => 0));
  for (let l1 = 0; l1 < h.length; l1++)
    for (let l2 = l1; l2 < h.length; l2++)
      for (const b of cgTensorProduct(l1, h[l1], l2, h[l2]))
        if (b.l < h.length) b.components.forEach((x, k) => (out[b.l][k] += x));
  return out;
}

export function applyNonlinearity(kind: NonlinearityKind, h: SteerableFeature, bias: number): number[][] {
  switch (kind) {
    case 'relu':
      return pointwiseRelu(h);
    case 'norm':
      return normNonlinearity(h, bias);
    case 'gated':
      return gatedNonlinearity(h, bias);
    case 'tensor-square':
      return tensorSquare(h);
  }
}

export interface CommutingCheck {
  kind: NonlinearityKind;
  /** Φ(h). */
  output: number[][];
  /** D(R) Φ(h): the layer first, then the rotation. */
  rotatedOutput: number[][];
  /** Φ(D(R) h): the rotation first, then the layer. */
  outputOfRotated: number[][];
  /** ‖Φ(D h) − D Φ(h)‖ / ‖D Φ(h)‖ (over ‖Φ(D h)‖ when D Φ(h) = 0; 0 when both are 0). */
  error: number;
  /** Per degree: ‖(Φ(D h) − D Φ(h))^(l)‖ over the same denominator; their squares add up to error². */
  errorByDegree: number[];
  commutes: boolean;
}

const flat = (h: SteerableFeature) => h.flat();

/** The commuting diagram of one nonlinearity at (h, R), measured. */
export function commutingCheck(
  kind: NonlinearityKind,
  h: SteerableFeature,
  r: Matrix,
  bias: number,
): CommutingCheck {
  const output = applyNonlinearity(kind, h, bias);
  const rotatedOutput = rotateFeature(output, r);
  const outputOfRotated = applyNonlinearity(kind, rotateFeature(h, r), bias);
  const scale = norm(flat(rotatedOutput)) || norm(flat(outputOfRotated)) || 1;
  const errorByDegree = outputOfRotated.map(
    (block, l) => norm(block.map((x, k) => x - rotatedOutput[l][k])) / scale,
  );
  const error = Math.hypot(...errorByDegree);
  return {
    kind,
    output,
    rotatedOutput,
    outputOfRotated,
    error,
    errorByDegree,
    commutes: error < COMMUTING_TOLERANCE,
  };
}

/** Every nonlinearity of the widget at (h, R). */
export const commutingChecks = (h: SteerableFeature, r: Matrix, bias: number): CommutingCheck[] =>
  NONLINEARITIES.map((kind) => commutingCheck(kind, h, r, bias));

/** A flat list of 1 + 3 + 5 components back into blocks of degrees 0, 1, 2. */
export function featureOf(components: readonly number[]): number[][] {
  let start = 0;
  return FEATURE_DEGREES.map((l) => {
    const block = components.slice(start, start + 2 * l + 1);
    start += 2 * l + 1;
    return block;
  });
}

/** Number of components of a feature with degrees 0, 1, 2. */
export const FEATURE_SIZE = FEATURE_DEGREES.reduce<number>((s, l) => s + 2 * l + 1, 0);

// Coset pooling on p4 (Cohen & Welling 2016): lift f with C4, split the four orientation planes
// into blocks, pool each block (max or mean), and measure on the engine
// (a) invariance to the right action of the pooling set: (R_h F)(x, k) = F(x, k h), a cyclic shift
//     of the orientation axis, for every h in the first block U;
// (b) equivariance of the pooled map under a rotation r of the input: the pooled map of L_r f
//     against L_r of the pooled map, where L_r turns each plane and moves block B to block r·B.
// When the blocks are the cosets gH of a subgroup H both hold exactly, and the pooled map is a
// function on p4/H. When they are not (U = {e, r}), r·B is not a block: (b) is then compared with
// every order of the pooled planes and the smallest error reported.
import type { Backend, PoolMode, Tensor } from '../../engine/backend';
import type { LiftingLayer } from '../../layers';
import { c4LiftingLayer, type Kernel } from './c4Lifting';
import { applyIndexMap, imageActionIndexMap } from '../../math';
import { C4, relativeError } from './stride';

/** A pooled map this small against the lifted map (relative L2) counts as zero: its planes cancelled. */
export const VANISHING = 1e-5;

const norm = (a: ArrayLike<number>) => Math.sqrt(Array.from(a).reduce((s, v) => s + v * v, 0));
const distance = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  let d = 0;
  for (let i = 0; i < b.length; i++) d += (a[i] - b[i]) ** 2;
  return Math.sqrt(d);
};

export const POOLING_SETS = ['C4', 'C2', 'pair'] as const;
export type PoolingSet = (typeof POOLING_SETS)[number];

/** The blocks each choice pools over (C4 element indices: 0 = e, 1 = r, 2 = r², 3 = r³). */
export const POOLING_BLOCKS: Readonly<Record<PoolingSet, readonly (readonly number[])[]>> = {
  C4: [[0, 1, 2, 3]],
  C2: [
    [0, 2],
    [1, 3],
  ],
  pair: [
    [0, 1],
    [2, 3],
  ],
};

/** The index of the block equal (as a set) to r·B for each block B, or null when some r·B is not a block. */
export function blockAction(blocks: readonly (readonly number[])[], r: number): number[] | null {
  const key = (b: readonly number[]) => [...b].sort((x, y) => x - y).join(',');
  const keys = blocks.map(key);
  const moved = blocks.map((b) => keys.indexOf(key(b.map((h) => C4.compose(r, h)))));
  return moved.some((k) => k < 0) ? null : moved;
}

/** All orders of 0..k-1 (k <= 4 here). */
function permutations(k: number): number[][] {
  if (k <= 1) return [[0]];
  return permutations(k - 1).flatMap((p) =>
    Array.from({ length: k }, (_, i) => [...p.slice(0, i), k - 1, ...p.slice(i)]),
  );
}

/**
 * L_r of a pooled map [B, n, n] whose block b goes to block moved[b]: out plane moved[b] is plane b
 * turned by r about the centre.
 */
export function actOnPooled(
  pooled: Float32Array,
  n: number,
  r: number,
  moved: readonly number[],
): Float32Array {
  const plane = n * n;
  const map = imageActionIndexMap(C4, r, n);
  const out = new Float32Array(pooled.length);
  moved.forEach((to, b) =>
    out.set(applyIndexMap(pooled.subarray(b * plane, (b + 1) * plane), map), to * plane),
  );
  return out;
}

export interface CosetPoolingResult {
  set: PoolingSet;
  mode: PoolMode;
  r: number;
  n: number;
  blocks: number;
  /** L_r f (n x n). */
  input: Float32Array;
  /**
   * Whether Q(Φf) vanishes (||Q(Φf)|| <= VANISHING ||Φf||): mean pooling cancels when the turned
   * copies of ψ in a block add up to zero (an edge and its half turn). The errors are then taken
   * relative to ||Φf|| instead, so that round-off is not divided by round-off.
   */
  vanishes: boolean;
  /** ||Q(Φf)|| / ||Φf||. */
  pooledShare: number;
  /** Max over h in U of ||Q(R_h Φf) − Q(Φf)|| / ||Q(Φf)||. */
  rightError: number;
  /** ||Q(Φ(L_r f)) − L_r Q(Φf)|| / ||L_r Q(Φf)||, with the best order of planes when r·B is not a block. */
  equivError: number;
  /** Where L_r sends each block (null when r·B is not a block for some B). */
  moved: number[] | null;
  /** Q(Φ(L_r f)) and the map it is compared with, [blocks, n, n]. */
  pooledTurned: Float32Array;
  turnedPooled: Float32Array;
  range: number;
}

export class CosetPoolingExperiment {
  private readonly layer: LiftingLayer;
  private readonly selection: Tensor;
  private readonly inputs: Tensor[];
  /** Φf, Φ(L_r f), then R_h Φf for h = r, r², r³. */
  private readonly lifted: Tensor[];
  private readonly pooled = new Map<string, { reordered: Tensor[]; out: Tensor[] }>();

  constructor(
    private readonly backend: Backend,
    readonly n: number,
    kernel: Kernel,
  ) {
    this.layer = c4LiftingLayer(backend, kernel);
    this.selection = backend.tensor([4, 4, 1, 1]);
    this.inputs = [backend.tensor([1, n, n]), backend.tensor([1, n, n])];
    this.lifted = Array.from({ length: 5 }, () => backend.tensor([1, 4, n, n]));
  }

  /** Reordering and pooled tensors for B blocks of 4 / B planes, one pair per lifted map. */
  private stage(blocks: number): { reordered: Tensor[]; out: Tensor[] } {
    const key = String(blocks);
    let s = this.pooled.get(key);
    if (!s) {
      const { n } = this;
      s = {
        reordered: this.lifted.map(() => this.backend.tensor([blocks, 4 / blocks, n, n])),
        out: this.lifted.map(() => this.backend.tensor([blocks, n, n])),
      };
      this.pooled.set(key, s);
    }
    return s;
  }

  async measure(f: Float32Array, set: PoolingSet, mode: PoolMode, r: number): Promise<CosetPoolingResult> {
    const { backend, n } = this;
    const blocks = POOLING_BLOCKS[set];
    const order = blocks.flat();
    // A 1 x 1 correlation with one-hot rows puts the planes in block order (an exact copy).
    const w = new Float32Array(16);
    order.forEach((plane, row) => (w[row * 4 + plane] = 1));
    backend.write(this.selection, w);
    const input = Float32Array.from(applyIndexMap(f, imageActionIndexMap(C4, r, n)));
    backend.write(this.inputs[0], f);
    backend.write(this.inputs[1], input);
    this.layer.forward(this.inputs[0], this.lifted[0]);
    this.layer.forward(this.inputs[1], this.lifted[1]);
    const shifts = blocks[0].filter((h) => h !== 0);
    shifts.forEach((h, k) => {
      // Right action: plane s of R_h F reads plane s·h.
      const perm = Int32Array.from({ length: 4 }, (_, s) => C4.compose(s, h));
      backend.transform(this.lifted[0], this.lifted[2 + k], {
        angle: 0,
        reflect: false,
        perm,
        interpolation: 'nearest',
      });
    });
    const stage = this.stage(blocks.length);
    const used = 2 + shifts.length;
    for (let i = 0; i < used; i++) {
      backend.correlate(this.lifted[i], this.selection, null, stage.reordered[i]);
      backend.poolOrientations(stage.reordered[i], stage.out[i], mode);
    }
    const [lifted, pooled, pooledTurned, ...shifted] = await backend.readMany([
      this.lifted[0],
      ...stage.out.slice(0, used),
    ]);
    const pooledShare = norm(pooled) / (norm(lifted) || 1);
    const vanishes = pooledShare <= VANISHING;
    const error = (a: Float32Array, b: Float32Array) =>
      vanishes ? distance(a, b) / (norm(lifted) || 1) : relativeError(a, b);
    const rightError = shifted.reduce((m, s) => Math.max(m, error(s, pooled)), 0);
    const moved = blockAction(blocks, r);
    const candidates = (moved ? [moved] : permutations(blocks.length)).map((p) => {
      const turnedPooled = actOnPooled(pooled, n, r, p);
      return { turnedPooled, error: error(pooledTurned, turnedPooled) };
    });
    const best = candidates.reduce((a, b) => (b.error < a.error ? b : a));
    // A vanished map is drawn on the lifted map's scale, so that round-off does not fill the colours.
    let range = 0;
    for (const a of vanishes ? [lifted] : [pooledTurned, best.turnedPooled])
      for (const v of a) range = Math.max(range, Math.abs(v));
    return {
      set,
      mode,
      r,
      n,
      blocks: blocks.length,
      input,
      vanishes,
      pooledShare,
      rightError,
      equivError: best.error,
      moved,
      pooledTurned,
      turnedPooled: best.turnedPooled,
      range: range || 1,
    };
  }

  dispose(): void {
    this.layer.dispose();
    const all = [this.selection, ...this.inputs, ...this.lifted];
    this.pooled.forEach((s) => all.push(...s.reordered, ...s.out));
    all.forEach((t) => this.backend.dispose(t));
  }
}

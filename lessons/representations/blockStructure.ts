// Where the irreducible blocks of Q^T ρ_reg(g) Q sit, and how far the matrix is from that block form.
import type { FiniteIrrep } from '../../src/math';
import type { Matrix } from '../../src/math/linalg';
import type { Block } from '../../src/ui/plots/MatrixHeatmap';

/** Consecutive diagonal blocks, one per irrep copy, labelled with the irrep's id. */
export function blockLayout(blocks: readonly FiniteIrrep[]): Block[] {
  let start = 0;
  return blocks.map((psi) => {
    const b = { start, size: psi.dim, label: `ρ ${psi.id}` };
    start += psi.dim;
    return b;
  });
}

/** The largest |entry| outside the diagonal blocks: 0 up to round-off when Q block-diagonalises. */
export function maxOffBlock(m: Matrix, layout: readonly Block[]): number {
  const blockOf = new Int32Array(m.length);
  layout.forEach((b, k) => blockOf.fill(k, b.start, b.start + b.size));
  let worst = 0;
  m.forEach((row, i) =>
    row.forEach((v, j) => blockOf[i] !== blockOf[j] && (worst = Math.max(worst, Math.abs(v)))),
  );
  return worst;
}

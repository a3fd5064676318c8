// A weight matrix κ(y, x) on a canvas, one cell per entry on the diverging scale, with each cell's
// weight number printed when the cells are large enough; lines mark blocks (torus rows, orientation
// planes). Clicking a cell picks its weight: every entry sharing it stays, the rest fade.
import { useEffect, useRef, type MouseEvent, type ReactNode } from 'react';
import type { TiedWeights } from '../../src/math';
import { divergingColor, divergingInk } from '../../src/ui/plots/diverging';

const MAX_CELL = 44;
const LABEL_CELL = 22;

export function OrbitMatrix({
  tied,
  values,
  rowBlock,
  colBlock,
  selected,
  onSelect,
  caption,
  maxSide = 432,
}: {
  tied: TiedWeights;
  values: Float64Array;
  rowBlock: number;
  colBlock: number;
  /** The weight picked, or null. */
  selected: number | null;
  onSelect: (k: number | null) => void;
  caption: ReactNode;
  maxSide?: number;
}) {
  const { rows, cols, orbit, count } = tied;
  // Square cells; a tall matrix (lifting) may grow a little taller, a wide one (projection) wider.
  const cell = Math.max(
    2,
    Math.min(MAX_CELL, Math.floor((2 * maxSide) / cols), Math.floor((1.3 * maxSide) / rows)),
  );
  const canvasRef = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    const labels = cell >= LABEL_CELL;
    ctx.font = `${Math.round(cell * 0.38)}px system-ui, sans-serif`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    for (let y = 0; y < rows; y++)
      for (let x = 0; x < cols; x++) {
        const i = y * cols + x;
        const v = values[i];
        ctx.globalAlpha = selected === null || orbit[i] === selected ? 1 : 0.12;
        ctx.fillStyle = divergingColor(v, 1);
        ctx.fillRect(x * cell, y * cell, cell, cell);
        if (labels) {
          ctx.fillStyle = divergingInk(v, 1);
          ctx.fillText(`w${orbit[i]}`, (x + 0.5) * cell, (y + 0.5) * cell);
        }
      }
    ctx.globalAlpha = 1;
    // Block lines: dark, since the cells are pale in both themes.
    ctx.fillStyle = '#333333';
    for (let y = rowBlock; y < rows; y += rowBlock) ctx.fillRect(0, y * cell - 0.5, cols * cell, 1);
    for (let x = colBlock; x < cols; x += colBlock) ctx.fillRect(x * cell - 0.5, 0, 1, rows * cell);
  }, [rows, cols, orbit, values, cell, selected, rowBlock, colBlock]);

  const pick = (e: MouseEvent<HTMLCanvasElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    const x = Math.floor(((e.clientX - box.left) / box.width) * cols);
    const y = Math.floor(((e.clientY - box.top) / box.height) * rows);
    if (x < 0 || y < 0 || x >= cols || y >= rows) return;
    const k = orbit[y * cols + x];
    onSelect(k === selected ? null : k);
  };

  return (
    <figure
      className="orbit-matrix"
      data-rows={rows}
      data-cols={cols}
      data-count={count}
      data-orbits={orbit.join(',')}
    >
      <div className="orbit-axis-top" aria-hidden="true">
        x ∈ X →
      </div>
      <div className="orbit-body">
        <div className="orbit-axis-left" aria-hidden="true">
          y ∈ Y →
        </div>
        <canvas
          ref={canvasRef}
          width={cols * cell}
          height={rows * cell}
          onClick={pick}
          role="img"
          aria-label={`The weight matrix κ(y, x), ${rows} rows by ${cols} columns, with ${count} distinct weights; entries of one colour share one weight.`}
        />
      </div>
      <figcaption>{caption}</figcaption>
    </figure>
  );
}

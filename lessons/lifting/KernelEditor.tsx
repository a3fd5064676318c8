// Paint a K x K filter by hand: click or drag over the cells to set them to the paint value;
// with the keyboard, arrows move between cells, + and - change a cell by 0.25, 0 clears it and
// Enter paints it. Cells outside the disk the layer keeps are hatched (the mask zeroes them).
import { useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { colorAt, COLORMAPS } from '../../src/engine/render';
import { inKernelDisk } from '../../src/experiments/filters/kernels';
import { KERNEL_VALUE_LIMIT } from '../../src/state/filter';

export interface KernelEditorProps {
  size: number;
  values: readonly number[];
  paintValue: number;
  onCell(index: number, value: number): void;
}

const STEP = 0.25;

function cellStyle(v: number): { background: string; color: string } {
  const [r, g, b] = colorAt(COLORMAPS.diverging, (v / KERNEL_VALUE_LIMIT + 1) / 2);
  const css = `rgb(${Math.round(255 * r)}, ${Math.round(255 * g)}, ${Math.round(255 * b)})`;
  return { background: css, color: Math.abs(v) > 0.6 ? '#fff' : '#111' };
}

export function KernelEditor({ size: K, values, paintValue, onCell }: KernelEditorProps) {
  const [focus, setFocus] = useState(Math.floor((K * K) / 2));
  const painting = useRef(false);
  const gridRef = useRef<HTMLDivElement>(null);
  const r = (K - 1) / 2;
  const active = Math.min(focus, K * K - 1);

  const cellAt = (e: PointerEvent<HTMLDivElement>): number | null => {
    const box = e.currentTarget.getBoundingClientRect();
    const col = Math.floor(((e.clientX - box.left) / box.width) * K);
    const row = Math.floor(((e.clientY - box.top) / box.height) * K);
    return row >= 0 && row < K && col >= 0 && col < K ? row * K + col : null;
  };
  const paintAt = (e: PointerEvent<HTMLDivElement>) => {
    const i = cellAt(e);
    if (i !== null && values[i] !== paintValue) onCell(i, paintValue);
  };
  const moveFocus = (i: number) => {
    setFocus(i);
    gridRef.current?.querySelectorAll<HTMLButtonElement>('button')[i]?.focus();
  };
  const onKey = (e: KeyboardEvent<HTMLButtonElement>, i: number) => {
    const [row, col] = [Math.floor(i / K), i % K];
    const moves: Record<string, number> = {
      ArrowLeft: row * K + Math.max(col - 1, 0),
      ArrowRight: row * K + Math.min(col + 1, K - 1),
      ArrowUp: Math.max(row - 1, 0) * K + col,
      ArrowDown: Math.min(row + 1, K - 1) * K + col,
    };
    if (e.key in moves) moveFocus(moves[e.key]);
    else if (e.key === '+' || e.key === '=') onCell(i, values[i] + STEP);
    else if (e.key === '-') onCell(i, values[i] - STEP);
    else if (e.key === '0') onCell(i, 0);
    else return;
    e.preventDefault();
  };

  return (
    <div
      ref={gridRef}
      className="kernel-editor"
      role="grid"
      aria-label={`ψ as a ${K} by ${K} grid of cells, values from −1 to 1`}
      style={{ gridTemplateColumns: `repeat(${K}, 1fr)` }}
      onPointerDown={(e) => {
        e.currentTarget.setPointerCapture(e.pointerId);
        painting.current = true;
        paintAt(e);
      }}
      onPointerMove={(e) => painting.current && paintAt(e)}
      onPointerUp={() => (painting.current = false)}
      onPointerCancel={() => (painting.current = false)}
    >
      {Array.from({ length: K }, (_, row) => (
        // Rows for the grid role; display: contents keeps the cells in the CSS grid.
        <div role="row" key={row} className="kernel-row">
          {Array.from({ length: K }, (_, col) => {
            const i = row * K + col;
            const v = values[i];
            const masked = !inKernelDisk(col - r, r - row, K);
            // The name holds the number as shown, so what is seen is what is read out.
            const shown = v.toFixed(K <= 5 ? 2 : 1);
            return (
              <button
                key={i}
                type="button"
                role="gridcell"
                className={masked ? 'kernel-cell kernel-cell-masked' : 'kernel-cell'}
                style={cellStyle(v)}
                tabIndex={i === active ? 0 : -1}
                aria-label={`row ${row + 1}, column ${col + 1}: ${shown}${masked ? ' (outside the disk, masked)' : ''}`}
                data-value={v}
                onFocus={() => setFocus(i)}
                onKeyDown={(e) => onKey(e, i)}
                onClick={(e) => e.detail === 0 && onCell(i, paintValue)}
              >
                {K <= 7 ? shown : ''}
              </button>
            );
          })}
        </div>
      ))}
    </div>
  );
}

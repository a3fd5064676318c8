// Matrices as grids of coloured cells on the diverging scale (SVG; small matrices only). Several
// heatmaps can share one SVG (HeatmapGrid), so "Export" saves them together.
import './plots.css';
import type { Ref } from 'react';
import { divergingColor } from './diverging';
import { formatTick } from '../../experiments/format';

export interface HeatmapProps {
  matrix: readonly (readonly number[])[];
  /** The scale's half-range; maps that are compared share it. */
  maxAbs: number;
  title: string;
  cell?: number;
  /** Labels for rows and columns (e.g. m = -l..l); drawn when given. */
  rowLabels?: readonly string[];
  colLabels?: readonly string[];
  /** Stable key for tests (data-heatmap). */
  name?: string;
  /** Column names for the cells' tooltips only, when there is no room for column labels. */
  colNames?: readonly string[];
  /** Room for the row labels, in pixels. */
  rowLabelWidth?: number;
}

const TITLE_H = 18;
const LABEL_H = 14;
const ROW_LABEL_W = 26;

export function heatmapSize(p: HeatmapProps): { width: number; height: number } {
  const cell = p.cell ?? 22;
  const cols = p.matrix[0]?.length ?? 0;
  const width = (p.rowLabels ? (p.rowLabelWidth ?? ROW_LABEL_W) : 2) + cols * cell + 2;
  const height = TITLE_H + (p.colLabels ? LABEL_H : 0) + p.matrix.length * cell + 2;
  return { width: Math.max(width, 7 * p.title.length), height };
}

/** One heatmap as an SVG group at (x, y). */
export function HeatmapCells(p: HeatmapProps & { x?: number; y?: number }) {
  const { matrix, maxAbs, title, rowLabels, colLabels } = p;
  const cell = p.cell ?? 22;
  const left = rowLabels ? (p.rowLabelWidth ?? ROW_LABEL_W) : 2;
  const top = TITLE_H + (colLabels ? LABEL_H : 0);
  const cols = matrix[0]?.length ?? 0;
  return (
    <g
      transform={`translate(${p.x ?? 0},${p.y ?? 0})`}
      data-heatmap={p.name}
      aria-label={`${title}: ${matrix.length} by ${cols} heatmap`}
    >
      <text x={left} y={12} className="heatmap-title">
        {title}
      </text>
      {colLabels?.map((c, j) => (
        <text key={j} x={left + (j + 0.5) * cell} y={top - 4} textAnchor="middle" className="heatmap-label">
          {c}
        </text>
      ))}
      {rowLabels?.map((r, i) => (
        <text key={i} x={left - 4} y={top + (i + 0.5) * cell + 4} textAnchor="end" className="heatmap-label">
          {r}
        </text>
      ))}
      {matrix.map((row, i) =>
        row.map((v, j) => (
          <rect
            key={`${i}-${j}`}
            x={left + j * cell}
            y={top + i * cell}
            width={cell}
            height={cell}
            fill={divergingColor(v, maxAbs)}
          >
            <title>{`(${rowLabels?.[i] ?? i}, ${colLabels?.[j] ?? p.colNames?.[j] ?? j}) = ${formatTick(v)}`}</title>
          </rect>
        )),
      )}
      <rect
        x={left}
        y={top}
        width={cols * cell}
        height={matrix.length * cell}
        fill="none"
        stroke="currentColor"
        strokeOpacity={0.35}
      />
    </g>
  );
}

/** Heatmaps laid out left to right in one SVG, wrapping onto new rows past maxWidth. */
export function HeatmapGrid({
  maps,
  maxWidth,
  gap = 18,
  label,
  svgRef,
}: {
  maps: readonly HeatmapProps[];
  maxWidth: number;
  gap?: number;
  label: string;
  svgRef?: Ref<SVGSVGElement>;
}) {
  const placed: { p: HeatmapProps; x: number; y: number }[] = [];
  let x = 0;
  let y = 0;
  let rowH = 0;
  let width = 0;
  for (const p of maps) {
    const s = heatmapSize(p);
    if (x > 0 && x + s.width > maxWidth) {
      x = 0;
      y += rowH + gap;
      rowH = 0;
    }
    placed.push({ p, x, y });
    x += s.width + gap;
    rowH = Math.max(rowH, s.height);
    width = Math.max(width, x - gap);
  }
  const height = y + rowH;
  return (
    <svg
      ref={svgRef}
      className="heatmap"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={label}
    >
      {placed.map(({ p, x: px, y: py }) => (
        <HeatmapCells key={p.name ?? p.title} {...p} x={px} y={py} />
      ))}
    </svg>
  );
}

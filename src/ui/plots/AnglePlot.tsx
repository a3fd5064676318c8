// A d3 line plot over a rotation angle in degrees (0..360, ticks every 45): several series with
// their own colour and dash pattern (colour is never the only cue), a linear or logarithmic y
// axis, an optional vertical marker (the page's current angle), axis labels and a legend. One
// <svg>, so "Export" saves it as SVG; stroke colours are attributes, so the export keeps them.
import './anglePlot.css';
import { line, scaleLinear, scaleLog } from 'd3';
import type { Ref } from 'react';

export interface AngleSeries {
  key: string;
  label: string;
  /** (angle in degrees, value); NaN values break the line. */
  points: readonly (readonly [number, number])[];
  colour: string;
  dash?: string;
  width?: number;
  /** Drawn faint and left out of the legend (e.g. the other orientation channels). */
  faint?: boolean;
}

export interface AnglePlotProps {
  title: string;
  series: readonly AngleSeries[];
  yLabel: string;
  yScale: 'linear' | 'log';
  /** y domain; for log scales values below the floor are drawn at the floor. */
  yDomain: readonly [number, number];
  marker?: { angle: number; label: string };
  /** Extra legend rows that are not series (e.g. "faint: the other channels"). */
  notes?: readonly string[];
  svgRef?: Ref<SVGSVGElement>;
  width?: number;
  height?: number;
}

const M = { top: 14, right: 12, bottom: 40, left: 62 };
const LEGEND_ROW = 18;

export function AnglePlot({ svgRef, ...p }: AnglePlotProps) {
  const width = p.width ?? 640;
  const legendItems = p.series.filter((s) => !s.faint);
  const legendRows = Math.ceil(legendItems.length / 2) + (p.notes?.length ?? 0);
  const plotH = p.height ?? 300;
  const height = plotH + legendRows * LEGEND_ROW + 8;
  const x = scaleLinear()
    .domain([0, 360])
    .range([M.left, width - M.right]);
  const y = (p.yScale === 'log' ? scaleLog() : scaleLinear())
    .domain([p.yDomain[0], p.yDomain[1]])
    .range([plotH - M.bottom, M.top])
    .clamp(true);
  const yTicks = p.yScale === 'log' ? logTicks(p.yDomain) : y.ticks(6);
  const path = line<readonly [number, number]>()
    .defined((d) => Number.isFinite(d[1]))
    .x((d) => x(d[0]))
    .y((d) => y(d[1]));
  const fmt = (v: number) =>
    p.yScale === 'log' ? `1e${Math.round(Math.log10(v))}` : String(Number(v.toPrecision(3)));
  return (
    <svg
      ref={svgRef}
      className="angle-plot"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={p.title}
      xmlns="http://www.w3.org/2000/svg"
    >
      <title>{p.title}</title>
      <g className="angle-plot-grid">
        {yTicks.map((t) => (
          <line key={`y${t}`} x1={M.left} x2={width - M.right} y1={y(t)} y2={y(t)} />
        ))}
        {[0, 45, 90, 135, 180, 225, 270, 315, 360].map((a) => (
          <line key={`x${a}`} x1={x(a)} x2={x(a)} y1={M.top} y2={plotH - M.bottom} />
        ))}
      </g>
      <g className="angle-plot-axis">
        <line x1={M.left} x2={width - M.right} y1={plotH - M.bottom} y2={plotH - M.bottom} />
        <line x1={M.left} x2={M.left} y1={M.top} y2={plotH - M.bottom} />
        {[0, 45, 90, 135, 180, 225, 270, 315, 360].map((a) => (
          <text key={a} x={x(a)} y={plotH - M.bottom + 14} textAnchor="middle">
            {a}°
          </text>
        ))}
        {yTicks.map((t) => (
          <text key={t} x={M.left - 6} y={y(t) + 4} textAnchor="end">
            {fmt(t)}
          </text>
        ))}
        <text
          x={(M.left + width - M.right) / 2}
          y={plotH - 6}
          textAnchor="middle"
          className="angle-plot-label"
        >
          rotation angle θ of the input
        </text>
        <text
          transform={`translate(14,${(M.top + plotH - M.bottom) / 2}) rotate(-90)`}
          textAnchor="middle"
          className="angle-plot-label"
        >
          {p.yLabel}
        </text>
      </g>
      {p.marker && (
        <g className="angle-plot-marker">
          <line x1={x(p.marker.angle)} x2={x(p.marker.angle)} y1={M.top} y2={plotH - M.bottom} />
          <text x={x(p.marker.angle) + 4} y={plotH - M.bottom - 5}>
            {p.marker.label}
          </text>
        </g>
      )}
      {[...p.series.filter((s) => s.faint), ...legendItems].map((s) => (
        <path
          key={s.key}
          data-series={s.key}
          d={path(s.points) ?? ''}
          fill="none"
          stroke={s.colour}
          strokeWidth={s.width ?? 2}
          strokeDasharray={s.dash}
          strokeOpacity={s.faint ? 0.35 : 1}
        />
      ))}
      <g transform={`translate(${M.left},${plotH + 4})`} className="angle-plot-legend">
        {legendItems.map((s, i) => (
          <g
            key={s.key}
            transform={`translate(${(i % 2) * ((width - M.left) / 2)},${Math.floor(i / 2) * LEGEND_ROW})`}
          >
            <line
              x1={0}
              x2={26}
              y1={0}
              y2={0}
              stroke={s.colour}
              strokeWidth={s.width ?? 2}
              strokeDasharray={s.dash}
            />
            <text x={32} y={4}>
              {s.label}
            </text>
          </g>
        ))}
        {p.notes?.map((n, i) => (
          <text key={n} x={0} y={(Math.ceil(legendItems.length / 2) + i) * LEGEND_ROW + 4}>
            {n}
          </text>
        ))}
      </g>
    </svg>
  );
}

/** Powers of ten inside a log domain. */
function logTicks([lo, hi]: readonly [number, number]): number[] {
  const out: number[] = [];
  for (let e = Math.ceil(Math.log10(lo)); e <= Math.floor(Math.log10(hi)); e++) out.push(10 ** e);
  return out;
}

/** Okabe-Ito colours, distinguishable with the common colour-vision deficiencies. */
export const PLOT_COLOURS = {
  blue: '#0072B2',
  orange: '#E69F00',
  green: '#009E73',
  vermillion: '#D55E00',
  purple: '#CC79A7',
  sky: '#56B4E9',
  black: '#000000',
  grey: '#888888',
} as const;

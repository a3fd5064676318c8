// A d3 line plot with a logarithmic y axis: several series of (x, y) points with distinct colours
// and marker shapes (colour is never the only cue), axis labels, a legend and an optional dashed
// reference line. Renders one <svg>, so "Export" saves it as SVG.
import './plots.css';
import {
  axisBottom,
  axisLeft,
  line,
  scaleLinear,
  scaleLog,
  select,
  symbol,
  symbolCircle,
  symbolDiamond,
  symbolSquare,
  symbolTriangle,
} from 'd3';
import { useEffect, useRef, type Ref } from 'react';

export interface PlotSeries {
  key: string;
  label: string;
  points: readonly { x: number; y: number }[];
}

export interface LogLinePlotProps {
  series: readonly PlotSeries[];
  xLabel: string;
  yLabel: string;
  /** A horizontal dashed line, e.g. the round-off tolerance. */
  reference?: { y: number; label: string };
  /** Values below this are drawn at it (log scales cannot show 0). */
  floor?: number;
  svgRef?: Ref<SVGSVGElement>;
  title: string;
  /** A logarithmic x axis too (e.g. training-set sizes). */
  xLog?: boolean;
  /** d3 format of the y ticks (default '.0e'). */
  yFormat?: string;
  /** The y range shown, instead of the data's range padded by 3x either way. */
  yDomain?: readonly [number, number];
  /** x ticks at these values only (a log axis otherwise labels every 1..9 multiple). */
  xTicks?: readonly number[];
  /** The x range shown, instead of the data's (so the axis stays put while points arrive). */
  xDomain?: readonly [number, number];
}

// Okabe-Ito colours, distinguishable with the common colour-vision deficiencies.
const COLOURS = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#CC79A7', '#56B4E9'];
const SHAPES = [symbolCircle, symbolSquare, symbolTriangle, symbolDiamond];
const W = 620;
const H = 340;
const M = { top: 16, right: 170, bottom: 44, left: 64 };

export function LogLinePlot({ svgRef, series: given, ...props }: LogLinePlotProps) {
  const xAxis = useRef<SVGGElement>(null);
  const yAxis = useRef<SVGGElement>(null);
  const floor = props.floor ?? 1e-17;
  // A measurement that is not a number (0/0 on a blank input) has no place on a log axis: left out.
  const series = given.map((s) => ({
    ...s,
    points: s.points.filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y)),
  }));
  const all = series.flatMap((s) => s.points);
  const xs = all.length ? all.map((p) => p.x) : [0, 1];
  const ys = all.map((p) => Math.max(floor, p.y)).concat(props.reference ? [props.reference.y] : [1]);
  const x = (props.xLog ? scaleLog() : scaleLinear())
    .domain(props.xDomain ? [...props.xDomain] : [Math.min(...xs), Math.max(...xs)])
    .range([M.left, W - M.right]);
  const y = scaleLog()
    .domain(props.yDomain ? [...props.yDomain] : [Math.min(...ys) / 3, Math.max(...ys) * 3])
    .range([H - M.bottom, M.top])
    .nice();
  const xDomain = x.domain().join();
  const yDomain = y.domain().join();

  useEffect(() => {
    const span = x.domain()[1] - x.domain()[0];
    if (xAxis.current)
      select(xAxis.current).call(
        (props.xTicks
          ? axisBottom(x).tickValues([...props.xTicks])
          : axisBottom(x).ticks(Math.min(span, 12))
        ).tickFormat((d) => String(d)),
      );
    if (yAxis.current) select(yAxis.current).call(axisLeft(y).ticks(6, props.yFormat ?? '.0e'));
    // x and y are rebuilt every render; their domains say when the axes must be redrawn.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [xDomain, yDomain, props.xTicks?.join(), props.yFormat]);

  const path = line<{ x: number; y: number }>()
    .x((p) => x(p.x))
    .y((p) => y(Math.max(floor, p.y)));
  return (
    <svg
      ref={svgRef}
      className="line-plot"
      width={W}
      height={H}
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-label={props.title}
      xmlns="http://www.w3.org/2000/svg"
    >
      <g ref={xAxis} transform={`translate(0,${H - M.bottom})`} />
      <g ref={yAxis} transform={`translate(${M.left},0)`} />
      <text x={(M.left + W - M.right) / 2} y={H - 6} textAnchor="middle" fill="currentColor" fontSize={13}>
        {props.xLabel}
      </text>
      <text
        transform={`translate(16,${(M.top + H - M.bottom) / 2}) rotate(-90)`}
        textAnchor="middle"
        fill="currentColor"
        fontSize={13}
      >
        {props.yLabel}
      </text>
      {props.reference && (
        <g>
          <line
            x1={M.left}
            x2={W - M.right}
            y1={y(props.reference.y)}
            y2={y(props.reference.y)}
            stroke="currentColor"
            strokeOpacity={0.5}
            strokeDasharray="5 4"
          />
          <text
            x={W - M.right - 4}
            y={y(props.reference.y) - 5}
            textAnchor="end"
            fill="currentColor"
            fontSize={11}
            opacity={0.75}
          >
            {props.reference.label}
          </text>
        </g>
      )}
      {/* Drawn last-first, so the first series (often the exact one, near the floor) stays on top. */}
      {series
        .map((s, i) => ({ s, i }))
        .reverse()
        .map(({ s, i }) => (
          <g key={s.key} data-series={s.key}>
            <path
              d={path(s.points as { x: number; y: number }[]) ?? ''}
              fill="none"
              stroke={COLOURS[i % COLOURS.length]}
              strokeWidth={2}
            />
            {s.points.map((p) => (
              <path
                key={p.x}
                d={symbol(SHAPES[i % SHAPES.length], 46)() ?? ''}
                transform={`translate(${x(p.x)},${y(Math.max(floor, p.y))})`}
                fill={COLOURS[i % COLOURS.length]}
                data-x={p.x}
                data-y={p.y}
              >
                <title>{`${s.label}: ${p.x} → ${p.y.toExponential(2)}`}</title>
              </path>
            ))}
          </g>
        ))}
      <g transform={`translate(${W - M.right + 14},${M.top + 6})`}>
        {series.map((s, i) => (
          <g key={s.key} transform={`translate(0,${i * 22})`}>
            <path
              d={symbol(SHAPES[i % SHAPES.length], 46)() ?? ''}
              transform="translate(6,0)"
              fill={COLOURS[i % COLOURS.length]}
            />
            <text x={18} y={4} fill="currentColor" fontSize={12}>
              {s.label}
            </text>
          </g>
        ))}
      </g>
    </svg>
  );
}

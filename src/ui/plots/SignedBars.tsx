// Grouped bars for signed coefficients (one group per index, one bar per series), with a zero line,
// an axis range, and optional dots marking a second measurement of the last series.
import './plots.css';
import { formatTick } from '../../experiments/format';

export interface BarSeries {
  label: string;
  values: readonly number[];
  className: string;
}

export interface SignedBarsProps {
  series: readonly BarSeries[];
  /** Per-index labels under the groups (e.g. m = -2..2). */
  labels: readonly string[];
  /** Optional values drawn as dots on top of the last series (e.g. measured by quadrature). */
  dots?: { label: string; values: readonly number[] };
  maxAbs: number;
  title: string;
  height?: number;
}

const GROUP = 34;
const PAD = 34;
const LEGEND_ITEM = 130;

export function SignedBars({ series, labels, dots, maxAbs, title, height = 160 }: SignedBarsProps) {
  const legend = [
    ...series.map((s) => ({ label: s.label, className: s.className })),
    ...(dots ? [{ label: dots.label, className: 'bars-dot' }] : []),
  ];
  const width = Math.max(PAD + labels.length * GROUP + 8, PAD + legend.length * LEGEND_ITEM);
  const top = 18;
  const bottom = height - 20;
  const y = (v: number) => top + ((maxAbs - v) / (2 * maxAbs)) * (bottom - top);
  const barW = (GROUP - 8) / series.length;
  return (
    <svg
      className="signed-bars"
      width={width}
      height={height + 18}
      viewBox={`0 0 ${width} ${height + 18}`}
      role="img"
      aria-label={title}
    >
      <text x={PAD} y={12} className="heatmap-title">
        {title}
      </text>
      <text x={PAD - 4} y={y(maxAbs) + 4} textAnchor="end" className="legend-tick">
        {formatTick(maxAbs)}
      </text>
      <text x={PAD - 4} y={y(0) + 4} textAnchor="end" className="legend-tick">
        0
      </text>
      <text x={PAD - 4} y={y(-maxAbs) + 4} textAnchor="end" className="legend-tick">
        {formatTick(-maxAbs)}
      </text>
      <line x1={PAD} x2={width - 4} y1={y(0)} y2={y(0)} className="bars-zero" />
      {labels.map((lab, k) => (
        <g key={k} transform={`translate(${PAD + k * GROUP + 4},0)`}>
          {series.map((s, i) => {
            const v = s.values[k];
            return (
              <rect
                key={s.label}
                x={i * barW}
                y={Math.min(y(v), y(0))}
                width={barW - 1}
                height={Math.abs(y(v) - y(0))}
                className={s.className}
              >
                <title>{`${s.label}, ${lab}: ${formatTick(v)}`}</title>
              </rect>
            );
          })}
          {dots && (
            <circle cx={(series.length - 0.5) * barW} cy={y(dots.values[k])} r={3} className="bars-dot" />
          )}
          <text x={(GROUP - 8) / 2} y={bottom + 14} textAnchor="middle" className="heatmap-label">
            {lab}
          </text>
        </g>
      ))}
      <g transform={`translate(${PAD},${height + 12})`} className="legend-tick">
        {legend.map((s, i) => (
          <g key={s.label} transform={`translate(${i * LEGEND_ITEM},0)`}>
            {s.className === 'bars-dot' ? (
              <circle cx={5} cy={-4} r={3} className="bars-dot" />
            ) : (
              <rect x={0} y={-9} width={10} height={10} className={s.className} />
            )}
            <text x={14} y={0}>
              {s.label}
            </text>
          </g>
        ))}
      </g>
    </svg>
  );
}

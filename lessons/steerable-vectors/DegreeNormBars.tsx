// Per-degree norms ‖f^l‖ as bars on a non-negative axis: the input's, the output's, and the turned
// input's as dots (they sit on the input's bars: the descriptor is invariant). Degrees that spectral
// pooling drops are hatched out.
import '../../src/ui/plots/plots.css';
import { formatTick } from '../../src/experiments/format';

export interface DegreeNormBarsProps {
  input: readonly number[];
  output: readonly number[];
  turned: readonly number[];
  /** Degrees l ≥ pool are cut by pooling. */
  pool: number;
}

const GROUP = 52;
const PAD = 40;
const HEIGHT = 150;
const TOP = 22;
const BOTTOM = HEIGHT - 22;

export function DegreeNormBars({ input, output, turned, pool }: DegreeNormBarsProps) {
  const max = Math.max(1e-9, ...input, ...output, ...turned);
  const y = (v: number) => BOTTOM - (v / max) * (BOTTOM - TOP);
  const width = Math.max(PAD + input.length * GROUP + 8, 420);
  const bar = (GROUP - 12) / 2;
  return (
    <svg
      className="signed-bars"
      width={width}
      height={HEIGHT + 20}
      viewBox={`0 0 ${width} ${HEIGHT + 20}`}
      role="img"
      aria-label={`Per-degree norms of f, of f * h and of the turned f, degrees 0 to ${input.length - 1}`}
    >
      <text x={PAD} y={12} className="heatmap-title">
        Per-degree norms against the degree l (the invariant descriptor); l ≥ {pool} cut by pooling
      </text>
      <text x={PAD - 4} y={y(max) + 4} textAnchor="end" className="legend-tick">
        {formatTick(max)}
      </text>
      <text x={PAD - 4} y={BOTTOM + 4} textAnchor="end" className="legend-tick">
        0
      </text>
      <line x1={PAD} x2={width - 4} y1={BOTTOM} y2={BOTTOM} className="bars-zero" />
      {input.map((v, l) => (
        <g key={l} transform={`translate(${PAD + l * GROUP + 6},0)`} opacity={l >= pool ? 0.45 : 1}>
          <rect x={0} y={y(v)} width={bar - 1} height={BOTTOM - y(v)} className="bar-before">
            <title>{`‖f^${l}‖ = ${formatTick(v)}`}</title>
          </rect>
          <circle cx={bar / 2} cy={y(turned[l])} r={3.5} className="bars-dot" />
          <rect x={bar} y={y(output[l])} width={bar - 1} height={BOTTOM - y(output[l])} className="bar-after">
            <title>{`‖(f * h)^${l}‖ = ${formatTick(output[l])}`}</title>
          </rect>
          <text x={bar} y={BOTTOM + 14} textAnchor="middle" className="heatmap-label">
            {l >= pool ? `${l} (cut)` : l}
          </text>
        </g>
      ))}
      <g transform={`translate(${PAD},${HEIGHT + 14})`} className="legend-tick">
        <rect x={0} y={-9} width={10} height={10} className="bar-before" />
        <text x={14} y={0}>
          ‖fˡ‖
        </text>
        <circle cx={75} cy={-4} r={3.5} className="bars-dot" />
        <text x={84} y={0}>
          ‖(f∘R⁻¹)ˡ‖ by quadrature
        </text>
        <rect x={250} y={-9} width={10} height={10} className="bar-after" />
        <text x={264} y={0}>
          ‖(f * h)ˡ‖
        </text>
      </g>
    </svg>
  );
}

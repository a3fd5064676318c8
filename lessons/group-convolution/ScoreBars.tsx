// The 8 outputs of a network as pairs of bars: for f (solid) and for g·f (hatched), on a shared
// scale from 0, with the score number under each pair. Identical pairs mean an invariant output.
import { useId } from 'react';

export interface ScoreBarsProps {
  before: ArrayLike<number> | null;
  after: ArrayLike<number> | null;
  label: string;
}

const W = 260;
const H = 110;
const BASE = 92;

export function ScoreBars({ before, after, label }: ScoreBarsProps) {
  const hatch = `${useId()}-hatch`;
  const n = before?.length ?? 8;
  let top = 1e-12;
  for (let i = 0; i < n; i++) top = Math.max(top, before?.[i] ?? 0, after?.[i] ?? 0);
  const slot = W / n;
  const bar = slot * 0.36;
  const height = (v: number | undefined) => ((v ?? 0) / top) * (BASE - 8);
  return (
    <svg className="score-bars" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
      <defs>
        <pattern id={hatch} width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="5" height="5" className="score-after-fill" />
          <line x1="0" y1="0" x2="0" y2="5" className="score-hatch" />
        </pattern>
      </defs>
      <line x1={0} y1={BASE} x2={W} y2={BASE} className="score-axis" />
      {Array.from({ length: n }, (_, i) => {
        const x = i * slot + slot / 2;
        const hb = height(before?.[i]);
        const ha = height(after?.[i]);
        return (
          <g key={i}>
            <rect x={x - bar} y={BASE - hb} width={bar} height={hb} className="score-before" />
            <rect
              x={x}
              y={BASE - ha}
              width={bar}
              height={ha}
              fill={`url(#${hatch})`}
              className="score-after"
            />
            <text x={x} y={H - 4} className="score-label">
              {i + 1}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

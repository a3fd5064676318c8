// Legend of the diverging scale: a gradient bar from -max to +max with the range written out.
import './plots.css';
import { useId } from 'react';
import { legendStops } from '../../engine/render/colormaps';
import { formatTick } from '../../experiments/format';

export function DivergingLegend({
  maxAbs,
  label,
  width = 180,
}: {
  maxAbs: number;
  label: string;
  width?: number;
}) {
  const id = useId();
  return (
    <svg
      className="diverging-legend"
      width={width}
      height={40}
      viewBox={`0 0 ${width} 40`}
      role="img"
      aria-label={`Colour legend for ${label}: blue is ${formatTick(-maxAbs)}, white is 0, red is ${formatTick(maxAbs)}`}
      data-max-abs={maxAbs}
    >
      <defs>
        <linearGradient id={`${id}-g`}>
          {legendStops('diverging').map((s) => (
            <stop key={s.offset} offset={`${s.offset * 100}%`} stopColor={s.color} />
          ))}
        </linearGradient>
      </defs>
      <text x={width / 2} y={10} textAnchor="middle" className="legend-label">
        {label}
      </text>
      <rect
        x={4}
        y={14}
        width={width - 8}
        height={10}
        fill={`url(#${id}-g)`}
        stroke="currentColor"
        strokeOpacity={0.3}
      />
      <text x={4} y={36} className="legend-tick">
        {formatTick(-maxAbs)}
      </text>
      <text x={width / 2} y={36} textAnchor="middle" className="legend-tick">
        0
      </text>
      <text x={width - 4} y={36} textAnchor="end" className="legend-tick">
        {formatTick(maxAbs)}
      </text>
    </svg>
  );
}

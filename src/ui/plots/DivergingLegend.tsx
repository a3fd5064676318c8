// Legend of the diverging scale: a gradient bar from -max to +max with the range written out.
import './plots.css';
import { useId } from 'react';
import { divergingColor, formatValue } from './diverging';

const STOPS = [-1, -0.75, -0.5, -0.25, 0, 0.25, 0.5, 0.75, 1];

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
      aria-label={`Colour legend for ${label}: blue is ${formatValue(-maxAbs)}, white is 0, red is ${formatValue(maxAbs)}`}
      data-max-abs={maxAbs}
    >
      <defs>
        <linearGradient id={`${id}-g`}>
          {STOPS.map((s) => (
            <stop key={s} offset={`${((s + 1) / 2) * 100}%`} stopColor={divergingColor(s, 1)} />
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
        {formatValue(-maxAbs)}
      </text>
      <text x={width / 2} y={36} textAnchor="middle" className="legend-tick">
        0
      </text>
      <text x={width - 4} y={36} textAnchor="end" className="legend-tick">
        {formatValue(maxAbs)}
      </text>
    </svg>
  );
}

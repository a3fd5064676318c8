// A matrix as a heatmap on the diverging scale (shared range, so a difference of near zero looks
// white), with the entries printed when the cells are large enough and optional block outlines.
import type { ReactNode } from 'react';
import type { Matrix } from '../../math/linalg';
import { divergingColor, divergingInk } from './diverging';
import { formatEntry } from '../../experiments/format';

export interface Block {
  start: number;
  size: number;
  label: string;
}

export function Heatmap({
  matrix,
  caption,
  name,
  range = 1,
  maxSide = 208,
  blocks = [],
}: {
  matrix: Matrix;
  caption: ReactNode;
  /** data-matrix attribute, for tests. */
  name: string;
  range?: number;
  maxSide?: number;
  blocks?: readonly Block[];
}) {
  const n = matrix.length;
  const cell = Math.min(40, Math.floor(maxSide / n));
  const side = cell * n;
  const showNumbers = cell >= 20;
  return (
    <figure className="heatmap" data-matrix={name}>
      <svg
        width={side}
        height={side}
        viewBox={`0 0 ${side} ${side}`}
        role="img"
        aria-label={`${name}: ${n} by ${n} matrix`}
      >
        {matrix.map((row, i) =>
          row.map((v, j) => (
            <g key={`${i},${j}`} data-i={i} data-j={j} data-value={v}>
              <rect x={j * cell} y={i * cell} width={cell} height={cell} fill={divergingColor(v, range)} />
              {showNumbers && (
                <text
                  x={(j + 0.5) * cell}
                  y={(i + 0.5) * cell}
                  fill={divergingInk(v, range)}
                  className="heatmap-number"
                  fontSize={Math.min(11, Math.abs(v - Math.round(v)) < 1e-12 ? cell / 2 : cell / 3.4)}
                >
                  {formatEntry(v)}
                </text>
              )}
            </g>
          )),
        )}
        {blocks.map((b) => (
          <rect
            key={b.start}
            className="heatmap-block"
            x={b.start * cell}
            y={b.start * cell}
            width={b.size * cell}
            height={b.size * cell}
            data-block={b.label}
          >
            <title>{b.label}</title>
          </rect>
        ))}
      </svg>
      <figcaption>{caption}</figcaption>
    </figure>
  );
}

// A function on the group as bars, one per element (coloured and labelled as everywhere else).
// Editable bars are dragged with the pointer or stepped with the arrow keys; read-only charts can
// overlay a second set of values as dots.
import type { KeyboardEvent, PointerEvent } from 'react';
import type { PlanarGroup } from '../../src/math';
import { elementColor } from '../../src/ui/group/elementColors';
import { compactLabel } from '../../src/ui/group/ElementLabel';
import { formatEntry } from '../../src/experiments/format';

const BAR = 34;
const HEIGHT = 150;
const PAD = 22;
const STEP = 0.05;
/** Left gutter for the scale's tick labels. */
const GUTTER = 30;

export function BarChart({
  group,
  values,
  name,
  range,
  overlay,
  onChange,
}: {
  group: PlanarGroup;
  values: readonly number[];
  /** The function's name, e.g. 'f'; also the data-function attribute. */
  name: string;
  range: number;
  overlay?: readonly number[];
  onChange?: (values: number[]) => void;
}) {
  const width = GUTTER + BAR * group.order;
  const mid = PAD / 2 + HEIGHT / 2;
  const y = (v: number) => mid - (v / range) * (HEIGHT / 2);
  const set = (a: number, v: number) => {
    const clipped = Math.max(-range, Math.min(range, Math.round(v / STEP) * STEP + 0));
    onChange?.(values.map((x, i) => (i === a ? clipped : x)));
  };
  const fromPointer = (a: number, e: PointerEvent<SVGElement>) => {
    const svg = e.currentTarget.ownerSVGElement ?? (e.currentTarget as SVGSVGElement);
    const r = svg.getBoundingClientRect();
    const sy = ((e.clientY - r.top) / r.height) * (HEIGHT + PAD * 1.5);
    set(a, ((mid - sy) / (HEIGHT / 2)) * range);
  };
  const down = (a: number, e: PointerEvent<SVGElement>) => {
    e.currentTarget.setPointerCapture(e.pointerId);
    fromPointer(a, e);
  };
  const move = (a: number, e: PointerEvent<SVGElement>) => {
    if (e.buttons) fromPointer(a, e);
  };
  const key = (a: number, e: KeyboardEvent) => {
    const d = e.key === 'ArrowUp' ? 2 * STEP : e.key === 'ArrowDown' ? -2 * STEP : 0;
    if (!d) return;
    e.preventDefault();
    set(a, values[a] + d);
  };
  return (
    <svg
      className="bar-chart"
      width={width}
      height={HEIGHT + PAD * 1.5}
      data-function={name}
      role="group"
      aria-label={`${name} on ${group.name}`}
    >
      {[range, 0, -range].map((v) => (
        <text key={v} x={GUTTER - 4} y={y(v)} className="bar-tick">
          {formatEntry(v)}
        </text>
      ))}
      <line x1={GUTTER} x2={width} y1={mid} y2={mid} className="bar-axis" />
      <g transform={`translate(${GUTTER}, 0)`}>
        {values.map((v, a) => (
          <g
            key={a}
            className={onChange ? 'bar editable' : 'bar'}
            data-element={a}
            data-value={v}
            tabIndex={onChange ? 0 : undefined}
            role={onChange ? 'slider' : undefined}
            aria-label={`${name}(${group.label(a)})`}
            aria-valuenow={onChange ? v : undefined}
            aria-valuemin={onChange ? -range : undefined}
            aria-valuemax={onChange ? range : undefined}
            onKeyDown={onChange ? (e) => key(a, e) : undefined}
            onPointerDown={onChange ? (e) => down(a, e) : undefined}
            onPointerMove={onChange ? (e) => move(a, e) : undefined}
          >
            <rect x={a * BAR} y={PAD / 2} width={BAR} height={HEIGHT} className="bar-hit" />
            <rect
              x={a * BAR + 4}
              y={Math.min(y(v), mid)}
              width={BAR - 8}
              height={Math.abs(y(v) - mid)}
              fill={elementColor(group, a)}
              className="bar-fill"
            />
            {overlay && (
              <circle
                cx={(a + 0.5) * BAR}
                cy={y(overlay[a])}
                r={4}
                className="bar-overlay"
                data-overlay={overlay[a]}
              />
            )}
            <text x={(a + 0.5) * BAR} y={HEIGHT + PAD * 1.2} className="bar-label">
              {compactLabel(group.label(a))}
            </text>
          </g>
        ))}
      </g>
    </svg>
  );
}

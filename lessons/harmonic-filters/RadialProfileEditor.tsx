// The radial profile R(r) of the filter as a small plot: the curve the filter uses, and, for a
// profile drawn by hand, one handle per sample r = 0, 1, 2, ... that can be dragged up and down
// (pointer) or stepped with the arrow keys (keyboard).
import { line, scaleLinear } from 'd3';
import { useRef, type PointerEvent } from 'react';
import { radialValue, type RadialProfile } from '../../src/layers';

export interface RadialProfileEditorProps {
  profile: RadialProfile;
  /** Largest radius drawn: K / 2. */
  maxRadius: number;
  /** Hand-drawn samples and their setter; absent for a ring profile (view only). */
  samples?: readonly number[];
  onSample?: (r: number, value: number) => void;
}

const [W, H] = [260, 150];
const M = { top: 10, right: 10, bottom: 30, left: 36 };

export function RadialProfileEditor({ profile, maxRadius, samples, onSample }: RadialProfileEditorProps) {
  const svg = useRef<SVGSVGElement>(null);
  const dragging = useRef<number | null>(null);
  const x = scaleLinear()
    .domain([0, maxRadius])
    .range([M.left, W - M.right]);
  const y = scaleLinear()
    .domain([-1, 1])
    .range([H - M.bottom, M.top]);
  const curve = Array.from({ length: 101 }, (_, k) => (k / 100) * maxRadius).map(
    (r) => [r, radialValue(profile, r)] as const,
  );
  const path = line<readonly [number, number]>()
    .x((d) => x(d[0]))
    .y((d) => y(d[1]))(curve);

  const valueAt = (e: PointerEvent<SVGSVGElement>): number => {
    const box = svg.current!.getBoundingClientRect();
    return y.invert(((e.clientY - box.top) / box.height) * H);
  };
  const move = (e: PointerEvent<SVGSVGElement>) => {
    if (dragging.current !== null && onSample) onSample(dragging.current, Number(valueAt(e).toFixed(3)));
  };

  return (
    <figure className="radial-editor">
      <svg
        ref={svg}
        width={W}
        height={H}
        viewBox={`0 0 ${W} ${H}`}
        role="group"
        aria-label="Radial profile R(r) of the filter"
        onPointerMove={move}
        onPointerUp={() => (dragging.current = null)}
        onPointerLeave={() => (dragging.current = null)}
      >
        <line x1={M.left} x2={W - M.right} y1={y(0)} y2={y(0)} className="radial-zero" />
        <line x1={M.left} x2={M.left} y1={M.top} y2={H - M.bottom} className="radial-axis" />
        {[-1, 0, 1].map((v) => (
          <text key={v} x={M.left - 6} y={y(v) + 4} textAnchor="end">
            {v}
          </text>
        ))}
        {Array.from({ length: Math.floor(maxRadius) + 1 }, (_, r) => (
          <text key={r} x={x(r)} y={H - M.bottom + 14} textAnchor="middle">
            {r}
          </text>
        ))}
        <text x={(M.left + W) / 2} y={H - 4} textAnchor="middle">
          r (pixels from the centre)
        </text>
        <path d={path ?? ''} className="radial-curve" />
        {samples?.map((v, r) => (
          <g
            key={r}
            className="radial-handle"
            tabIndex={0}
            role="slider"
            aria-label={`R at r = ${r}`}
            aria-valuemin={-1}
            aria-valuemax={1}
            aria-valuenow={v}
            onPointerDown={(e) => {
              dragging.current = r;
              e.currentTarget.ownerSVGElement?.setPointerCapture(e.pointerId);
            }}
            onKeyDown={(e) => {
              const step = e.key === 'ArrowUp' ? 0.05 : e.key === 'ArrowDown' ? -0.05 : 0;
              if (step === 0 || !onSample) return;
              e.preventDefault();
              onSample(r, Number((v + step).toFixed(3)));
            }}
          >
            {/* A 44 px touch target around the visible 14 px handle. */}
            <circle cx={x(r)} cy={y(v)} r={22} className="radial-handle-target" />
            <circle cx={x(r)} cy={y(v)} r={7} className="radial-handle-dot" />
          </g>
        ))}
      </svg>
      <figcaption>
        {samples ? 'R(r): drag the handles (or focus one and use ↑ ↓)' : 'R(r): a Gaussian ring'}
      </figcaption>
    </figure>
  );
}

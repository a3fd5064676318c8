// An orthographic SVG view of a point cloud: atoms as discs (nearer ones larger, drawn last), each
// node's scalar output as a coloured ring and a number, its vector output as an arrow. Drag an atom
// to move it in the screen plane; drag elsewhere (or use the arrow keys) to rotate the whole cloud.
import { useId, useLayoutEffect, useRef, type PointerEvent, type Ref } from 'react';
import type { Matrix } from '../../src/math/linalg';
import { divergingColor } from '../../src/ui/plots/diverging';
import type { Atom } from '../../src/experiments/steerable/cloudPresets';
import { applyDrag, keyRotation, project, type ScreenFrame } from './trackball';
import { matmul } from '../../src/math/linalg';

export const CLOUD_FRAME: ScreenFrame = { right: [1, 0, 0], up: [0, 1, 0], viewer: [0, 0, 1] };
const SIZE = 320;
const SCALE = 100; // pixels per ångström
const KEY_STEP = Math.PI / 18;
// Presentation attributes for an exported SVG, which carries no stylesheet; on the page the theme's CSS wins.
const EXPORT = { arrow: '#4a4ad0', atoms: { H: '#f4f4f6', C: '#c9ccd6', O: '#e6dcc6' } };

export interface CloudViewProps {
  atoms: readonly Atom[];
  scalars: readonly number[];
  scalarRange: number;
  /** Arrows in world units (already scaled), or null for a layer without vector outputs. */
  arrows: readonly (readonly number[])[] | null;
  rotation: Matrix;
  onRotate(r: Matrix): void;
  /** Move atom i to a new (displayed) position. */
  onMoveAtom(i: number, position: [number, number, number]): void;
  label: string;
  svgRef?: Ref<SVGSVGElement>;
}

type DragState = { kind: 'rotate' } | { kind: 'atom'; index: number };

export function CloudView({ svgRef, ...props }: CloudViewProps) {
  const { atoms, scalars, scalarRange, arrows } = props;
  const markerId = useId();
  const drag = useRef<{ state: DragState; x: number; y: number } | null>(null);
  // Pointer events can outpace re-renders: compose and move from the latest values, not the rendered ones.
  const latest = useRef({ rotation: props.rotation, atoms });
  useLayoutEffect(() => {
    latest.current = { rotation: props.rotation, atoms };
  }, [props.rotation, atoms]);
  const c = SIZE / 2;
  const shown = atoms
    .map((a, i) => ({ a, i, ...project(CLOUD_FRAME, a.position) }))
    .sort((p, q) => p.depth - q.depth);

  const onPointerDown = (e: PointerEvent<SVGSVGElement>) => {
    // No text selection or native drag: either would cancel the pointer stream mid-drag.
    e.preventDefault();
    e.currentTarget.focus({ preventScroll: true, focusVisible: false }); // keys work next, without a focus ring for a mouse
    e.currentTarget.setPointerCapture(e.pointerId);
    const atom = (e.target as Element).closest('[data-atom]')?.getAttribute('data-atom');
    drag.current = {
      state: atom != null ? { kind: 'atom', index: Number(atom) } : { kind: 'rotate' },
      x: e.clientX,
      y: e.clientY,
    };
  };
  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    const d = drag.current;
    if (!d) return;
    const [dx, dy] = [e.clientX - d.x, e.clientY - d.y];
    [d.x, d.y] = [e.clientX, e.clientY];
    if (d.state.kind === 'rotate') {
      latest.current.rotation = applyDrag(latest.current.rotation, CLOUD_FRAME, dx, dy, SIZE / 2);
      props.onRotate(latest.current.rotation);
    } else {
      const i = d.state.index;
      const p = latest.current.atoms[i].position;
      const clamp = (x: number) => Math.max(-1.5, Math.min(1.5, x));
      const moved: [number, number, number] = [clamp(p[0] + dx / SCALE), clamp(p[1] - dy / SCALE), p[2]];
      latest.current.atoms = latest.current.atoms.map((a, k) => (k === i ? { ...a, position: moved } : a));
      props.onMoveAtom(i, moved);
    }
  };
  const end = () => (drag.current = null);

  return (
    <svg
      ref={svgRef}
      className="cloud-view"
      width={SIZE}
      height={SIZE}
      viewBox={`0 0 ${SIZE} ${SIZE}`}
      tabIndex={0}
      role="img"
      aria-label={props.label}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={end}
      onPointerCancel={end}
      onKeyDown={(e) => {
        const r = keyRotation(CLOUD_FRAME, e.key, KEY_STEP);
        if (!r) return;
        e.preventDefault();
        props.onRotate(matmul(r, props.rotation));
      }}
    >
      <defs>
        <marker
          id={markerId}
          viewBox="0 0 10 10"
          refX="8"
          refY="5"
          markerWidth="5"
          markerHeight="5"
          orient="auto-start-reverse"
        >
          <path d="M0,0 L10,5 L0,10 z" className="arrow-head" fill={EXPORT.arrow} />
        </marker>
      </defs>
      <rect x={0} y={0} width={SIZE} height={SIZE} className="cloud-background" fill="#fff" />
      {shown.map(({ a, i, x, y, depth }) => {
        const px = c + SCALE * x;
        const py = c + SCALE * y;
        const radius = 11 + 2.5 * depth;
        const arrow = arrows?.[i];
        const tip = arrow ? project(CLOUD_FRAME, arrow) : null;
        return (
          <g key={i} data-atom={i} className={`atom atom-${a.element}`}>
            <circle
              cx={px}
              cy={py}
              r={radius + 4}
              fill={divergingColor(scalars[i], scalarRange)}
              className="atom-ring"
            />
            <circle
              cx={px}
              cy={py}
              r={radius}
              className="atom-core"
              fill={EXPORT.atoms[a.element]}
              stroke="#333"
            />
            <text x={px} y={py + 4} textAnchor="middle" className="atom-letter">
              {a.element}
            </text>
            <text x={px + radius + 6} y={py - radius + 2} className="atom-value">
              {scalars[i].toFixed(2)}
            </text>
            {tip && (
              <Arrow
                px={px}
                py={py}
                dx={SCALE * tip.x}
                dy={SCALE * tip.y}
                start={radius + 4}
                marker={markerId}
              />
            )}
          </g>
        );
      })}
    </svg>
  );
}

/** An arrow from the edge of an atom's disc (distance `start` from its centre) to centre + (dx, dy). */
function Arrow({
  px,
  py,
  dx,
  dy,
  start,
  marker,
}: {
  px: number;
  py: number;
  dx: number;
  dy: number;
  start: number;
  marker: string;
}) {
  const len = Math.hypot(dx, dy);
  if (len <= start) return null; // pointing (almost) at the viewer: nothing to draw beyond the disc
  const [ux, uy] = [dx / len, dy / len];
  return (
    <line
      x1={px + start * ux}
      y1={py + start * uy}
      x2={px + dx}
      y2={py + dy}
      className="cloud-arrow"
      stroke={EXPORT.arrow}
      strokeWidth={3}
      markerEnd={`url(#${marker})`}
    />
  );
}

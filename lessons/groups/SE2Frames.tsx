// Drawing on the SE(2) planes of the composer and the homogeneous-space widget: the grid, a static
// frame (axes and a label) and a draggable one with position and heading handles, keyboard reachable.
import type { KeyboardEvent, PointerEvent, RefObject } from 'react';
import { wrapToPi, type SE2Element } from '../../src/math';
import { clampToView, frameAxes, pointerToWorld, round, toScreen, VIEW } from '../../src/ui/group/se2View';

const DEG = Math.PI / 180;

export function Frame({
  g,
  name,
  label,
  className,
  labelAngle = Math.PI,
}: {
  g: SE2Element;
  name: string;
  label: string;
  className: string;
  /** Where the label sits, as an angle from the heading axis (default: behind the origin). */
  labelAngle?: number;
}) {
  const { o, ex, ey } = frameAxes(g);
  // Behind the origin (or below it) the frame draws nothing, so the label stays readable.
  const t = g.theta + labelAngle;
  const [lx, ly] = toScreen(g.x + 0.45 * Math.cos(t), g.y + 0.45 * Math.sin(t));
  return (
    <g className={`se2-frame ${className}`} data-frame={name} data-x={g.x} data-y={g.y} data-theta={g.theta}>
      <line x1={o[0]} y1={o[1]} x2={ex[0]} y2={ex[1]} className="se2-axis-x" />
      <line x1={o[0]} y1={o[1]} x2={ey[0]} y2={ey[1]} className="se2-axis-y" />
      <circle cx={o[0]} cy={o[1]} r={3.5} className="se2-origin" />
      <text x={lx} y={ly} className="se2-label">
        {label}
      </text>
    </g>
  );
}

/** Pointer handlers that report the world point under a drag (pointer captured, no text selection). */
export function dragHandlers(svgRef: RefObject<SVGSVGElement | null>, onWorld: (p: [number, number]) => void) {
  return {
    onPointerDown: (e: PointerEvent<SVGCircleElement>) => {
      e.currentTarget.setPointerCapture(e.pointerId);
      e.preventDefault();
    },
    onPointerMove: (e: PointerEvent<SVGCircleElement>) => {
      if (e.buttons && svgRef.current) onWorld(pointerToWorld(svgRef.current, e.clientX, e.clientY));
    },
  };
}

/** Arrow keys as unit steps in world coordinates (y up). */
export const STEPS: Record<string, [number, number]> = {
  ArrowRight: [1, 0],
  ArrowLeft: [-1, 0],
  ArrowUp: [0, 1],
  ArrowDown: [0, -1],
};

export function DraggableFrame({
  g,
  name,
  label,
  className,
  svgRef,
  onChange,
}: {
  g: SE2Element;
  name: string;
  label: string;
  className: string;
  svgRef: RefObject<SVGSVGElement | null>;
  onChange: (g: SE2Element) => void;
}) {
  const { o, ex } = frameAxes(g);
  const move = (x: number, y: number) => {
    const [cx, cy] = clampToView(round(x, 0.05), round(y, 0.05));
    onChange({ ...g, x: cx, y: cy });
  };
  const turn = (theta: number) => onChange({ ...g, theta: wrapToPi(round(theta / DEG, 1) * DEG) });
  const keyMove = (e: KeyboardEvent) => {
    const d = STEPS[e.key];
    if (!d) return;
    e.preventDefault();
    move(g.x + d[0] * 0.1, g.y + d[1] * 0.1);
  };
  const keyTurn = (e: KeyboardEvent) => {
    const d = STEPS[e.key];
    if (!d) return;
    e.preventDefault();
    turn(g.theta + (d[0] + d[1]) * 5 * DEG);
  };
  return (
    <g>
      <Frame g={g} name={name} label={label} className={className} />
      <circle
        cx={o[0]}
        cy={o[1]}
        r={11}
        className={`se2-handle ${className}`}
        data-handle={`${name}-position`}
        tabIndex={0}
        role="button"
        aria-label={`${label} position: drag, or use the arrow keys`}
        onKeyDown={keyMove}
        {...dragHandlers(svgRef, ([x, y]) => move(x, y))}
      />
      <circle
        cx={ex[0]}
        cy={ex[1]}
        r={9}
        className={`se2-handle se2-heading ${className}`}
        data-handle={`${name}-heading`}
        tabIndex={0}
        role="button"
        aria-label={`${label} heading: drag around the origin, or use the arrow keys`}
        onKeyDown={keyTurn}
        {...dragHandlers(svgRef, ([x, y]) => turn(Math.atan2(y - g.y, x - g.x)))}
      />
    </g>
  );
}

/** The unit grid of the plane, axes darker. */
export function Grid() {
  const lines = [];
  for (let x = -5; x <= 5; x++) {
    const [sx] = toScreen(x, 0);
    lines.push(
      <line
        key={`x${x}`}
        x1={sx}
        y1={0}
        x2={sx}
        y2={VIEW.height}
        className={x === 0 ? 'se2-grid axis' : 'se2-grid'}
      />,
    );
  }
  for (let y = -3; y <= 3; y++) {
    const [, sy] = toScreen(0, y);
    lines.push(
      <line
        key={`y${y}`}
        x1={0}
        y1={sy}
        x2={VIEW.width}
        y2={sy}
        className={y === 0 ? 'se2-grid axis' : 'se2-grid'}
      />,
    );
  }
  return <g aria-hidden="true">{lines}</g>;
}

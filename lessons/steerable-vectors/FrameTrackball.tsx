// A draggable picture of a rotation: the rotated coordinate axes R e_x, R e_y, R e_z as arrows,
// seen from a fixed camera. Drag (mouse, touch, pen) or use the arrow keys to turn it.
import type { Matrix } from '../../src/math/linalg';
import { project, viewFrame } from './trackball';
import { useTrackball } from './useTrackball';

const SIZE = 170;
const RADIUS = 62;
export const TRACKBALL_FRAME = viewFrame(0.5, 0.35);
const AXES = [
  { name: 'x', className: 'axis-x' },
  { name: 'y', className: 'axis-y' },
  { name: 'z', className: 'axis-z' },
];

export function FrameTrackball({
  rotation,
  onRotate,
  label,
}: {
  rotation: Matrix;
  onRotate(r: Matrix): void;
  label: string;
}) {
  const handlers = useTrackball(TRACKBALL_FRAME, RADIUS, rotation, onRotate);
  const c = SIZE / 2;
  const tips = AXES.map((a, k) => ({
    ...a,
    ...project(TRACKBALL_FRAME, [rotation[0][k], rotation[1][k], rotation[2][k]]),
  }));
  tips.sort((p, q) => p.depth - q.depth);
  return (
    <svg
      className="trackball-view"
      width={SIZE}
      height={SIZE}
      viewBox={`0 0 ${SIZE} ${SIZE}`}
      tabIndex={0}
      role="img"
      aria-label={`${label}: the rotated axes R e_x, R e_y, R e_z. Drag or use the arrow keys to rotate.`}
      {...handlers}
    >
      <circle cx={c} cy={c} r={RADIUS} className="trackball-ball" />
      {tips.map((t) => (
        <g key={t.name} className={t.className} opacity={t.depth < 0 ? 0.45 : 1}>
          <line x1={c} y1={c} x2={c + RADIUS * t.x} y2={c + RADIUS * t.y} strokeWidth={3} />
          <circle cx={c + RADIUS * t.x} cy={c + RADIUS * t.y} r={4} />
          <text x={c + (RADIUS + 12) * t.x} y={c + (RADIUS + 12) * t.y + 4} textAnchor="middle">
            {`R${t.name}`}
          </text>
        </g>
      ))}
    </svg>
  );
}

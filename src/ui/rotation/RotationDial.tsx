// A draggable dial: one tick per rotation of the group, a handle at the current angle.
// Angles are counter-clockwise on screen, as in the math core.
import type { PointerEvent as ReactPointerEvent } from 'react';

const R = 52;
const C = 64;

export function RotationDial(props: { angle: number; n: number; onAngle(angle: number): void }) {
  const { angle, n } = props;
  const toAngle = (e: ReactPointerEvent<SVGSVGElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    const x = e.clientX - r.left - r.width / 2;
    const y = e.clientY - r.top - r.height / 2;
    return Math.atan2(-y, x);
  };
  const hx = C + R * Math.cos(angle);
  const hy = C - R * Math.sin(angle);
  return (
    <svg
      className="rotation-dial"
      viewBox="0 0 128 128"
      width={128}
      height={128}
      role="img"
      aria-label={`Rotation dial at ${((angle * 180) / Math.PI).toFixed(1)} degrees`}
      onPointerDown={(e) => {
        e.currentTarget.setPointerCapture(e.pointerId);
        props.onAngle(toAngle(e));
      }}
      onPointerMove={(e) => {
        if (e.buttons) props.onAngle(toAngle(e));
      }}
    >
      <circle cx={C} cy={C} r={R} className="dial-ring" />
      {Array.from({ length: n }, (_, k) => {
        const t = (2 * Math.PI * k) / n;
        return (
          <line
            key={k}
            className="dial-tick"
            x1={C + (R - 7) * Math.cos(t)}
            y1={C - (R - 7) * Math.sin(t)}
            x2={C + (R + 7) * Math.cos(t)}
            y2={C - (R + 7) * Math.sin(t)}
          />
        );
      })}
      <line x1={C} y1={C} x2={hx} y2={hy} className="dial-hand" />
      <circle cx={hx} cy={hy} r={9} className="dial-handle" />
    </svg>
  );
}

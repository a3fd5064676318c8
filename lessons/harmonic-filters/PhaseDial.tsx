// The responses at the rotation centre as arrows in the complex plane: Phi(x)(c) before the
// rotation, Phi(R x)(c) after it, and the prediction e^{i m theta} Phi(x)(c) (dashed). When the
// law holds, the solid "after" arrow lies on the dashed one.
import type { Complex } from '../../src/experiments/harmonic/phase';
import { modulus } from '../../src/experiments/harmonic/phase';

export interface PhaseDialProps {
  before: Complex | null;
  after: Complex | null;
  order: number;
  theta: number;
}

const R = 52;

function arrow(z: Complex, scale: number): { x: number; y: number } {
  return { x: z[0] * scale, y: -z[1] * scale };
}

export function PhaseDial({ before, after, order, theta }: PhaseDialProps) {
  const size = Math.max(before ? modulus(before) : 0, after ? modulus(after) : 0);
  const scale = size > 0 ? R / size : 0;
  const predicted: Complex | null = before
    ? [
        Math.cos(order * theta) * before[0] - Math.sin(order * theta) * before[1],
        Math.sin(order * theta) * before[0] + Math.cos(order * theta) * before[1],
      ]
    : null;
  const line = (z: Complex | null, cls: string) => {
    if (!z || scale === 0) return null;
    const p = arrow(z, scale);
    return (
      <g className={cls}>
        <line x1={0} y1={0} x2={p.x} y2={p.y} markerEnd="url(#phase-dial-head)" />
      </g>
    );
  };
  return (
    <figure className="phase-dial">
      <svg
        width={150}
        height={150}
        viewBox="-75 -75 150 150"
        role="img"
        aria-label="The centre responses as arrows in the complex plane"
      >
        <defs>
          <marker
            id="phase-dial-head"
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="6"
            markerHeight="6"
            orient="auto-start-reverse"
          >
            <path d="M0,0L10,5L0,10Z" fill="context-stroke" />
          </marker>
        </defs>
        <circle r={R} className="phase-dial-ring" />
        <line x1={-R - 6} x2={R + 6} y1={0} y2={0} className="phase-dial-axis" />
        <line y1={-R - 6} y2={R + 6} x1={0} x2={0} className="phase-dial-axis" />
        {line(before, 'phase-dial-before')}
        {line(after, 'phase-dial-after')}
        {line(predicted, 'phase-dial-predicted')}
      </svg>
      <figcaption>
        At the centre c: <span className="phase-dial-key-before">grey</span> z<sub>0</sub> = Φ(f)(c),{' '}
        <span className="phase-dial-key-after">solid</span> z<sub>θ</sub> = Φ(L<sub>θ</sub>f)(c),{' '}
        <span className="phase-dial-key-predicted">dashed</span> e<sup>imθ</sup>z<sub>0</sub>
      </figcaption>
    </figure>
  );
}

// The legend of complex maps: phase as hue around a wheel, magnitude as brightness from
// the dark centre (|z| = 0) to the rim (|z| >= range), with the angles written on it.
import { colorAt, COLORMAPS } from '../../src/engine/render';

const WEDGES = 48;
const RINGS = 4;

function rgb(t: number, brightness: number): string {
  const [r, g, b] = colorAt(COLORMAPS.phase, t).map((v) => Math.round(255 * v * brightness));
  return `rgb(${r},${g},${b})`;
}

/** Annular sector from radius r0 to r1 between angles a0 and a1 (counter-clockwise, y up). */
function sector(r0: number, r1: number, a0: number, a1: number): string {
  const p = (r: number, a: number) => `${(r * Math.cos(a)).toFixed(3)},${(-r * Math.sin(a)).toFixed(3)}`;
  return `M${p(r0, a0)}L${p(r1, a0)}A${r1},${r1} 0 0 0 ${p(r1, a1)}L${p(r0, a1)}A${r0},${r0} 0 0 1 ${p(r0, a0)}Z`;
}

export interface PhaseWheelProps {
  range: number;
  label?: string;
  /** How the brightness scale is set, when not one number (e.g. "each map's own max |z|"). */
  rangeText?: string;
}

export function PhaseWheel({ range, label = 'complex values', rangeText }: PhaseWheelProps) {
  const full = rangeText ?? range.toPrecision(2);
  const R = 34;
  const step = (2 * Math.PI) / WEDGES;
  return (
    <figure
      className="phase-wheel"
      aria-label={`${label}: hue is the phase arg z, brightness is |z| up to ${full}`}
    >
      <svg width={120} height={96} viewBox="-60 -46 120 92" role="img" aria-hidden="true">
        {Array.from({ length: RINGS }, (_, k) =>
          Array.from({ length: WEDGES }, (_, j) => (
            <path
              key={`${k}-${j}`}
              d={sector((k * R) / RINGS, ((k + 1) * R) / RINGS, j * step - 0.01, (j + 1) * step + 0.01)}
              fill={rgb((j + 0.5) / WEDGES, (k + 1) / RINGS)}
            />
          )),
        )}
        <text x={R + 4} y={4} className="phase-wheel-tick">
          0
        </text>
        <text x={0} y={-R - 3} textAnchor="middle" className="phase-wheel-tick">
          π/2
        </text>
        <text x={-R - 4} y={4} textAnchor="end" className="phase-wheel-tick">
          π
        </text>
        <text x={0} y={R + 10} textAnchor="middle" className="phase-wheel-tick">
          −π/2
        </text>
      </svg>
      <figcaption>
        {label}: hue = arg z, brightness = |z| (full at {full})
      </figcaption>
    </figure>
  );
}

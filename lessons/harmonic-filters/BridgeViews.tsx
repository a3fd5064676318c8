// The views of the lifting-to-harmonics bridge: the input with the chosen pixel (click or arrow keys
// to move it), and the coefficients at that pixel as arrows in the complex plane, one per N, with
// the harmonic response f * W_m drawn dashed underneath.
import { useEffect, useRef, type KeyboardEvent, type MouseEvent } from 'react';

export const N_COLOURS = ['#0072B2', '#E69F00', '#009E73', '#D55E00'];

export interface PixelPickerProps {
  pixels: Float32Array | null;
  size: number;
  pixel: readonly [number, number];
  onPixel(p: [number, number]): void;
}

const VIEW = 195;

export function PixelPicker({ pixels, size, pixel, onPixel }: PixelPickerProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const ctx = canvas.current?.getContext('2d');
    if (!ctx || !pixels || pixels.length !== size * size) return;
    let [lo, hi] = [Infinity, -Infinity];
    for (const v of pixels) [lo, hi] = [Math.min(lo, v), Math.max(hi, v)];
    const span = hi > lo ? hi - lo : 1;
    const img = ctx.createImageData(size, size);
    pixels.forEach((v, k) => {
      const g = Math.round((255 * (v - lo)) / span);
      img.data.set([g, g, g, 255], 4 * k);
    });
    ctx.putImageData(img, 0, 0);
  }, [pixels, size]);
  const clamp = (v: number) => Math.max(0, Math.min(size - 1, v));
  const onClick = (e: MouseEvent<HTMLDivElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    const col = Math.floor(((e.clientX - box.left) / box.width) * size);
    const row = Math.floor(((e.clientY - box.top) / box.height) * size);
    onPixel([clamp(row), clamp(col)]);
  };
  const step: Record<string, [number, number]> = {
    ArrowUp: [-1, 0],
    ArrowDown: [1, 0],
    ArrowLeft: [0, -1],
    ArrowRight: [0, 1],
  };
  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const d = step[e.key];
    if (!d) return;
    e.preventDefault();
    onPixel([clamp(pixel[0] + d[0]), clamp(pixel[1] + d[1])]);
  };
  return (
    <figure className="bridge-picker">
      <div
        className="bridge-picker-frame"
        role="button"
        tabIndex={0}
        aria-label={`input image; the pixel compared is row ${pixel[0]}, column ${pixel[1]}: click or use the arrow keys to move it`}
        onClick={onClick}
        onKeyDown={onKey}
        style={{ width: VIEW, height: VIEW }}
      >
        <canvas ref={canvas} width={size} height={size} className="bridge-picker-canvas" />
        <svg viewBox={`0 0 ${size} ${size}`} className="bridge-picker-mark" aria-hidden="true">
          <rect x={pixel[1]} y={pixel[0]} width={1} height={1} />
          <circle cx={pixel[1] + 0.5} cy={pixel[0] + 0.5} r={Math.max(size / 22, 2)} />
        </svg>
      </div>
      <figcaption>
        input f; pixel x = (row {pixel[0]}, col {pixel[1]})
      </figcaption>
    </figure>
  );
}

export interface PhasorsProps {
  reference: readonly [number, number] | null;
  coefficients: readonly { N: number; z: readonly [number, number] }[];
  m: number;
}

const R = 78;
const BOX = `${-R - 24} ${-R - 24} ${2 * R + 48} ${2 * R + 48}`;

function Axes() {
  return (
    <>
      <circle r={R} className="bridge-phasor-circle" />
      <line x1={-R - 8} x2={R + 8} y1={0} y2={0} className="bridge-phasor-axis" />
      <line y1={-R - 8} y2={R + 8} x1={0} x2={0} className="bridge-phasor-axis" />
      <text x={R + 2} y={14} className="bridge-phasor-label">
        Re
      </text>
      <text x={4} y={-R - 10} className="bridge-phasor-label">
        Im
      </text>
    </>
  );
}

function Legend() {
  return (
    <span className="bridge-legend">
      {['4', '8', '16', '32'].map((N, i) => (
        <span key={N}>
          <svg width={16} height={8} aria-hidden="true">
            <line x1={0} x2={16} y1={4} y2={4} stroke={N_COLOURS[i]} strokeWidth={3} />
          </svg>
          N = {N}
        </span>
      ))}
    </span>
  );
}

/** The coefficients as arrows (left) and their differences from f * W_m, magnified (right). */
export function BridgePhasors({ reference, coefficients, m }: PhasorsProps) {
  const size = Math.max(
    1e-30,
    ...coefficients.map((c) => Math.hypot(...c.z)),
    reference ? Math.hypot(...reference) : 0,
  );
  const at = (z: readonly [number, number], scale: number) => ({ x: (z[0] / scale) * R, y: (-z[1] / scale) * R });
  const ref = reference ? at(reference, size) : null;
  const offsets = reference
    ? coefficients.map(({ N, z }) => ({ N, d: [z[0] - reference[0], z[1] - reference[1]] as const }))
    : [];
  const spread = Math.max(1e-30, ...offsets.map((o) => Math.hypot(...o.d)));
  return (
    <div className="bridge-phasor-pair">
      <figure className="bridge-phasors">
        <svg
          viewBox={BOX}
          width={2 * R + 48}
          height={2 * R + 48}
          role="img"
          aria-label={`the coefficients at the pixel as arrows in the complex plane, one per N, and f ⋆ W_${m} dashed`}
        >
          <defs>
            {N_COLOURS.map((c, i) => (
              <marker
                key={c}
                id={`bridge-head-${i}`}
                viewBox="0 0 10 10"
                refX="9"
                refY="5"
                markerWidth="6"
                markerHeight="6"
                orient="auto-start-reverse"
              >
                <path d="M0,0 L10,5 L0,10 z" fill={c} />
              </marker>
            ))}
          </defs>
          <Axes />
          {coefficients.map(({ N, z }, i) => {
            const p = at(z, size);
            return (
              <line
                key={N}
                data-phasor={N}
                x1={0}
                y1={0}
                x2={p.x}
                y2={p.y}
                stroke={N_COLOURS[i]}
                strokeWidth={2}
                markerEnd={`url(#bridge-head-${i})`}
              />
            );
          })}
          {ref && <line x1={0} y1={0} x2={ref.x} y2={ref.y} className="bridge-phasor-reference" />}
        </svg>
        <figcaption>
          F̂<sub>{m}</sub>(x) as arrows; f ⋆ W<sub>{m}</sub>(x) dashed
        </figcaption>
      </figure>
      {reference && (
        <figure className="bridge-phasors">
          <svg
            viewBox={BOX}
            width={2 * R + 48}
            height={2 * R + 48}
            role="img"
            aria-label="the differences between the coefficients and the harmonic response, magnified, one point per N"
          >
            <Axes />
            {offsets.map(({ N, d }, i) => {
              const p = at(d, spread);
              return (
                <g key={N} data-offset={N}>
                  <circle cx={p.x} cy={p.y} r={4} fill={N_COLOURS[i]} />
                  <text x={p.x + 6} y={p.y - 6} fill={N_COLOURS[i]} className="bridge-phasor-label">
                    {N}
                  </text>
                </g>
              );
            })}
          </svg>
          <figcaption>
            F̂<sub>{m}</sub>(x) − f ⋆ W<sub>{m}</sub>(x), magnified: the circle has radius {spread.toPrecision(2)}
          </figcaption>
        </figure>
      )}
      <Legend />
    </div>
  );
}

// One view of the plane warm-up: the grayscale drawing (turned by θ) and arrow fields over it (SVG).
import { useId, useMemo, type Ref } from 'react';
import { rotate2, type Vec2 } from '../../src/experiments/steerable/planeField';

const SIZE = 260;
const ARROW = 0.2; // the longest arrow, in units of half the side

export interface ArrowLayer {
  positions: readonly Vec2[];
  vectors: readonly Vec2[];
  className: string;
  /** The arrows' colour in an exported SVG (which has no stylesheet). */
  colour: string;
  /** Draw each arrow at R_θ y instead of y. */
  moved?: boolean;
}

export interface FieldPanelProps {
  title: string;
  pixels: Float32Array;
  size: number;
  theta: number;
  arrows: readonly ArrowLayer[];
  /** The arrow length that is drawn ARROW long (shared by both panels). */
  longest: number;
  svgRef?: Ref<SVGSVGElement>;
}

/** The drawing as a PNG data URL (white ink on black), for an SVG <image>. */
function imageUrl(pixels: Float32Array, size: number): string {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size;
  const ctx = canvas.getContext('2d')!;
  const img = ctx.createImageData(size, size);
  pixels.forEach((v, i) => img.data.set([255 * v, 255 * v, 255 * v, 255], 4 * i));
  ctx.putImageData(img, 0, 0);
  return canvas.toDataURL('image/png');
}

export function FieldPanel({ title, pixels, size, theta, arrows, longest, svgRef }: FieldPanelProps) {
  const url = useMemo(() => imageUrl(pixels, size), [pixels, size]);
  const id = useId();
  const half = SIZE / 2;
  const toScreen = (p: Vec2): Vec2 => [half + half * p[0], half - half * p[1]];
  const k = ARROW / longest;
  return (
    <figure className="field-panel">
      <figcaption>{title}</figcaption>
      <svg
        ref={svgRef}
        width={SIZE}
        height={SIZE}
        viewBox={`0 0 ${SIZE} ${SIZE}`}
        role="img"
        aria-label={`${title}: the drawing with gradient arrows`}
        xmlns="http://www.w3.org/2000/svg"
      >
        <defs>
          {arrows.map((a) => (
            <marker
              key={a.className}
              id={`${id}-${a.className}`}
              viewBox="0 0 10 10"
              refX="7"
              refY="5"
              markerWidth="3.5"
              markerHeight="3.5"
              orient="auto"
            >
              <path d="M0,0 L10,5 L0,10 z" className={`${a.className}-head`} fill={a.colour} />
            </marker>
          ))}
        </defs>
        {/* SVG angles turn clockwise on screen; θ is counter-clockwise, hence −θ. */}
        <image
          href={url}
          width={SIZE}
          height={SIZE}
          preserveAspectRatio="none"
          style={{ imageRendering: 'pixelated' }}
          opacity={0.55}
          transform={`rotate(${(-theta * 180) / Math.PI} ${half} ${half})`}
        />
        {arrows.map((a) => (
          <g key={a.className} className={a.className} data-arrows={a.className} stroke={a.colour}>
            {a.positions.map((p, i) => {
              const v = a.vectors[i];
              if (Math.hypot(v[0], v[1]) * k < 0.012) return null; // too short to read
              const [x0, y0] = toScreen(a.moved ? rotate2(theta, p) : p);
              return (
                <line
                  key={i}
                  x1={x0}
                  y1={y0}
                  x2={x0 + half * k * v[0]}
                  y2={y0 - half * k * v[1]}
                  markerEnd={`url(#${id}-${a.className})`}
                />
              );
            })}
          </g>
        ))}
      </svg>
    </figure>
  );
}

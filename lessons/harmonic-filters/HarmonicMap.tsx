// One map view of the harmonic widgets: a canvas the engine's renderer draws into (keyed per
// backend by useRenderers().canvasKey, since a canvas keeps its first context), an optional mark on the rotation
// centre (the centre of equivariance the readout measures), a caption and a text description.
import type { ReactNode } from 'react';

export interface HarmonicMapProps {
  id: string;
  caption: ReactNode;
  description: string;
  size: number;
  attach: (canvas: HTMLCanvasElement | null) => void;
  canvasKey: string | number;
  /** Circle the centre pixel. */
  markCentre?: boolean;
  small?: boolean;
}

export function HarmonicMap({
  id,
  caption,
  description,
  size,
  attach,
  canvasKey,
  markCentre,
  small,
}: HarmonicMapProps) {
  // In the overlay's 0..size coordinates the centre pixel spans [(size-1)/2, (size+1)/2].
  const c = size / 2;
  return (
    <figure className={small ? 'harmonic-map harmonic-map-small' : 'harmonic-map'} data-map={id}>
      <div className="harmonic-map-frame">
        <canvas
          key={canvasKey}
          ref={attach}
          width={size}
          height={size}
          className="harmonic-map-canvas"
          role="img"
          aria-label={description}
        />
        {markCentre && (
          <svg className="harmonic-map-mark" viewBox={`0 0 ${size} ${size}`} aria-hidden="true">
            <circle cx={c} cy={c} r={Math.max(size / 24, 1.5)} />
          </svg>
        )}
      </div>
      <figcaption>{caption}</figcaption>
    </figure>
  );
}

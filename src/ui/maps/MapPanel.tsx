// One map view: a canvas the engine's renderer draws into, with a caption and a text
// description. The owning widget registers the canvas and draws after each computation.
import type { ReactNode } from 'react';

export interface MapPanelProps {
  title: ReactNode;
  /** Plain-text description for screen readers, e.g. "the input rotated by g". */
  description: string;
  size: number;
  /** Callback that receives the canvas (and null when it goes away). */
  attach: (canvas: HTMLCanvasElement | null) => void;
  /** Changes whenever a fresh canvas is needed (a canvas keeps its first context kind). */
  canvasKey: string | number;
  id: string;
}

export function MapPanel({ title, description, size, attach, canvasKey, id }: MapPanelProps) {
  return (
    <figure className="map-panel" data-map={id}>
      <canvas
        key={canvasKey}
        ref={attach}
        width={size}
        height={size}
        className="map-canvas"
        role="img"
        aria-label={description}
      />
      <figcaption>{title}</figcaption>
    </figure>
  );
}

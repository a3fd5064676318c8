// One plane of a host-side map (read back from the engine and subsampled or pooled there) painted
// with the engine's colour maps (paintPlane, the same colours the GPU painter uses), nearest-
// neighbour scaled so single samples stay visible. Styled like the engine's MapPanel.
import { useEffect, useRef, type ReactNode } from 'react';
import { paintPlane, type ColorMode } from '../../src/engine/render';

export function PlaneCanvas({
  values,
  side,
  plane = 0,
  mode,
  range,
  caption,
  description,
  id,
}: {
  /** [planes, side, side], row-major; null draws nothing yet. */
  values: Float32Array | null;
  side: number;
  plane?: number;
  mode: Exclude<ColorMode, 'phase'>;
  range: number;
  caption: ReactNode;
  /** Plain-text description for screen readers. */
  description: string;
  /** data-map attribute, for tests. */
  id: string;
}) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const ctx = ref.current?.getContext('2d');
    if (!ctx || !values) return;
    const image = ctx.createImageData(side, side);
    const re = plane * side * side;
    paintPlane(image, values, { H: side, W: side, re, im: re }, { plane, mode, range });
    ctx.putImageData(image, 0, 0);
  }, [values, side, plane, mode, range]);
  return (
    <figure className="map-panel" data-map={id}>
      <canvas ref={ref} width={side} height={side} className="map-canvas" role="img" aria-label={description} />
      <figcaption>{caption}</figcaption>
    </figure>
  );
}

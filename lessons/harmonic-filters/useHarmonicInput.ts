// The input the harmonic widgets compute on: the page's drawing, or the smooth-blob preset (nearly
// band-limited, so off-grid rotations lose little), rasterized at the widget's map size.
import { useEffect, useState } from 'react';
import type { DrawingDoc } from '../../src/state/drawing';
import { useInputPixels } from '../../src/ui/commuting/useInputPixels';
import { rasterizeDrawing } from '../../src/ui/drawing/rasterize';

export const INPUT_SOURCES = ['drawing', 'blobs'] as const;
export type InputSource = (typeof INPUT_SOURCES)[number];

export const INPUT_LABELS: Record<InputSource, string> = {
  drawing: 'your drawing',
  blobs: 'smooth blobs',
};

const BLOBS: DrawingDoc = { base: { kind: 'preset', id: 'smooth-blobs' }, strokes: [] };

function useBlobPixels(size: number, active: boolean): Float32Array | null {
  const [pixels, setPixels] = useState<{ size: number; data: Float32Array } | null>(null);
  useEffect(() => {
    if (!active) return;
    let live = true;
    rasterizeDrawing(BLOBS, size).then((data) => live && setPixels({ size, data }));
    return () => {
      live = false;
    };
  }, [size, active]);
  return pixels && pixels.size === size ? pixels.data : null;
}

export function useHarmonicInput(
  size: number,
  source: InputSource,
): { pixels: Float32Array | null; error: string | null } {
  const drawing = useInputPixels(size);
  const blobs = useBlobPixels(size, source === 'blobs');
  if (source === 'blobs') return { pixels: blobs, error: null };
  return drawing.pixels && drawing.pixels.length === size * size
    ? drawing
    : { pixels: null, error: drawing.error };
}

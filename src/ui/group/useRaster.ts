// The page's drawing as a size x size grayscale image, re-rasterized whenever it changes.
import { useEffect, useState } from 'react';
import { useDrawing } from '../../state/drawing';
import { rasterizeDrawing } from '../drawing/rasterize';

export function useRaster(size: number): Float32Array | null {
  const doc = useDrawing((s) => s.doc);
  const [raster, setRaster] = useState<{ doc: unknown; size: number; data: Float32Array } | null>(null);
  useEffect(() => {
    let live = true;
    rasterizeDrawing(doc, size).then(
      (data) => live && setRaster({ doc, size, data }),
      () => live && setRaster(null),
    );
    return () => {
      live = false;
    };
  }, [doc, size]);
  return raster && raster.size === size ? raster.data : null;
}

// The shared drawing rasterized at the size a widget computes on (re-rasterized on change).
import { useEffect, useState } from 'react';
import { useDrawing } from '../../state/drawing';
import { rasterizeDrawing } from '../drawing/rasterize';

export function useInputPixels(size: number): { pixels: Float32Array | null; error: string | null } {
  const doc = useDrawing((s) => s.doc);
  const [state, setState] = useState<{ pixels: Float32Array | null; error: string | null }>({
    pixels: null,
    error: null,
  });
  useEffect(() => {
    let live = true;
    rasterizeDrawing(doc, size).then(
      (pixels) => live && setState({ pixels, error: null }),
      (e: Error) => live && setState((s) => ({ pixels: s.pixels, error: e.message })),
    );
    return () => {
      live = false;
    };
  }, [doc, size]);
  return state;
}

// Map renderers for a widget's canvases, rebuilt when the backend changes (device loss, CPU
// switch). Canvases register through callback refs; drawing happens in the widget's frame.
import { useCallback, useEffect, useRef } from 'react';
import type { Backend } from '../../engine/backend';
import { createMapRenderer, type MapRenderer } from '../../engine/render';

const serials = new WeakMap<Backend, number>();
let nextSerial = 1;

/**
 * A number unique to each backend object. Key canvases by it: a canvas keeps the context kind it
 * was first given (WebGPU or 2D), and engine generations restart at 0 when the settings switch
 * between the CPU and WebGPU, so a generation alone can hand a WebGPU canvas to the CPU painter.
 */
export function backendSerial(backend: Backend | null): number {
  if (!backend) return 0;
  let serial = serials.get(backend);
  if (serial === undefined) {
    serial = nextSerial++;
    serials.set(backend, serial);
  }
  return serial;
}

export function useRenderers(backend: Backend | null) {
  const canvases = useRef(new Map<string, HTMLCanvasElement>());
  const renderers = useRef(new Map<string, MapRenderer>());
  const refs = useRef(new Map<string, (canvas: HTMLCanvasElement | null) => void>());

  const drop = useCallback(() => {
    renderers.current.forEach((r) => r.destroy());
    renderers.current.clear();
  }, []);
  useEffect(() => drop, [backend, drop]);

  /** Callback ref for the canvas of view `id`; stable per id, so React does not re-attach it each render. */
  const register = useCallback((id: string) => {
    let ref = refs.current.get(id);
    if (!ref) {
      ref = (canvas: HTMLCanvasElement | null) => {
        renderers.current.get(id)?.destroy();
        renderers.current.delete(id);
        if (canvas) canvases.current.set(id, canvas);
        else canvases.current.delete(id);
      };
      refs.current.set(id, ref);
    }
    return ref;
  }, []);

  /** The renderer of view `id` on the current backend, created on first use. */
  const renderer = useCallback(
    (id: string): MapRenderer | null => {
      const canvas = canvases.current.get(id);
      if (!backend || !canvas) return null;
      let r = renderers.current.get(id);
      if (!r) {
        r = createMapRenderer(backend, canvas);
        renderers.current.set(id, r);
      }
      return r;
    },
    [backend],
  );

  /** Redraws every view in this task, so that an export can copy WebGPU canvases right after. */
  const redrawAll = useCallback(() => renderers.current.forEach((r) => r.redraw()), []);

  return { register, renderer, redrawAll, canvasKey: backendSerial(backend) };
}

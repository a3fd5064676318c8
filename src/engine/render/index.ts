// Map views: draw a plane of a feature map (or a complex channel) into a canvas. With the WebGPU
// backend the canvas shares the backend's device and a render pipeline reads the tensor's storage
// buffer directly (no readback); with a host-memory backend (CPU reference, WASM) the same colours
// are painted into ImageData straight from the tensor's storage.
// A canvas keeps the kind of context it was first given: after a switch between backends, draw
// into a new canvas.

import type { Backend, Tensor } from '../backend';
import { isHostBackend } from '../cpu/hostOps';
import { gpuBufferOf, type WebGpuBackend } from '../webgpu/index';
import { paintPlane } from './cpuPainter';
import { GpuPainter } from './gpuPainter';
import { planeView, type DrawOptions } from './plane';

export {
  COLORMAPS,
  colorAt,
  legendCss,
  legendStops,
  rgbOf,
  type ColorMode,
  type Colormap,
} from './colormaps';
export { shade } from './shade';
export { GpuPainter } from './gpuPainter';
export { paintPlane } from './cpuPainter';
export type { DrawOptions, PlaneView } from './plane';
export { planeView } from './plane';

export type MapCanvas = HTMLCanvasElement | OffscreenCanvas;

export interface MapRenderer {
  /** Which path draws: the GPU pipeline or CPU ImageData. */
  readonly kind: 'webgpu' | 'cpu';
  /** Draws a plane over the whole canvas (nearest-neighbour scaling). Resolves once drawn. */
  draw(t: Tensor, opts: DrawOptions): Promise<void>;
  /**
   * Draws the last plane again, synchronously on the GPU path: a WebGPU canvas can only be copied
   * (drawImage, export) in the task that submitted its frame. A 2D canvas keeps its pixels, so the
   * CPU path has nothing to do.
   */
  redraw(): void;
  destroy(): void;
}

export function createMapRenderer(backend: Backend, canvas: MapCanvas): MapRenderer {
  return backend.info.kind === 'webgpu'
    ? gpuRenderer(backend as WebGpuBackend, canvas)
    : cpuRenderer(backend, canvas);
}

function gpuRenderer(backend: WebGpuBackend, canvas: MapCanvas): MapRenderer {
  const { device } = backend;
  const context = canvas.getContext('webgpu');
  if (!context)
    throw new Error('createMapRenderer: this canvas has no WebGPU context (already used for 2D?)');
  const format = navigator.gpu.getPreferredCanvasFormat();
  context.configure({ device, format, alphaMode: 'opaque' });
  const painter = new GpuPainter(device, format);
  let lost = false;
  let last: { t: Tensor; opts: DrawOptions } | null = null;
  device.lost.then(() => (lost = true));
  const paint = (t: Tensor, opts: DrawOptions) => {
    const view = planeView(t, opts);
    if (lost) return;
    backend.flush(); // the compute work that produced t goes first
    const encoder = device.createCommandEncoder();
    const target = context.getCurrentTexture().createView();
    painter.encode(encoder, target, canvas, gpuBufferOf(t), view, opts);
    device.queue.submit([encoder.finish()]);
    last = { t, opts };
  };
  return {
    kind: 'webgpu',
    async draw(t, opts) {
      paint(t, opts);
    },
    redraw() {
      if (last) paint(last.t, last.opts);
    },
    destroy() {
      painter.destroy();
      context.unconfigure();
    },
  };
}

function cpuRenderer(backend: Backend, canvas: MapCanvas): MapRenderer {
  const context = canvas.getContext('2d') as
    CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null;
  if (!context)
    throw new Error('createMapRenderer: this canvas has no 2D context (already used for WebGPU?)');
  let image: ImageData | null = null;
  return {
    kind: 'cpu',
    async draw(t, opts) {
      const view = planeView(t, opts);
      // Host-memory backends (CPU reference, WASM) are drawn from in place: no copy per frame.
      const values = isHostBackend(backend) ? backend.view(t) : await backend.read(t);
      if (!image || image.width !== canvas.width || image.height !== canvas.height)
        image = context.createImageData(canvas.width, canvas.height);
      paintPlane(image, values, view, opts);
      context.putImageData(image, 0, 0);
    },
    redraw() {},
    destroy() {
      image = null;
    },
  };
}

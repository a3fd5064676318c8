// The map renderer: the GPU path (a render pipeline reading the tensor's storage buffer) draws the
// same pixels as the CPU path (ImageData from the same colour tables), to one 8-bit step, for all
// three colour modes; and known values get their published colours. Pixels are read back here
// because this is a test: from an offscreen rgba8unorm texture, and from a WebGPU canvas drawn
// into a 2D canvas in the same task.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Tensor } from '../../../src/engine/backend';
import {
  createMapRenderer,
  GpuPainter,
  paintPlane,
  planeView,
  rgbOf,
  type DrawOptions,
} from '../../../src/engine/render/index';
import { gpuBufferOf } from '../../../src/engine/webgpu/index';
import { createBackends, noValidationErrors, sizeOfShape, uniform, type Backends } from './gpu';

const [WIDTH, HEIGHT] = [23, 17]; // not a multiple of the map size: exercises the pixel mapping
const RANGE = 2;

let b: Backends;
beforeAll(async () => {
  b = await createBackends();
});
afterAll(() => b.destroy());

/** A map whose first values are landmarks of each scale, then random values past the range. */
function knownMap(shape: number[]): Float32Array {
  const data = uniform(sizeOfShape(shape), 41).map((v) => 1.2 * RANGE * v);
  data.set([RANGE, 0, -RANGE, 3 * RANGE, RANGE / 2]);
  return data;
}

const cases: { opts: DrawOptions; shape: number[] }[] = [
  { opts: { mode: 'sequential', plane: 1, range: RANGE }, shape: [3, 6, 5] },
  { opts: { mode: 'diverging', plane: 0, range: RANGE }, shape: [2, 6, 5] },
  { opts: { mode: 'phase', plane: 1, range: RANGE }, shape: [2, 2, 6, 5] },
];

/** The CPU path's pixels for the same map and options. */
function cpuPixels(data: Float32Array, t: Tensor, opts: DrawOptions): Uint8ClampedArray {
  const image = new ImageData(WIDTH, HEIGHT);
  paintPlane(image, data, planeView(t, opts), opts);
  return image.data;
}

async function texturePixels(t: Tensor, opts: DrawOptions): Promise<Uint8Array> {
  const { device } = b;
  const texture = device.createTexture({
    size: [WIDTH, HEIGHT],
    format: 'rgba8unorm',
    usage: GPUTextureUsage.RENDER_ATTACHMENT | GPUTextureUsage.COPY_SRC,
  });
  const bytesPerRow = 256; // >= 4 WIDTH, and copies need a multiple of 256
  const readback = device.createBuffer({
    size: bytesPerRow * HEIGHT,
    usage: GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST,
  });
  const painter = new GpuPainter(device, 'rgba8unorm');
  b.gpu.flush();
  const encoder = device.createCommandEncoder();
  painter.encode(
    encoder,
    texture.createView(),
    { width: WIDTH, height: HEIGHT },
    gpuBufferOf(t),
    planeView(t, opts),
    opts,
  );
  encoder.copyTextureToBuffer({ texture }, { buffer: readback, bytesPerRow }, [WIDTH, HEIGHT]);
  device.queue.submit([encoder.finish()]);
  await readback.mapAsync(GPUMapMode.READ);
  const rows = new Uint8Array(readback.getMappedRange());
  const pixels = new Uint8Array(4 * WIDTH * HEIGHT);
  for (let y = 0; y < HEIGHT; y++)
    pixels.set(rows.subarray(y * bytesPerRow, y * bytesPerRow + 4 * WIDTH), 4 * WIDTH * y);
  readback.unmap();
  [readback, texture].forEach((x) => x.destroy());
  painter.destroy();
  return pixels;
}

function maxChannelDiff(a: ArrayLike<number>, c: ArrayLike<number>): number {
  expect(a.length).toBe(c.length);
  let worst = 0;
  for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i] - c[i]));
  return worst;
}

describe.each(cases)('$opts.mode map', ({ opts, shape }) => {
  it('GPU texture pixels equal the CPU colormap to one 8-bit step', async () => {
    const data = knownMap(shape);
    const t = b.gpu.tensor(shape, data);
    const gpu = await noValidationErrors(b.device, () => texturePixels(t, opts));
    expect(maxChannelDiff(gpu, cpuPixels(data, t, opts))).toBeLessThanOrEqual(1);
    b.gpu.dispose(t);
  });

  it('the WebGPU canvas path shows what the CPU canvas path shows', async () => {
    const data = knownMap(shape);
    const canvases = [0, 1, 2].map(() =>
      Object.assign(document.createElement('canvas'), { width: WIDTH, height: HEIGHT }),
    );
    const [gpuCanvas, cpuCanvas, copy] = canvases;
    const gpuRenderer = createMapRenderer(b.gpu, gpuCanvas);
    const cpuRenderer = createMapRenderer(b.cpu, cpuCanvas);
    expect([gpuRenderer.kind, cpuRenderer.kind]).toEqual(['webgpu', 'cpu']);
    const tg = b.gpu.tensor(shape, data);
    const tc = b.cpu.tensor(shape, data);
    await noValidationErrors(b.device, () => gpuRenderer.draw(tg, opts));
    // Same task as the submit: the canvas still holds the drawn texture.
    const copyContext = copy.getContext('2d')!;
    copyContext.drawImage(gpuCanvas, 0, 0);
    await cpuRenderer.draw(tc, opts);
    const gpu = copyContext.getImageData(0, 0, WIDTH, HEIGHT).data;
    const cpu = cpuCanvas.getContext('2d')!.getImageData(0, 0, WIDTH, HEIGHT).data;
    expect(maxChannelDiff(gpu, cpu)).toBeLessThanOrEqual(1);
    gpuRenderer.destroy();
    cpuRenderer.destroy();
    b.gpu.dispose(tg);
    b.cpu.dispose(tc);
  });
});

it('landmark values get their published colours on the GPU', async () => {
  const shape = [1, 1, 5];
  const data = new Float32Array([RANGE, 0, -RANGE, 3 * RANGE, RANGE / 2]);
  const t = b.gpu.tensor(shape, data);
  const at = async (opts: DrawOptions, value: number) => {
    // A 5 x 1 target shows the 5 values one per pixel.
    const painter = new GpuPainter(b.device, 'rgba8unorm');
    const texture = b.device.createTexture({
      size: [5, 1],
      format: 'rgba8unorm',
      usage: GPUTextureUsage.RENDER_ATTACHMENT | GPUTextureUsage.COPY_SRC,
    });
    const readback = b.device.createBuffer({
      size: 256,
      usage: GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST,
    });
    const encoder = b.device.createCommandEncoder();
    painter.encode(
      encoder,
      texture.createView(),
      { width: 5, height: 1 },
      gpuBufferOf(t),
      planeView(t, opts),
      opts,
    );
    encoder.copyTextureToBuffer({ texture }, { buffer: readback, bytesPerRow: 256 }, [5, 1]);
    b.device.queue.submit([encoder.finish()]);
    await readback.mapAsync(GPUMapMode.READ);
    const px = Array.from(new Uint8Array(readback.getMappedRange()).subarray(4 * value, 4 * value + 3));
    readback.unmap();
    [readback, texture].forEach((x) => x.destroy());
    painter.destroy();
    return px;
  };
  const expectColour = (px: number[], hex: string) =>
    expect(
      maxChannelDiff(
        px,
        rgbOf(hex).map((c) => Math.round(255 * c)),
      ),
      hex,
    ).toBeLessThanOrEqual(1);
  const sequential: DrawOptions = { mode: 'sequential', plane: 0, range: RANGE };
  const diverging: DrawOptions = { mode: 'diverging', plane: 0, range: RANGE };
  expectColour(await at(sequential, 0), '#fde725'); // v = range: top of viridis
  expectColour(await at(sequential, 1), '#440154'); // v = 0: bottom
  expectColour(await at(sequential, 3), '#fde725'); // past the range: clamped
  expectColour(await at(diverging, 1), '#f7f7f7'); // 0: white
  expectColour(await at(diverging, 2), '#053061'); // -range: blue
  expectColour(await at(diverging, 0), '#67001f'); // +range: red
  b.gpu.dispose(t);
});

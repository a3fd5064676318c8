// The engine bootstrap in the real test browser (WebGPU on SwiftShader, a software adapter): the
// WebAssembly engine on a software adapter or without WebGPU, WebGPU when asked for, the CPU
// reference when WebAssembly cannot start either, and a new device after the old one is lost.
import { expect, test } from 'vitest';
import { startEngine, type EngineSnapshot } from '../../src/engine/bootstrap';
import { createMapRenderer } from '../../src/engine/render/index';
import { afterLoss } from './engine/gpu';

const reluInput = new Float32Array([-2, -0.5, 0, 0.25, 3, -1, 7, -8]);
const reluExpected = [0, 0, 0, 0.25, 3, 0, 7, 0];

async function reluRoundTrip(s: EngineSnapshot): Promise<number[]> {
  const a = s.backend.tensor([2, 2, 2], reluInput);
  const out = s.backend.tensor([2, 2, 2]);
  s.backend.relu(a, out);
  const got = Array.from(await s.backend.read(out));
  s.backend.dispose(a);
  s.backend.dispose(out);
  return got;
}

const noWasm = () => Promise.reject(new Error('WebAssembly SIMD is not available here'));

test('on a software adapter it runs the WebAssembly engine and says why', async () => {
  const engine = await startEngine();
  const s = engine.current();
  expect(s.info.kind).toBe('wasm');
  expect(s.info.description).toBe('XNNPACK, tfjs-backend-wasm 4.22.0, simd binary, 1 thread');
  expect(s.fallbackReason).toMatch(
    /^the only WebGPU adapter is a software one \(.*swiftshader.*\), slower than WebAssembly$/i,
  );
  expect(s.mayRetryWebGpu).toBe(false);
  expect(await reluRoundTrip(s)).toEqual(reluExpected);
  engine.destroy();
});

test('asked for WebGPU, it uses the software adapter and computes with it', async () => {
  const engine = await startEngine({ preference: 'webgpu' });
  const s = engine.current();
  expect(s.info.kind).toBe('webgpu');
  expect(s.info.isFallbackAdapter).toBe(true);
  expect(s.fallbackReason).toBe('WebGPU on a software adapter was chosen in the settings');
  expect(await reluRoundTrip(s)).toEqual(reluExpected);
  engine.destroy();
});

test('asked for the CPU reference or WebAssembly, it runs that', async () => {
  for (const preference of ['cpu', 'wasm'] as const) {
    const engine = await startEngine({ preference });
    expect(engine.current().info.kind).toBe(preference);
    expect(engine.current().fallbackReason).toMatch(/chosen in the settings$/);
    expect(await reluRoundTrip(engine.current())).toEqual(reluExpected);
    engine.destroy();
  }
});

test('runs the WebAssembly engine when navigator.gpu is missing', async () => {
  const engine = await startEngine({ gpu: undefined });
  const s = engine.current();
  expect(s.info.kind).toBe('wasm');
  expect(s.fallbackReason).toContain('navigator.gpu is missing');
  expect(await reluRoundTrip(s)).toEqual(reluExpected);
  engine.destroy();
});

test('falls back to the CPU reference when WebAssembly cannot start either, with both reasons', async () => {
  const noAdapter = { requestAdapter: async () => null } as unknown as GPU;
  const engine = await startEngine({ gpu: noAdapter, startWasm: noWasm });
  expect(engine.current().info.kind).toBe('cpu');
  expect(engine.current().fallbackReason).toBe(
    'the browser offered no WebGPU adapter; the WebAssembly engine could not start either (WebAssembly SIMD is not available here)',
  );
  expect(await reluRoundTrip(engine.current())).toEqual(reluExpected);
  engine.destroy();
});

test('recreates the device after it is lost and the next computation runs', async () => {
  const engine = await startEngine({ preference: 'webgpu' });
  const first = engine.current();
  const replaced = new Promise<EngineSnapshot>((resolve) => engine.subscribe(resolve));
  const lostDevice = (first.backend as unknown as { device: GPUDevice }).device;
  lostDevice.destroy();
  const second = await afterLoss(lostDevice, replaced);
  expect(second.generation).toBe(first.generation + 1);
  expect(second.info.kind).toBe('webgpu');
  expect(second.backend).not.toBe(first.backend);
  expect(await reluRoundTrip(second)).toEqual(reluExpected);
  // The next frame renders: a map drawn from the new device's buffer reaches the canvas.
  const canvas = Object.assign(document.createElement('canvas'), { width: 4, height: 4 });
  const renderer = createMapRenderer(second.backend, canvas);
  const top = second.backend.tensor([1, 4, 4], new Float32Array(16).fill(2));
  await renderer.draw(top, { plane: 0, mode: 'sequential', range: 2 });
  const copy = Object.assign(document.createElement('canvas'), { width: 4, height: 4 }).getContext('2d')!;
  copy.drawImage(canvas, 0, 0); // same task as the submit, so the canvas still holds the frame
  const [r, g, b] = copy.getImageData(1, 1, 1, 1).data;
  expect([r, g, b]).toEqual([0xfd, 0xe7, 0x25]); // viridis at the top of its range
  renderer.destroy();
  engine.destroy();
});

const deviceOf = (s: EngineSnapshot) => (s.backend as unknown as { device: GPUDevice }).device;

test('a GPU that never answers gives the software engine after the wait, with the reason', async () => {
  const silent = { requestAdapter: () => new Promise<never>(() => {}) } as unknown as GPU;
  const engine = await startEngine({ gpu: silent, answerWithinMs: 50 });
  expect(engine.current().info.kind).toBe('wasm');
  expect(engine.current().fallbackReason).toBe('WebGPU did not answer within 0.05 s');
  expect(engine.current().mayRetryWebGpu).toBe(true);
  expect(await reluRoundTrip(engine.current())).toEqual(reluExpected);
  engine.destroy();
});

test('a device that turns up after the wait is released, not leaked', async () => {
  const devices: GPUDevice[] = [];
  const slow = {
    requestAdapter: async () => {
      const adapter = (await navigator.gpu.requestAdapter())!;
      await new Promise((r) => setTimeout(r, 300));
      const requestDevice = adapter.requestDevice.bind(adapter);
      // Only what the bootstrap reads of an adapter (GPUAdapter's own members are getters).
      return {
        info: adapter.info,
        limits: adapter.limits,
        requestDevice: async (d?: GPUDeviceDescriptor) => {
          const device = await requestDevice(d);
          devices.push(device);
          return device;
        },
      };
    },
  } as unknown as GPU;
  const engine = await startEngine({
    gpu: slow,
    answerWithinMs: 50,
    preference: 'webgpu',
    startWasm: noWasm,
  });
  expect(engine.current().info.kind).toBe('cpu');
  await expect.poll(() => devices.length, { timeout: 10_000 }).toBe(1);
  const lost = await afterLoss(devices[0], devices[0].lost);
  expect(lost.reason).toBe('destroyed');
  engine.destroy();
});

test('a GPU lost again and again is given up for the software engine, with the reason', async () => {
  const engine = await startEngine({ preference: 'webgpu', lossLimit: { count: 2, withinMs: 60_000 } });
  const next = () => new Promise<EngineSnapshot>((resolve) => engine.subscribe(resolve));
  const first = engine.current();
  let replaced = next();
  deviceOf(first).destroy();
  const second = await afterLoss(deviceOf(first), replaced);
  expect(second.info.kind).toBe('webgpu'); // one loss: recovered on a new device
  replaced = next();
  deviceOf(second).destroy();
  const third = await afterLoss(deviceOf(second), replaced);
  expect(third.info.kind).toBe('wasm');
  expect(third.fallbackReason).toBe('the GPU was lost 2 times within 60 s');
  expect(third.mayRetryWebGpu).toBe(true);
  expect(third.generation).toBe(2);
  expect(await reluRoundTrip(third)).toEqual(reluExpected);
  engine.destroy();
});

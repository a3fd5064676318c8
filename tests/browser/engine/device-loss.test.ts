// A lost device must not crash the WebGPU backend: recording ops and flushing keep working as
// no-ops, reads reject with an Error that names the loss, and destroy() still succeeds. (The
// bootstrap's test covers recovery on a new device on top of this.) Map renderers skip drawing.

import { expect, it } from 'vitest';
import { createMapRenderer } from '../../../src/engine/render/index';
import { createWebGpuBackend } from '../../../src/engine/webgpu/index';
import { afterLoss, requestDevice, uniform } from './gpu';

async function freshBackend() {
  const { device } = await requestDevice();
  return createWebGpuBackend(device, { description: 'test', isFallbackAdapter: false });
}

it('exposes its device, so the bootstrap can watch device.lost', async () => {
  const { device } = await requestDevice();
  const k = createWebGpuBackend(device, { description: 'test', isFallbackAdapter: true });
  expect(k.device).toBe(device);
  expect(k.info).toEqual({ kind: 'webgpu', description: 'test', isFallbackAdapter: true });
  k.destroy();
  device.destroy();
});

it('fails gracefully when the device is destroyed between recording and reading', async () => {
  const k = await freshBackend();
  const x = k.tensor([2, 8, 8], uniform(128, 1));
  const y = k.tensor([2, 8, 8]);
  k.relu(x, y);
  k.device.destroy(); // mid-run: work is recorded but not yet submitted
  const lost = await afterLoss(k.device, k.device.lost);
  expect(lost.reason).toBe('destroyed');
  // Everything a frame loop does still runs without throwing ...
  expect(() => {
    const z = k.tensor([2, 8, 8]);
    k.transform(x, z, { angle: 0.3, reflect: false, interpolation: 'bilinear' });
    k.write(x, uniform(128, 2));
    k.add(x, y, z);
    k.flush();
    k.dispose(z);
  }).not.toThrow();
  // ... and reads say what happened instead of returning stale numbers.
  await expect(k.read(y)).rejects.toThrow(/device lost/);
  await expect(k.errorNorms(x, y)).rejects.toThrow(/device lost/);
  expect(() => k.destroy()).not.toThrow();
});

it('rejects a read that is in flight when the device goes away', async () => {
  const k = await freshBackend();
  const x = k.tensor([1, 16, 16], uniform(256, 3));
  const pending = k.read(x);
  k.device.destroy();
  await expect(afterLoss(k.device, pending)).rejects.toThrow(/device lost/);
  k.destroy();
});

it('after destroy() the backend refuses reads but does not throw from ops', async () => {
  const k = await freshBackend();
  const x = k.tensor([4, 4], uniform(16, 4));
  k.destroy();
  expect(() => k.relu(x, x)).not.toThrow();
  await expect(k.read(x)).rejects.toThrow(/backend destroyed/);
  k.device.destroy();
});

it('a map renderer on a lost device draws nothing and does not throw', async () => {
  const k = await freshBackend();
  const canvas = Object.assign(document.createElement('canvas'), { width: 8, height: 8 });
  const renderer = createMapRenderer(k, canvas);
  const x = k.tensor([1, 4, 4], uniform(16, 5));
  await renderer.draw(x, { plane: 0, mode: 'diverging', range: 1 });
  k.device.destroy();
  // Drawn before the page has heard of the loss, then after: neither throws.
  await expect(renderer.draw(x, { plane: 0, mode: 'diverging', range: 1 })).resolves.toBeUndefined();
  await afterLoss(k.device, k.device.lost);
  await expect(renderer.draw(x, { plane: 0, mode: 'diverging', range: 1 })).resolves.toBeUndefined();
  expect(() => renderer.destroy()).not.toThrow();
  k.destroy();
});

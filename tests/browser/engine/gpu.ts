// Shared set-up of the engine's browser tests: a WebGPU device, both backends, seeded random
// data, a validation-error guard, and parity between the two backends measured on the host.

import { expect } from 'vitest';
import type { Backend, Tensor } from '../../../src/engine/backend';
import { createCpuBackend } from '../../../src/engine/cpu/index';
import { createWebGpuBackend, type WebGpuBackend } from '../../../src/engine/webgpu/index';
import { mulberry32 } from '../../../src/math/random';

/** A fresh device on the test browser's adapter (SwiftShader on machines without a GPU). */
export async function requestDevice(): Promise<{ device: GPUDevice; adapter: GPUAdapter }> {
  const adapter = await navigator.gpu.requestAdapter();
  if (!adapter) throw new Error('no WebGPU adapter in the test browser');
  const device = await adapter.requestDevice();
  return { device, adapter };
}

/**
 * Waits for `settled` (device.lost, or what follows from it) after `device.destroy()`. The loss
 * reaches the page on the browser's next event poll; on a loaded machine that poll can stall
 * (a CI run once waited past the 120 s test timeout), so each tick submits nothing and asks
 * when the queue is done, which makes the browser poll. Fails with a clear message after 20 s.
 */
export async function afterLoss<T>(device: GPUDevice, settled: Promise<T>): Promise<T> {
  const tick = Symbol('tick');
  for (let waited = 0; waited < 20_000; waited += 50) {
    const got = await Promise.race([settled, new Promise<typeof tick>((r) => setTimeout(() => r(tick), 50))]);
    if (got !== tick) return got as T;
    device.queue.submit([]);
    device.queue.onSubmittedWorkDone().catch(() => undefined);
  }
  throw new Error('the device loss was not reported within 20 s of destroy()');
}

export interface Backends {
  device: GPUDevice;
  gpu: WebGpuBackend;
  cpu: Backend;
  destroy(): void;
}

export async function createBackends(): Promise<Backends> {
  const { device, adapter } = await requestDevice();
  const gpu = createWebGpuBackend(device, {
    description: adapter.info.description || adapter.info.vendor,
    isFallbackAdapter: adapter.info.isFallbackAdapter,
  });
  const cpu = createCpuBackend();
  return {
    device,
    gpu,
    cpu,
    destroy() {
      gpu.destroy();
      cpu.destroy();
      device.destroy();
    },
  };
}

/** Runs body inside a validation error scope and fails on any WebGPU validation error. */
export async function noValidationErrors<T>(device: GPUDevice, body: () => Promise<T>): Promise<T> {
  device.pushErrorScope('validation');
  const result = await body();
  const error = await device.popErrorScope();
  expect(error?.message ?? null, 'WebGPU validation error').toBeNull();
  return result;
}

/** mulberry32 (src/math/random): a small seeded generator, so every failure replays with the same numbers. */
export const random = mulberry32;

/** size values uniform in [-1, 1). */
export function uniform(size: number, seed: number): Float32Array {
  const next = random(seed);
  return Float32Array.from({ length: size }, () => 2 * next() - 1);
}

export const sizeOfShape = (shape: readonly number[]): number => shape.reduce((a, b) => a * b, 1);

export { relativeErrors } from '../../unit/helpers/parity';

export interface Operand {
  shape: readonly number[];
  data: Float32Array;
}

/**
 * Runs op on both backends with the same inputs and returns both outputs. The output tensor
 * starts filled with random values, so an entry the GPU kernel forgets to write shows up.
 */
export async function onBoth(
  b: Backends,
  inputs: readonly Operand[],
  outShape: readonly number[],
  op: (backend: Backend, ins: Tensor[], out: Tensor) => void,
): Promise<{ gpu: Float32Array; cpu: Float32Array }> {
  const junk = uniform(sizeOfShape(outShape), 99);
  const run = async (backend: Backend) => {
    const ins = inputs.map((x) => backend.tensor(x.shape, x.data));
    const out = backend.tensor(outShape, junk);
    op(backend, ins, out);
    const got = await backend.read(out);
    [...ins, out].forEach((t) => backend.dispose(t));
    return got;
  };
  const gpu = await noValidationErrors(b.device, () => run(b.gpu));
  return { gpu, cpu: await run(b.cpu) };
}

/** Parity tolerance of the brief: relative L2 error of GPU against CPU below 1e-4. */
export const PARITY = 1e-4;

/** Measured figures, printed once per file so reports can quote them. */
export function report(title: string, rows: Map<string, number>): void {
  const lines = [...rows].map(([k, v]) => `  ${k}: ${v.toExponential(2)}`);
  console.info(`${title}\n${lines.join('\n')}`);
}

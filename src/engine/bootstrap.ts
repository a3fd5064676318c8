// Starts the compute engine: a WebGPU device when the browser gives one, else the CPU
// reference. A lost device (driver reset, GPU process crash, tab in background for long) is
// replaced by a new one and listeners are told, so layers rebuild their GPU resources.
import type { Backend, BackendInfo } from './backend';
import { createCpuBackend } from './cpu/index';
import { createWebGpuBackend } from './webgpu/index';

export interface EngineSnapshot {
  backend: Backend;
  info: BackendInfo;
  /** Why the CPU reference runs instead of WebGPU (null when WebGPU runs). */
  fallbackReason: string | null;
  /** Increases each time the backend is replaced (device loss, settings change). */
  generation: number;
}

export interface Engine {
  current(): EngineSnapshot;
  /** Called with each new snapshot; returns an unsubscribe function. */
  subscribe(listener: (s: EngineSnapshot) => void): () => void;
  destroy(): void;
}

export interface EngineOptions {
  forceCpu?: boolean;
  /** Injected for tests; defaults to navigator.gpu. */
  gpu?: GPU | undefined;
  /** How long the adapter and the device may take before the CPU reference runs instead (ms). */
  answerWithinMs?: number;
  /** A GPU lost this many times within `withinMs` is given up for the CPU reference. */
  lossLimit?: { count: number; withinMs: number };
}

const ANSWER_WITHIN_MS = 10_000;
const LOSS_LIMIT = { count: 3, withinMs: 60_000 };

type Acquired = { backend: Backend; device: GPUDevice | null; fallbackReason: string | null };

const cpu = (fallbackReason: string): Acquired => ({
  backend: createCpuBackend(),
  device: null,
  fallbackReason,
});

/**
 * A WebGPU backend, or the CPU reference with the reason. A browser whose GPU process hangs may
 * never answer, so after `withinMs` the page goes on with the CPU instead of waiting forever.
 */
async function acquire(gpu: GPU | undefined, forceCpu: boolean, withinMs: number): Promise<Acquired> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), withinMs)));
  const asked = acquireWebGpu(gpu, forceCpu);
  const got = await Promise.race([asked, late]);
  clearTimeout(timer);
  if (got !== 'late') return got;
  // If the device turns up after all, release it: the page runs on the CPU now.
  void asked.then((a) => {
    a.backend.destroy();
    a.device?.destroy();
  });
  return cpu(`WebGPU did not answer within ${withinMs / 1000} s`);
}

async function acquireWebGpu(gpu: GPU | undefined, forceCpu: boolean): Promise<Acquired> {
  if (forceCpu) return cpu('the CPU reference was chosen in the settings');
  if (!gpu) return cpu('this browser has no WebGPU (navigator.gpu is missing)');
  let adapter: GPUAdapter | null;
  try {
    adapter = await gpu.requestAdapter({ powerPreference: 'high-performance' });
  } catch (e) {
    return cpu(`requesting a WebGPU adapter failed: ${String(e)}`);
  }
  if (!adapter) return cpu('the browser offered no WebGPU adapter');
  try {
    const device = await adapter.requestDevice({ requiredLimits: wantedLimits(adapter) });
    const info = adapter.info;
    const description =
      [info.description, info.vendor, info.architecture].filter((s) => s && s.length > 0).join(' · ') ||
      'WebGPU adapter';
    const backend = createWebGpuBackend(device, {
      description,
      isFallbackAdapter: Boolean(
        (info as GPUAdapterInfo & { isFallbackAdapter?: boolean }).isFallbackAdapter,
      ),
    });
    return { backend, device, fallbackReason: null };
  } catch (e) {
    return cpu(`creating a WebGPU device failed: ${String(e)}`);
  }
}

/** Ask for the adapter's larger storage limits: big lifted maps exceed the 128 MiB default binding. */
function wantedLimits(adapter: GPUAdapter): Record<string, number> {
  return {
    maxStorageBufferBindingSize: adapter.limits.maxStorageBufferBindingSize,
    maxBufferSize: adapter.limits.maxBufferSize,
    maxComputeWorkgroupStorageSize: adapter.limits.maxComputeWorkgroupStorageSize,
  };
}

export async function startEngine(options: EngineOptions = {}): Promise<Engine> {
  const gpu = 'gpu' in options ? options.gpu : typeof navigator === 'undefined' ? undefined : navigator.gpu;
  const withinMs = options.answerWithinMs ?? ANSWER_WITHIN_MS;
  const limit = options.lossLimit ?? LOSS_LIMIT;
  const losses: number[] = [];
  const listeners = new Set<(s: EngineSnapshot) => void>();
  let destroyed = false;
  let snapshot: EngineSnapshot;
  let device: GPUDevice | null = null;

  const install = (got: Acquired, generation: number) => {
    device = got.device;
    snapshot = {
      backend: got.backend,
      info: got.backend.info,
      fallbackReason: got.fallbackReason,
      generation,
    };
    got.device?.lost.then(async (lost) => {
      if (destroyed) return;
      // Any loss we did not cause is recovered, whatever its reason ('destroyed' included).
      got.backend.destroy();
      const now = performance.now();
      losses.push(now);
      while (losses.length > 0 && losses[0] < now - limit.withinMs) losses.shift();
      // A GPU that keeps failing would stall a lecture again and again: stay on the CPU then.
      const givingUp = losses.length >= limit.count;
      console.warn(
        `WebGPU device lost (${lost.reason}): ${lost.message}; ${givingUp ? 'using the CPU reference' : 'recreating it'}`,
      );
      const next = givingUp
        ? cpu(`the GPU was lost ${losses.length} times within ${limit.withinMs / 1000} s`)
        : await acquire(gpu, false, withinMs);
      install(next, snapshot.generation + 1);
      listeners.forEach((l) => l(snapshot));
    });
  };
  install(await acquire(gpu, options.forceCpu ?? false, withinMs), 0);

  return {
    current: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    destroy() {
      destroyed = true;
      snapshot.backend.destroy();
      device?.destroy(); // the engine owns its device; the backend only borrows it
      listeners.clear();
    },
  };
}

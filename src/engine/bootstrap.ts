// Starts the compute engine, choosing the backend a machine runs fastest:
// - WebGPU on a hardware adapter;
// - the WebAssembly (XNNPACK, SIMD) backend where WebGPU is missing, slow to answer, or runs on a
//   software adapter (SwiftShader and its kind are slower than XNNPACK on the same CPU);
// - the float64 CPU reference where WebAssembly SIMD is missing too, or when chosen.
// A lost device (driver reset, GPU process crash, tab in background for long) is replaced by a new
// one and listeners are told, so layers rebuild their GPU resources.
import type { Backend, BackendInfo } from './backend';
import { createCpuBackend } from './cpu/index';
import { createWebGpuBackend } from './webgpu/index';

/** Which backend the user asked for; `auto` picks as described above. */
export type EnginePreference = 'auto' | 'webgpu' | 'wasm' | 'cpu';

export interface EngineSnapshot {
  backend: Backend;
  info: BackendInfo;
  /** Why this backend runs rather than WebGPU on a hardware adapter (null when that runs). */
  fallbackReason: string | null;
  /** WebGPU failed in a way that may pass (no answer in time, lost devices): worth asking again. */
  mayRetryWebGpu: boolean;
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
  preference?: EnginePreference;
  /** Injected for tests; defaults to navigator.gpu. */
  gpu?: GPU | undefined;
  /** Injected for tests; defaults to the WASM backend (loaded on demand). */
  startWasm?: () => Promise<Backend>;
  /** How long the adapter and the device may take before the software engine runs instead (ms). */
  answerWithinMs?: number;
  /** A GPU lost this many times within `withinMs` is given up for the software engine. */
  lossLimit?: { count: number; withinMs: number };
}

const ANSWER_WITHIN_MS = 10_000;
const LOSS_LIMIT = { count: 3, withinMs: 60_000 };
/** Adapters that run on the CPU even when they do not say so with isFallbackAdapter. */
const SOFTWARE_ADAPTER = /swiftshader|llvmpipe|lavapipe|softpipe|microsoft basic render/i;

type Acquired = {
  backend: Backend;
  device: GPUDevice | null;
  fallbackReason: string | null;
  mayRetry?: boolean;
};
/** Why WebGPU is not used; `mayPass` when asking again later could succeed. */
type Refused = { refused: string; mayPass?: boolean };

const message = (e: unknown): string =>
  e instanceof Error ? e.message : ((e as { message?: string } | null)?.message ?? String(e));

const cpu = (fallbackReason: string): Acquired => ({
  backend: createCpuBackend(),
  device: null,
  fallbackReason,
});

/** The WASM backend's module is fetched only when a page needs it. */
async function loadWasm(): Promise<Backend> {
  const { createWasmBackend } = await import('./wasm/index');
  return createWasmBackend();
}

/** The software engine: WebAssembly SIMD, else the float64 reference with both reasons. */
async function software(
  reason: string,
  startWasm: () => Promise<Backend>,
  mayRetry = false,
): Promise<Acquired> {
  try {
    return { backend: await startWasm(), device: null, fallbackReason: reason, mayRetry };
  } catch (e) {
    const got = cpu(`${reason}; the WebAssembly engine could not start either (${message(e)})`);
    return { ...got, mayRetry };
  }
}

/**
 * A WebGPU backend, or why not. A browser whose GPU process hangs may never answer, so after
 * `withinMs` the page goes on without it instead of waiting forever.
 */
async function acquireWebGpu(
  gpu: GPU | undefined,
  anyAdapter: boolean,
  withinMs: number,
): Promise<Acquired | Refused> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), withinMs)));
  const asked = askWebGpu(gpu, anyAdapter);
  const got = await Promise.race([asked, late]);
  clearTimeout(timer);
  if (got !== 'late') return got;
  // If the device turns up after all, release it: the page runs without it now.
  void asked.then((a) => {
    if ('refused' in a) return;
    a.backend.destroy();
    a.device?.destroy();
  });
  return { refused: `WebGPU did not answer within ${withinMs / 1000} s`, mayPass: true };
}

async function askWebGpu(gpu: GPU | undefined, anyAdapter: boolean): Promise<Acquired | Refused> {
  if (!gpu) return { refused: 'this browser has no WebGPU (navigator.gpu is missing)' };
  let adapter: GPUAdapter | null;
  try {
    adapter = await gpu.requestAdapter({ powerPreference: 'high-performance' });
  } catch (e) {
    return { refused: `requesting a WebGPU adapter failed: ${message(e)}`, mayPass: true };
  }
  if (!adapter) return { refused: 'the browser offered no WebGPU adapter', mayPass: true }; // a busy GPU process, say
  const info = adapter.info;
  const description =
    [info.description, info.vendor, info.architecture].filter((s) => s && s.length > 0).join(' · ') ||
    'WebGPU adapter';
  const isFallbackAdapter =
    Boolean((info as GPUAdapterInfo & { isFallbackAdapter?: boolean }).isFallbackAdapter) ||
    SOFTWARE_ADAPTER.test(description);
  if (isFallbackAdapter && !anyAdapter)
    return { refused: `the only WebGPU adapter is a software one (${description}), slower than WebAssembly` };
  try {
    const device = await adapter.requestDevice({ requiredLimits: wantedLimits(adapter) });
    const backend = createWebGpuBackend(device, { description, isFallbackAdapter });
    const fallbackReason = isFallbackAdapter
      ? 'WebGPU on a software adapter was chosen in the settings'
      : null;
    return { backend, device, fallbackReason };
  } catch (e) {
    return { refused: `creating a WebGPU device failed: ${message(e)}`, mayPass: true };
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

interface Choice {
  preference: EnginePreference;
  gpu: GPU | undefined;
  startWasm: () => Promise<Backend>;
  withinMs: number;
}

async function acquire({ preference, gpu, startWasm, withinMs }: Choice): Promise<Acquired> {
  if (preference === 'cpu') return cpu('the float64 CPU reference was chosen in the settings');
  if (preference === 'wasm') return software('WebAssembly was chosen in the settings', startWasm);
  const got = await acquireWebGpu(gpu, preference === 'webgpu', withinMs);
  return 'refused' in got ? software(got.refused, startWasm, got.mayPass) : got;
}

export async function startEngine(options: EngineOptions = {}): Promise<Engine> {
  const choice: Choice = {
    preference: options.preference ?? 'auto',
    gpu: 'gpu' in options ? options.gpu : typeof navigator === 'undefined' ? undefined : navigator.gpu,
    startWasm: options.startWasm ?? loadWasm,
    withinMs: options.answerWithinMs ?? ANSWER_WITHIN_MS,
  };
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
      mayRetryWebGpu: got.mayRetry ?? false,
      generation,
    };
    got.device?.lost.then(async (lost) => {
      if (destroyed) return;
      // Any loss we did not cause is recovered, whatever its reason ('destroyed' included).
      got.backend.destroy();
      const now = performance.now();
      losses.push(now);
      while (losses.length > 0 && losses[0] < now - limit.withinMs) losses.shift();
      // A GPU that keeps failing would stall a lecture again and again: stay off it then.
      const givingUp = losses.length >= limit.count;
      console.warn(
        `WebGPU device lost (${lost.reason}): ${lost.message}; ${givingUp ? 'using the software engine' : 'recreating it'}`,
      );
      const next = givingUp
        ? await software(
            `the GPU was lost ${losses.length} times within ${limit.withinMs / 1000} s`,
            choice.startWasm,
            true,
          )
        : await acquire(choice);
      if (destroyed) {
        next.backend.destroy(); // the page let the engine go while a new device was on its way
        next.device?.destroy();
        return;
      }
      install(next, snapshot.generation + 1);
      listeners.forEach((l) => l(snapshot));
    });
  };
  install(await acquire(choice), 0);

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

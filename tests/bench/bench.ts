// Benchmark page (run by scripts/bench.mjs): median frame time of the canonical pipeline on our
// WebGPU engine, on tfjs-webgpu doing the same correlations on the same device, on the WASM
// backend (XNNPACK, WebAssembly SIMD) and on the CPU reference. Wall time is measured to
// queue.onSubmittedWorkDone(); GPU time from timestamp queries where the adapter offers them. The
// two CPU-side backends run synchronously, so their frames alternate (A/B) and each takes the
// median of its own. Results land in window.__bench.
import * as tf from '@tensorflow/tfjs-core';
import { WebGPUBackend } from '@tensorflow/tfjs-backend-webgpu';
import type { Backend } from '../../src/engine/backend';
import { createCpuBackend } from '../../src/engine/cpu/index';
import { createMapRenderer, type MapRenderer } from '../../src/engine/render/index';
import { createWasmBackend } from '../../src/engine/wasm/index';
import { createWebGpuBackend } from '../../src/engine/webgpu/index';
import { TimestampProbe } from './timestamps';
import { buildEngineRun, buildTfRun, workloadFlop, type Workload } from './workloads';

interface Row {
  workload: Workload;
  gflop: number;
  engine: Timing;
  tfjs: Timing;
  wasm: Timing;
  cpu: Timing | null;
}
interface Timing {
  wallMs: number;
  gpuMs: number | null;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const params = new URLSearchParams(location.search);

async function timeFrames(
  device: GPUDevice | null,
  frames: number,
  step: (i: number) => void,
): Promise<Timing> {
  const probe = device && TimestampProbe.supported(device) ? new TimestampProbe(device, frames) : null;
  const walls: number[] = [];
  for (let i = -2; i < frames; i++) {
    const measured = i >= 0;
    if (measured) probe?.begin();
    const t0 = performance.now();
    step(i);
    if (measured) probe?.end();
    if (device) await device.queue.onSubmittedWorkDone();
    if (measured) walls.push(performance.now() - t0);
  }
  const gpu = probe ? median(await probe.durations()) : null;
  probe?.destroy();
  return { wallMs: median(walls), gpuMs: gpu };
}

/** Our frame includes drawing the pooled map into a canvas, as the widgets do (tfjs's does not). */
function engineTiming(
  backend: Backend,
  device: GPUDevice | null,
  renderer: MapRenderer | null,
  w: Workload,
  frames: number,
): Promise<Timing> {
  const run = buildEngineRun(backend, w);
  return timeFrames(device, frames, (i) => {
    const out = run.frame((i * Math.PI) / 4);
    if (renderer) void renderer.draw(out, { plane: 0, mode: 'sequential', range: 1 });
    backend.flush();
  }).finally(() => run.dispose());
}

async function tfTiming(device: GPUDevice, w: Workload, frames: number): Promise<Timing> {
  const run = buildTfRun(tf, w);
  const b = tf.backend() as WebGPUBackend;
  const timing = await timeFrames(device, frames, (i) => {
    const out = run.frame((i * Math.PI) / 4);
    // tfjs keeps its compute pass open: end and submit it so the frame is really queued.
    b.ensureCommandEncoderReady();
    b.endComputePassEncoder();
    b.submitQueue();
    out.dispose();
  });
  run.dispose();
  return timing;
}

/**
 * WASM and CPU-reference frames alternate, the order swapped each frame, after one warm-up frame
 * each; wall time of the synchronous frame (neither draws into a canvas). The CPU joins only up to
 * cpuMax pixels, and then both run cpuFrames frames (the float64 path takes seconds at 256 px).
 */
function interleavedTimings(
  backends: { wasm: Backend; cpu: Backend | null },
  w: Workload,
  frames: number,
): { wasm: Timing; cpu: Timing | null } {
  const runs = [backends.wasm, backends.cpu].map((b) => (b ? buildEngineRun(b, w) : null));
  const walls: number[][] = [[], []];
  for (let i = -1; i < frames; i++) {
    const order = i % 2 === 0 ? [0, 1] : [1, 0];
    for (const k of order) {
      const run = runs[k];
      if (!run) continue;
      const t0 = performance.now();
      run.frame((i * Math.PI) / 4);
      if (i >= 0) walls[k].push(performance.now() - t0);
    }
  }
  runs.forEach((run) => run?.dispose());
  const timing = (xs: number[]): Timing => ({ wallMs: median(xs), gpuMs: null });
  return { wasm: timing(walls[0]), cpu: runs[1] ? timing(walls[1]) : null };
}

function workloads(fallback: boolean): Workload[] {
  const sizes = (params.get('sizes') ?? (fallback ? '32,64' : '64,128,256')).split(',').map(Number);
  const heavy = Number(params.get('heavy') ?? (fallback ? 32 : 256));
  return [
    ...sizes.map((size) => ({ name: 'canonical', size, channels: 4, kernel: 5, n: 8 })),
    { name: 'heavy', size: heavy, channels: 8, kernel: 7, n: 8 },
  ];
}

async function main() {
  const adapter = await navigator.gpu?.requestAdapter({ powerPreference: 'high-performance' });
  if (!adapter) throw new Error('no WebGPU adapter');
  const features: GPUFeatureName[] = adapter.features.has('timestamp-query') ? ['timestamp-query'] : [];
  const device = await adapter.requestDevice({
    requiredFeatures: features,
    requiredLimits: {
      maxStorageBufferBindingSize: adapter.limits.maxStorageBufferBindingSize,
      maxBufferSize: adapter.limits.maxBufferSize,
    },
  });
  const info = adapter.info as GPUAdapterInfo & { isFallbackAdapter?: boolean };
  const fallback = Boolean(info.isFallbackAdapter);
  const description = [info.vendor, info.architecture, info.description].filter(Boolean).join(' / ');
  const engine = createWebGpuBackend(device, { description, isFallbackAdapter: fallback });
  tf.removeBackend('webgpu');
  tf.registerBackend('webgpu', async () => new WebGPUBackend(device, adapter.info), 3);
  await tf.setBackend('webgpu');
  const cpu = createCpuBackend();
  const wasm = await createWasmBackend();
  const renderer = createMapRenderer(engine, document.getElementById('render') as HTMLCanvasElement);
  const frames = Number(params.get('frames') ?? (fallback ? 5 : 30));
  const cpuMax = Number(params.get('cpuMax') ?? 64);
  const cpuFrames = Number(params.get('cpuFrames') ?? 5);

  const rows: Row[] = [];
  for (const w of workloads(fallback)) {
    document.getElementById('status')!.textContent = `running ${w.name} ${w.size}`;
    const withCpu = w.size <= cpuMax;
    rows.push({
      workload: w,
      gflop: workloadFlop(w) / 1e9,
      engine: await engineTiming(engine, device, renderer, w, frames),
      tfjs: await tfTiming(device, w, frames),
      ...interleavedTimings({ wasm, cpu: withCpu ? cpu : null }, w, withCpu ? cpuFrames : frames),
    });
  }
  wasm.destroy();
  return {
    adapter: description,
    wasm: wasm.info.description,
    isFallbackAdapter: fallback,
    timestampQuery: features.length > 0,
    frames,
    rows,
  };
}

main().then(
  (result) => {
    (window as unknown as { __bench: unknown }).__bench = result;
    document.getElementById('status')!.textContent = 'done';
  },
  (err: unknown) => {
    (window as unknown as { __bench: unknown }).__bench = { error: String(err) };
  },
);

// Node-only quick benchmark (`npm run bench -- --node`): milliseconds per op of the canonical
// pipeline (rotate -> lift C8 4ch 5x5 -> ReLU -> group conv C8 4->4 5x5 -> ReLU -> orientation
// max-pool) on the float64 CPU reference and on the WASM backend. Frames alternate between the
// two backends (A/B, the order swapped every frame so neither always runs on a warm cache);
// each op's figure is its median over the frames.
import type { Backend } from '../../src/engine/backend';
import { createCpuBackend } from '../../src/engine/cpu/index';
import { createWasmBackend } from '../../src/engine/wasm/index';
import { actOnImage } from '../../src/layers';
import { buildEngineRun, workloadFlop, type Workload } from './workloads';

export interface NodeBenchOptions {
  sizes: number[];
  frames: number;
}

export interface NodeBenchRow {
  size: number;
  gflop: number;
  /** op name -> median ms, per backend. */
  cpu: Record<string, number>;
  wasm: Record<string, number>;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** One frame, op by op: the rotation, then each layer of the pipeline into its own stage. */
function timedFrame(backend: Backend, run: ReturnType<typeof buildEngineRun>, angle: number) {
  const times: Record<string, number> = {};
  let t0 = performance.now();
  actOnImage(backend, run.image, run.pipeline.input, { angle }, 'bilinear', true);
  times.rotate = performance.now() - t0;
  let x = run.pipeline.input;
  run.pipeline.layers.forEach((layer, k) => {
    t0 = performance.now();
    layer.forward(x, run.pipeline.stages[k]);
    times[`${k + 1} ${layer.name}`] = performance.now() - t0;
    x = run.pipeline.stages[k];
  });
  times.frame = Object.values(times).reduce((a, b) => a + b, 0);
  return times;
}

export async function runNodeBench({ sizes, frames }: NodeBenchOptions): Promise<NodeBenchRow[]> {
  const backends = { cpu: createCpuBackend(), wasm: await createWasmBackend() };
  const rows: NodeBenchRow[] = [];
  for (const size of sizes) {
    const w: Workload = { name: 'canonical', size, channels: 4, kernel: 5, n: 8 };
    const runs = { cpu: buildEngineRun(backends.cpu, w), wasm: buildEngineRun(backends.wasm, w) };
    const samples = { cpu: [] as Record<string, number>[], wasm: [] as Record<string, number>[] };
    for (let i = -1; i < frames; i++) {
      const order = i % 2 === 0 ? (['cpu', 'wasm'] as const) : (['wasm', 'cpu'] as const);
      for (const name of order) {
        const times = timedFrame(backends[name], runs[name], (i * Math.PI) / 4);
        if (i >= 0) samples[name].push(times); // frame -1 warms up caches and filter banks
      }
    }
    const medians = (xs: Record<string, number>[]) =>
      Object.fromEntries(Object.keys(xs[0]).map((op) => [op, median(xs.map((x) => x[op]))]));
    rows.push({ size, gflop: workloadFlop(w) / 1e9, cpu: medians(samples.cpu), wasm: medians(samples.wasm) });
    runs.cpu.dispose();
    runs.wasm.dispose();
  }
  backends.wasm.destroy();
  return rows;
}

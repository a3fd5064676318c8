// Training benchmark page (run by scripts/bench-train-browser.mjs): seconds per training step of
// both networks (experiment a's plan, batch 32) and per test pass (1,000 randomly turned digits,
// both networks) on each tfjs backend the page can train on: tfjs-wasm (XNNPACK), tfjs-webgpu (its
// own device; SwiftShader where there is no GPU) and tfjs-cpu. Backends alternate in rounds and
// each reports the median of its rounds. Results land in window.__trainBench.
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-webgpu';
import * as tf from '@tensorflow/tfjs-core';
import { SIDE, TEST, TRAIN } from 'virtual:mnist-train';
import { prepareWasm } from '../../src/engine/wasm/runtime';
import { decodeDigits } from '../../src/training/digits';
import { evaluate, RANDOM_TURNS } from '../../src/training/evaluation';
import { ROTATED_PLAN } from '../../src/training/experiments';
import { PairTrainer } from '../../src/training/trainer';
import { registerWasmFilterGradient } from '../../src/training/wasmFilterGradient';

type Name = 'wasm' | 'webgpu' | 'cpu';
const STEPS: Record<Name, number> = { wasm: 20, webgpu: 3, cpu: 2 };
const ROUNDS = 3;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const sets = { train: decodeDigits(SIDE, TRAIN), test: decodeDigits(SIDE, TEST) };

async function round(name: Name): Promise<{ step: number; test: number }> {
  await tf.setBackend(name);
  const trainer = new PairTrainer(sets.train, ROTATED_PLAN);
  trainer.step(); // warm-up: shader compilation, operator creation
  await trainer.readLosses();
  let t0 = performance.now();
  for (let i = 0; i < STEPS[name]; i++) trainer.step();
  await trainer.readLosses();
  const step = (performance.now() - t0) / 1000 / STEPS[name];
  t0 = performance.now();
  // The test pass only on the fast backends: tfjs-cpu's would take minutes.
  let test = NaN;
  if (name !== 'cpu') {
    for (const kind of ['plain', 'gcnn'] as const)
      await evaluate(trainer.models[kind], sets.test, [RANDOM_TURNS]);
    test = (performance.now() - t0) / 1000;
  }
  trainer.dispose();
  return { step, test };
}

async function main() {
  const adapter = await navigator.gpu?.requestAdapter();
  const info = adapter?.info;
  const backends: Name[] = ['wasm', 'cpu'];
  if (adapter) backends.splice(1, 0, 'webgpu');
  if (!(await prepareWasm())) throw new Error('WebAssembly SIMD is missing');
  registerWasmFilterGradient();
  const samples: Record<string, { step: number[]; test: number[] }> = {};
  for (let r = 0; r < ROUNDS; r++)
    for (const name of backends) {
      (document.getElementById('status') as HTMLElement).textContent = `round ${r + 1}, ${name}`;
      const s = await round(name);
      (samples[name] ??= { step: [], test: [] }).step.push(s.step);
      samples[name].test.push(s.test);
    }
  const rows = backends.map((name) => ({
    backend: name,
    stepSeconds: median(samples[name].step),
    testSeconds: median(samples[name].test),
  }));
  return {
    adapter: info ? `${info.vendor} ${info.architecture} ${info.description}`.trim() : 'none',
    fallback: Boolean(
      (adapter as { isFallbackAdapter?: boolean } | null)?.isFallbackAdapter ?? info?.isFallbackAdapter,
    ),
    rows,
  };
}

main().then(
  (result) => Object.assign(window, { __trainBench: result }),
  (err: unknown) => Object.assign(window, { __trainBench: { error: String(err) } }),
);

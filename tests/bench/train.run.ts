// Figures for the training experiments (a benchmark, not a test: it prints and asserts nothing).
// 1. Seconds per training step (both networks, one batch of 32) on tfjs-wasm and tfjs-cpu,
//    interleaved rounds, medians.
// 2. Experiment a (rotated MNIST) over 3 seeds on tfjs-wasm: test accuracy upright and on randomly
//    turned digits, wall time. 3. Experiment b: quarter turns and every 15 degrees. 4. Experiment c:
//    the data-efficiency sweep. BENCH_TRAIN=speed,a,b,c picks parts (all by default).
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-wasm';
import * as tf from '@tensorflow/tfjs-core';
import { SIDE, TEST, TRAIN } from 'virtual:mnist-train';
import { test } from 'vitest';
import { decodeDigits } from '../../src/training/digits';
import {
  ROTATED_PLAN,
  UPRIGHT_PLAN,
  runEfficiency,
  runPlan,
  type Checkpoint,
} from '../../src/training/experiments';
import { weightCount } from '../../src/training/models';
import { PairTrainer } from '../../src/training/trainer';
import { registerWasmFilterGradient } from '../../src/training/wasmFilterGradient';

const sets = { train: decodeDigits(SIDE, TRAIN), test: decodeDigits(SIDE, TEST) };
const parts = (process.env.BENCH_TRAIN ?? 'speed,a,b,c').split(',');
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const hooks = { alive: () => true, onProgress: () => undefined };

function accuracy(c: Checkpoint, kind: 'plain' | 'gcnn', view: 'random' | number): number {
  return c.scores[kind].find((s) =>
    view === 'random' ? s.view.kind === 'random' : s.view.kind === 'angle' && s.view.degrees === view,
  )!.accuracy;
}

async function secondsPerStep(backend: 'wasm' | 'cpu', steps: number): Promise<number> {
  await tf.setBackend(backend);
  const trainer = new PairTrainer(sets.train, ROTATED_PLAN);
  trainer.step(); // warm-up: operator creation, first allocation
  await trainer.readLosses();
  const t0 = performance.now();
  for (let i = 0; i < steps; i++) trainer.step();
  await trainer.readLosses();
  const s = (performance.now() - t0) / 1000 / steps;
  trainer.dispose();
  return s;
}

test('training figures', async () => {
  registerWasmFilterGradient();
  console.log(
    `weights: plain CNN ${weightCount('plain')}, C4 G-CNN ${weightCount('gcnn')}; batch ${ROTATED_PLAN.batch}`,
  );
  if (parts.includes('speed')) {
    const wasm: number[] = [];
    const cpu: number[] = [];
    for (let round = 0; round < 3; round++) {
      wasm.push(await secondsPerStep('wasm', 20));
      cpu.push(await secondsPerStep('cpu', 2));
    }
    const [w, c] = [median(wasm), median(cpu)];
    console.log(
      `seconds per step (both networks), median of 3 interleaved rounds: tfjs-wasm ${w.toFixed(3)}, tfjs-cpu ${c.toFixed(3)}, ratio ${(c / w).toFixed(1)}x`,
    );
  }
  await tf.setBackend('wasm');
  if (parts.includes('a')) {
    const rows: string[] = [];
    const gaps: number[] = [];
    const gAcc: number[] = [];
    for (const seed of [1, 2, 3]) {
      const run = await runPlan('rotated', { ...ROTATED_PLAN, seed }, sets, hooks);
      run.trainer.dispose();
      const c = run.checkpoints.at(-1)!;
      const [p, g] = [accuracy(c, 'plain', 'random'), accuracy(c, 'gcnn', 'random')];
      gaps.push(g - p);
      gAcc.push(g);
      rows.push(
        `| ${seed} | ${pct(p)} | ${pct(g)} | ${pct(accuracy(c, 'plain', 0))} | ${pct(accuracy(c, 'gcnn', 0))} | ${run.seconds.toFixed(0)} s |`,
      );
      const curve = run.checkpoints.map(
        (k) => `${k.step}: ${pct(accuracy(k, 'plain', 'random'))}/${pct(accuracy(k, 'gcnn', 'random'))}`,
      );
      console.log(`seed ${seed} randomly turned test accuracy plain/G-CNN by step: ${curve.join(', ')}`);
      console.log(
        `seed ${seed}: ${run.seconds.toFixed(1)} s, of which training steps ${run.trainSeconds.toFixed(1)} s and tests ${run.testSeconds.toFixed(1)} s`,
      );
    }
    console.log(
      `experiment a (${ROTATED_PLAN.steps} steps, tfjs-wasm, Node)\n| seed | plain, turned | G-CNN, turned | plain, upright | G-CNN, upright | time |\n|---|---|---|---|---|---|\n${rows.join('\n')}`,
    );
    console.log(
      `G-CNN turned: min ${pct(Math.min(...gAcc))}, max ${pct(Math.max(...gAcc))}; G-CNN minus plain: min ${(100 * Math.min(...gaps)).toFixed(1)}, max ${(100 * Math.max(...gaps)).toFixed(1)} points`,
    );
  }
  if (parts.includes('b')) {
    const run = await runPlan('upright', UPRIGHT_PLAN, sets, hooks);
    run.trainer.dispose();
    const c = run.checkpoints.at(-1)!;
    const angles = c.scores.plain
      .flatMap((s) => (s.view.kind === 'angle' ? [s.view.degrees] : []))
      .sort((a, b) => a - b);
    console.log(
      `experiment b (${UPRIGHT_PLAN.steps} steps upright, ${run.seconds.toFixed(0)} s)\n| angle | plain | G-CNN |\n|---|---|---|`,
    );
    for (const d of angles)
      console.log(`| ${d}° | ${pct(accuracy(c, 'plain', d))} | ${pct(accuracy(c, 'gcnn', d))} |`);
  }
  if (parts.includes('c')) {
    const t0 = performance.now();
    const points = await runEfficiency(sets, { ...hooks, onPoint: () => undefined });
    console.log(
      `experiment c (data efficiency, ${((performance.now() - t0) / 1000).toFixed(0)} s)\n| training digits | steps | plain error | G-CNN error |\n|---|---|---|---|`,
    );
    for (const p of points)
      console.log(`| ${p.trainSize} | ${p.steps} | ${pct(p.error.plain)} | ${pct(p.error.gcnn)} |`);
  }
}, 3_600_000);

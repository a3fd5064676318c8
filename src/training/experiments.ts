// The three training experiments of the group-convolution lesson, as plans and a runner with no
// React: (a) Cohen & Welling's (2016) rotated MNIST, trained and tested on digits turned by random
// angles; (b) trained upright, tested turned by quarter turns and by any angle; (c) data
// efficiency, (a) repeated on training sets from 50 digits to all 8,000, test error against size.
import {
  ANGLE_SWEEP,
  QUARTER_TURNS,
  RANDOM_TURNS,
  evaluate,
  type TestView,
  type ViewScore,
} from './evaluation';
import type { ModelKind } from './models';
import { firstDigits, type DigitSet } from './digits';
import { MODEL_KINDS, PairTrainer, type TrainingPlan } from './trainer';

export type ExperimentId = 'rotated' | 'upright' | 'efficiency';

export const BATCH = 32;
export const LEARNING_RATE = 0.01;
/** Test every this many steps while training (and at the last step). */
export const EVALUATE_EVERY = 100;

export const ROTATED_PLAN: TrainingPlan = {
  protocol: 'rotated',
  trainSize: 8000,
  steps: 1200,
  batch: BATCH,
  learningRate: LEARNING_RATE,
  seed: 1,
};
export const UPRIGHT_PLAN: TrainingPlan = { ...ROTATED_PLAN, protocol: 'upright', steps: 600 };

/** Training-set sizes of the data-efficiency sweep. */
export const EFFICIENCY_SIZES = [50, 150, 500, 1500, 8000] as const;

/** About 30 passes over a small set, at least 200 steps, at most the full run's 1,200. */
export function efficiencyPlan(trainSize: number): TrainingPlan {
  const steps = Math.min(ROTATED_PLAN.steps, Math.max(200, Math.ceil((30 * trainSize) / BATCH)));
  return { ...ROTATED_PLAN, trainSize, steps };
}

/** Test views used while training and at the end of a run. */
export function viewsOf(id: ExperimentId, final: boolean): TestView[] {
  if (id === 'upright')
    return final
      ? [...QUARTER_TURNS, ...ANGLE_SWEEP.filter((v) => v.kind === 'angle' && v.degrees % 90 !== 0)]
      : QUARTER_TURNS;
  return final ? [QUARTER_TURNS[0], RANDOM_TURNS] : [RANDOM_TURNS];
}

export interface Checkpoint {
  step: number;
  scores: Record<ModelKind, ViewScore[]>;
}

export interface RunProgress {
  /** Steps done and planned in this run. */
  step: number;
  steps: number;
  losses: Record<ModelKind, number[]>;
  checkpoints: Checkpoint[];
  /** Seconds since the run started, and the parts of them spent in training steps and in tests. */
  seconds: number;
  trainSeconds: number;
  testSeconds: number;
}

export interface RunHooks {
  /** False once the run should stop (Stop, Reset, unmount): the runner returns what it has. */
  alive(): boolean;
  /** Called every few steps and after every test. */
  onProgress(progress: RunProgress): void;
  /** Lets the page breathe between steps (the browser passes a macrotask; Node, nothing). */
  yieldNow?: () => Promise<void>;
}

const LOSS_READ_EVERY = 10;

/** Trains a pair of networks under a plan, testing every EVALUATE_EVERY steps; stops early if asked. */
export async function runPlan(
  id: ExperimentId,
  plan: TrainingPlan,
  sets: { train: DigitSet; test: DigitSet },
  hooks: RunHooks,
): Promise<RunProgress & { trainer: PairTrainer }> {
  const trainer = new PairTrainer(sets.train, plan);
  const checkpoints: Checkpoint[] = [];
  const t0 = performance.now();
  let [trainMs, testMs] = [0, 0];
  const progress = (): RunProgress => ({
    step: trainer.steps,
    steps: plan.steps,
    losses: trainer.losses,
    checkpoints,
    seconds: (performance.now() - t0) / 1000,
    trainSeconds: trainMs / 1000,
    testSeconds: testMs / 1000,
  });
  const test = async (final: boolean) => {
    const start = performance.now();
    const scores = {} as Record<ModelKind, ViewScore[]>;
    for (const kind of MODEL_KINDS)
      scores[kind] = await evaluate(trainer.models[kind], sets.test, viewsOf(id, final));
    checkpoints.push({ step: trainer.steps, scores });
    testMs += performance.now() - start;
  };
  try {
    while (hooks.alive() && trainer.steps < plan.steps) {
      const start = performance.now();
      trainer.step();
      const last = trainer.steps === plan.steps;
      const read = trainer.steps % LOSS_READ_EVERY === 0 || last;
      if (read) await trainer.readLosses();
      trainMs += performance.now() - start;
      if (read) {
        if (trainer.steps % EVALUATE_EVERY === 0 || last) await test(last);
        hooks.onProgress(progress());
      }
      await hooks.yieldNow?.();
    }
    await trainer.readLosses();
    // Stopped early: test once more, so what was trained is measured.
    if (trainer.steps > 0 && checkpoints.at(-1)?.step !== trainer.steps) await test(true);
    hooks.onProgress(progress());
    return { ...progress(), trainer };
  } catch (err) {
    trainer.dispose();
    throw err;
  }
}

export interface EfficiencyPoint {
  trainSize: number;
  steps: number;
  /** Test error on randomly turned test digits, per network. */
  error: Record<ModelKind, number>;
}

/** Test error on the randomly turned test set at a checkpoint. */
export function randomTurnError(checkpoint: Checkpoint): Record<ModelKind, number> {
  const pick = (kind: ModelKind) =>
    1 - checkpoint.scores[kind].find((s) => s.view.kind === 'random')!.accuracy;
  return { plain: pick('plain'), gcnn: pick('gcnn') };
}

/** The data-efficiency sweep: one rotated run per size; a stopped run ends the sweep. */
export async function runEfficiency(
  sets: { train: DigitSet; test: DigitSet },
  hooks: RunHooks & { onPoint(points: EfficiencyPoint[], running: number | null): void },
  sizes: readonly number[] = EFFICIENCY_SIZES,
): Promise<EfficiencyPoint[]> {
  const points: EfficiencyPoint[] = [];
  for (const size of sizes) {
    if (!hooks.alive()) break;
    hooks.onPoint(points, size);
    const plan = efficiencyPlan(size);
    const run = await runPlan(
      'efficiency',
      plan,
      { train: firstDigits(sets.train, size), test: sets.test },
      hooks,
    );
    run.trainer.dispose();
    if (run.step < plan.steps) break; // stopped: a half-trained point would mislead
    points.push({ trainSize: size, steps: plan.steps, error: randomTurnError(run.checkpoints.at(-1)!) });
  }
  hooks.onPoint(points, null);
  return points;
}

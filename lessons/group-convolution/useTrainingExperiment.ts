// Runs the training experiments of the lesson in the page: loads tfjs and the digits on first use,
// trains step by step (yielding to the page between steps), keeps what each experiment measured
// when it is stopped, and starts afresh on Reset or a change of engine.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { EngineSnapshot } from '../../src/engine/bootstrap';
import type { EfficiencyPoint, ExperimentId, RunProgress } from '../../src/training/experiments';
import type { CurveSet } from '../../src/training/responseCurves';
import type { TrainingRuntime } from '../../src/training/tfBackend';

export type TrainingStatus = 'idle' | 'loading' | 'training' | 'stopped' | 'done' | 'error';

export interface ExperimentResult {
  status: TrainingStatus;
  /** The run in progress or the last one (the sweep's current size). */
  progress: RunProgress | null;
  /** Data efficiency only: finished sizes, and the size training now. */
  points: EfficiencyPoint[];
  runningSize: number | null;
  /** Trained here, or the networks shipped with the page ("Use trained networks"). */
  source: 'trained' | 'shipped';
  /** Rotation response curves of the shipped networks (computed after their test). */
  curves?: ResponseCurves;
}

export interface ResponseCurves {
  plain: CurveSet;
  gcnn: CurveSet & { channel: number; shiftError: number };
  digits: number;
  top: number;
}

export interface TrainingState {
  running: ExperimentId | null;
  runtime: TrainingRuntime | null;
  message: string | null;
  results: Partial<Record<ExperimentId, ExperimentResult>>;
}

const EMPTY: TrainingState = { running: null, runtime: null, message: null, results: {} };
const FRESH: ExperimentResult = {
  status: 'loading',
  progress: null,
  points: [],
  runningSize: null,
  source: 'trained',
};

// A macrotask between steps lets the page paint and take input. A MessageChannel, not
// setTimeout(0): browsers clamp nested timeouts to 4 ms, 5 s over a 1,200-step run.
const channel = typeof MessageChannel === 'undefined' ? null : new MessageChannel();
const waiting: (() => void)[] = [];
if (channel) channel.port1.onmessage = () => waiting.shift()?.();
const breathe = () =>
  new Promise<void>((resolve) => {
    if (!channel) return void setTimeout(resolve, 0);
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });

export function useTrainingExperiment(snapshot: EngineSnapshot | null) {
  const [state, setState] = useState<TrainingState>(EMPTY);
  const run = useRef(0); // bumped to stop the loop that is running
  const generation = useRef(0); // bumped by Reset: a stopped run's last words are then dropped

  const patch = useCallback((id: ExperimentId, change: Partial<ExperimentResult>) => {
    setState((s) => ({ ...s, results: { ...s.results, [id]: { ...(s.results[id] ?? FRESH), ...change } } }));
  }, []);

  const reset = useCallback(() => {
    run.current++;
    generation.current++;
    setState(EMPTY);
  }, []);
  useEffect(() => reset, [reset, snapshot]); // a new engine (device loss, a switch): start afresh

  const stop = useCallback(() => {
    run.current++;
  }, []);

  /**
   * Starts a run of experiment `id`: stops the one before, clears its result, and returns what the run
   * reports through (dropped after a Reset), whether it may go on, and how it fails and ends.
   */
  const begin = useCallback(
    (id: ExperimentId, source: ExperimentResult['source']) => {
      const mine = ++run.current;
      const gen = generation.current;
      const current = () => generation.current === gen;
      const report = (change: Partial<ExperimentResult>) => {
        if (current()) patch(id, change);
      };
      setState((s) => ({ ...s, running: id, message: null, results: { ...s.results, [id]: { ...FRESH, source } } }));
      return {
        report,
        alive: () => run.current === mine,
        runtime: (runtime: TrainingRuntime) => current() && setState((s) => ({ ...s, runtime })),
        fail: (what: string, e: unknown) => {
          report({ status: 'error' });
          if (current()) setState((s) => ({ ...s, message: `${what}: ${e instanceof Error ? e.message : String(e)}` }));
        },
        end: () => current() && setState((s) => (s.running === id ? { ...s, running: null } : s)),
      };
    },
    [patch],
  );

  const train = useCallback(
    async (id: ExperimentId) => {
      if (!snapshot) return;
      const { report, alive, runtime: showRuntime, fail, end } = begin(id, 'trained');
      try {
        const [{ tfOnEngine }, { loadDigitSets }, experiments] = await Promise.all([
          import('../../src/training/tfBackend'),
          import('../../src/training/digits'),
          import('../../src/training/experiments'),
        ]);
        const runtime = await tfOnEngine(snapshot);
        const sets = await loadDigitSets();
        if (!alive()) return void report({ status: 'stopped' });
        showRuntime(runtime);
        report({ status: 'training' });
        const hooks = {
          alive,
          yieldNow: breathe,
          onProgress: (progress: RunProgress) => {
            report({
              progress: {
                ...progress,
                losses: { plain: [...progress.losses.plain], gcnn: [...progress.losses.gcnn] },
                checkpoints: [...progress.checkpoints],
              },
            });
          },
        };
        let finished: boolean;
        if (id === 'efficiency') {
          const points = await experiments.runEfficiency(sets, {
            ...hooks,
            onPoint: (done, size) => report({ points: [...done], runningSize: size }),
          });
          finished = points.length === experiments.EFFICIENCY_SIZES.length;
        } else {
          const plan = id === 'rotated' ? experiments.ROTATED_PLAN : experiments.UPRIGHT_PLAN;
          const { trainer, ...result } = await experiments.runPlan(id, plan, sets, hooks);
          report({ progress: result });
          trainer.dispose();
          finished = result.step === plan.steps;
        }
        report({ status: finished ? 'done' : 'stopped' });
      } catch (e) {
        fail('Training stopped', e);
      } finally {
        end();
      }
    },
    [snapshot, begin],
  );

  /** Loads the shipped networks and tests them as experiment a tests its own. */
  const loadShipped = useCallback(async () => {
    if (!snapshot) return;
    const { report, runtime: showRuntime, fail, end } = begin('rotated', 'shipped');
    try {
      const [{ tfOnEngine }, { loadDigitSets }, { loadTrained }, { evaluate }, { viewsOf }, curves] = await Promise.all([
        import('../../src/training/tfBackend'),
        import('../../src/training/digits'),
        import('../../src/training/shipped'),
        import('../../src/training/evaluation'),
        import('../../src/training/experiments'),
        import('../../src/training/responseCurves'),
      ]);
      const runtime = await tfOnEngine(snapshot);
      const sets = await loadDigitSets();
      const { file, models } = await loadTrained();
      const t0 = performance.now();
      try {
        const views = viewsOf('rotated', true);
        const scores = {
          plain: await evaluate(models.plain, sets.test, views),
          gcnn: await evaluate(models.gcnn, sets.test, views),
        };
        const steps = file.plan.steps;
        const seconds = (performance.now() - t0) / 1000;
        const losses = { plain: [], gcnn: [] };
        report({
          status: 'training', // the curves come next
          progress: { step: steps, steps, losses, checkpoints: [{ step: steps, scores }], seconds, trainSeconds: 0, testSeconds: seconds },
        });
        // The 100 first test digits (10 per class), each turned through the circle in 2-degree steps.
        const [digits, top] = [100, 16];
        const plainTable = await curves.responseTable(models.plain, sets.test, digits);
        const gcnnTable = await curves.responseTable(models.gcnn, sets.test, digits);
        report({
          status: 'done',
          curves: { plain: curves.plainCurves(plainTable, 4, top), gcnn: curves.gcnnCurves(gcnnTable, top), digits, top },
        });
      } finally {
        models.plain.dispose();
        models.gcnn.dispose();
      }
      showRuntime(runtime);
    } catch (e) {
      fail('Could not load the trained networks', e);
    } finally {
      end();
    }
  }, [snapshot, begin]);

  return { state, train, stop, reset, loadShipped };
}

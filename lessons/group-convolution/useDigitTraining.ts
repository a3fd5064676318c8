// Runs the side-by-side training of the training widget: loads tfjs and the digits on first use,
// trains step by step (the page stays responsive), tests on turned digits every few steps, and
// stops cleanly on Stop, Reset, unmount or a change of engine.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { EngineSnapshot } from '../../src/engine/bootstrap';
import type { Evaluation } from '../../src/training/trainer';
import type { DigitTrainer } from '../../src/training/trainer';

export const BATCH = 32;
const EVALUATE_EVERY = 25;

export interface TrainingView {
  status: 'idle' | 'loading' | 'training' | 'stopped' | 'done' | 'error';
  step: number;
  target: number;
  losses: { plain: number[]; gcnn: number[] };
  evaluation: Evaluation | null;
  /** The step the evaluation was taken at. */
  evaluatedAt: number;
  runsOn: string;
  message: string | null;
}

const IDLE: TrainingView = {
  status: 'idle',
  step: 0,
  target: 0,
  losses: { plain: [], gcnn: [] },
  evaluation: null,
  evaluatedAt: 0,
  runsOn: '',
  message: null,
};

export function useDigitTraining(snapshot: EngineSnapshot | null) {
  const [view, setView] = useState<TrainingView>(IDLE);
  const trainer = useRef<DigitTrainer | null>(null);
  const run = useRef(0); // bumped to stop the loop that is running

  const reset = useCallback(() => {
    run.current++;
    trainer.current?.dispose();
    trainer.current = null;
    setView(IDLE);
  }, []);
  useEffect(() => reset, [reset, snapshot]); // a new engine (device loss, CPU switch): start afresh

  const stop = useCallback(() => {
    run.current++;
    setView((v) => (v.status === 'training' || v.status === 'loading' ? { ...v, status: 'stopped' } : v));
  }, []);

  const train = useCallback(
    async (steps: number) => {
      if (!snapshot) return;
      const mine = ++run.current;
      const alive = () => run.current === mine;
      try {
        setView((v) => ({ ...v, status: 'loading', message: null }));
        const [{ tfOnEngine }, { loadDigitSets }, { DigitTrainer }] = await Promise.all([
          import('../../src/training/tfBackend'),
          import('../../src/training/digits'),
          import('../../src/training/trainer'),
        ]);
        const runsOn = await tfOnEngine(snapshot);
        const sets = trainer.current ? null : await loadDigitSets();
        if (!alive()) return; // stopped or reset while tfjs and the digits loaded
        const t = trainer.current ?? new DigitTrainer(sets!.train, sets!.test, 7);
        trainer.current = t;
        const target = t.steps + steps;
        setView((v) => ({ ...v, status: 'training', target, runsOn }));
        while (alive() && t.steps < target) {
          await t.step(BATCH);
          const evaluation = t.steps % EVALUATE_EVERY === 0 || t.steps === target ? await t.evaluate() : null;
          if (!alive()) return;
          setView((v) => ({
            ...v,
            step: t.steps,
            losses: { plain: [...t.losses.plain], gcnn: [...t.losses.gcnn] },
            ...(evaluation ? { evaluation, evaluatedAt: t.steps } : {}),
          }));
        }
        if (alive()) setView((v) => ({ ...v, status: 'done' }));
      } catch (e) {
        if (alive()) setView((v) => ({ ...v, status: 'error', message: `Training stopped: ${String(e)}` }));
      }
    },
    [snapshot],
  );

  return { view, train, stop, reset };
}

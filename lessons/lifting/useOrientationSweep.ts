// Runs the many-orientations sweep one N at a time, handing the points so far to the page after
// each N and yielding a frame in between, so the plot grows while the engine works and the page
// stays responsive. A new input, ψ, angle or engine object cancels the run in flight.
import { useEffect, useState } from 'react';
import {
  ORIENTATION_COUNTS,
  type OrientationPoint,
  type OrientationSweep,
} from '../../src/experiments/orientations/manyOrientations';

const DEG = Math.PI / 180;

/** What a run was computed for; the readout compares it with what the reader asked for. */
export interface SweepKey {
  sweep: OrientationSweep;
  pixels: Float32Array;
  kernel: readonly number[];
  thetaDeg: number;
}

export interface SweepRun {
  key: SweepKey | null;
  points: OrientationPoint[];
  done: boolean;
  error: string | null;
}

const EMPTY: SweepRun = { key: null, points: [], done: false, error: null };

const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

export function useOrientationSweep(
  sweep: OrientationSweep | null,
  pixels: Float32Array | null,
  kernel: readonly number[],
  thetaDeg: number,
  enabled: boolean,
): SweepRun {
  const [run, setRun] = useState<SweepRun>(EMPTY);
  useEffect(() => {
    if (!sweep || !pixels || !enabled) return;
    const key: SweepKey = { sweep, pixels, kernel, thetaDeg };
    let live = true;
    const go = async () => {
      const points: OrientationPoint[] = [];
      setRun({ key, points: [], done: false, error: null });
      sweep.setInput(pixels, Float32Array.from(kernel), thetaDeg * DEG);
      for (const N of ORIENTATION_COUNTS) {
        const p = await sweep.errorsFor(N);
        if (!live) return;
        points.push(p);
        setRun({ key, points: [...points], done: points.length === ORIENTATION_COUNTS.length, error: null });
        await nextFrame();
        if (!live) return;
      }
    };
    go().catch((e: unknown) => live && setRun({ key, points: [], done: false, error: String(e) }));
    return () => {
      live = false;
    };
  }, [sweep, pixels, kernel, thetaDeg, enabled]);
  return run;
}

// Test accuracy of trained networks on the test digits seen in different ways: upright, turned by
// quarter turns (exact permutations of pixels), turned by any angle (bilinear), or each turned by
// its own random angle (the rotated-MNIST test set; the same angles for every run).
import * as tf from '@tensorflow/tfjs-core';
import { turnedDigits, type DigitSet } from './digits';
import type { DigitModel } from './models';
import { cyclicGroup, imageActionIndexMap } from '../math';
import { mulberry32 } from '../math/random';

/** How the test digits are shown: turned by one angle (degrees), or each by its own random angle. */
export type TestView = { kind: 'angle'; degrees: number } | { kind: 'random' };

export interface ViewScore {
  view: TestView;
  accuracy: number;
  /** Test digits whose predicted class differs from the upright prediction. */
  changed: number;
  /** Largest change of any output (logit) against the upright input. */
  maxLogitChange: number;
}

export const QUARTER_TURNS: TestView[] = [0, 90, 180, 270].map((degrees) => ({ kind: 'angle', degrees }));
export const RANDOM_TURNS: TestView = { kind: 'random' };
/** Every 15 degrees, for the accuracy-against-angle curve. */
export const ANGLE_SWEEP: TestView[] = Array.from({ length: 25 }, (_, i) => ({
  kind: 'angle',
  degrees: 15 * i,
}));

const RANDOM_SEED = 20160601;

/** The test digits turned by k quarter turns: an exact pixel permutation (the math core's C4 action). */
function quarterTurned(test: DigitSet, k: number): Float32Array {
  const S = test.side * test.side;
  const map = imageActionIndexMap(cyclicGroup(4), k, test.side);
  const out = new Float32Array(test.images.length);
  for (let n = 0; n < test.count; n++)
    for (let i = 0; i < S; i++) out[n * S + i] = map[i] < 0 ? 0 : test.images[n * S + map[i]];
  return out;
}

/** The test images as a view shows them. */
export function viewImages(test: DigitSet, view: TestView): Float32Array {
  const all = Array.from({ length: test.count }, (_, n) => n);
  if (view.kind === 'random') {
    const random = mulberry32(RANDOM_SEED);
    return turnedDigits(
      test,
      all,
      all.map(() => 2 * Math.PI * random()),
    );
  }
  const degrees = ((view.degrees % 360) + 360) % 360;
  if (degrees % 90 === 0) return quarterTurned(test, degrees / 90);
  return turnedDigits(
    test,
    all,
    all.map(() => (degrees * Math.PI) / 180),
  );
}

/** Logits [count x 10] of a model on images, in batches (bounded memory). */
export async function logitsOf(
  model: DigitModel,
  images: Float32Array,
  side: number,
  batch = 250,
): Promise<Float32Array> {
  const count = images.length / (side * side);
  const out = new Float32Array(count * 10);
  for (let start = 0; start < count; start += batch) {
    const n = Math.min(batch, count - start);
    const logits = tf.tidy(() =>
      model.predict(
        tf.tensor4d(images.subarray(start * side * side, (start + n) * side * side), [n, side, side, 1]),
      ),
    );
    out.set((await logits.data()) as Float32Array, start * 10);
    logits.dispose();
  }
  return out;
}

const argmax = (v: Float32Array, n: number) => {
  let best = 0;
  for (let c = 1; c < 10; c++) if (v[n * 10 + c] > v[n * 10 + best]) best = c;
  return best;
};

export function scoreView(
  view: TestView,
  logits: Float32Array,
  upright: Float32Array,
  labels: Int32Array,
): ViewScore {
  let right = 0;
  let changed = 0;
  let maxLogitChange = 0;
  for (let n = 0; n < labels.length; n++) {
    const p = argmax(logits, n);
    if (p === labels[n]) right++;
    if (p !== argmax(upright, n)) changed++;
  }
  for (let i = 0; i < logits.length; i++)
    maxLogitChange = Math.max(maxLogitChange, Math.abs(logits[i] - upright[i]));
  return { view, accuracy: right / labels.length, changed, maxLogitChange };
}

/** Scores of one model on several views of the test set (the upright view is computed once). */
export async function evaluate(
  model: DigitModel,
  test: DigitSet,
  views: readonly TestView[],
): Promise<ViewScore[]> {
  const upright = await logitsOf(model, test.images, test.side);
  const scores: ViewScore[] = [];
  for (const view of views) {
    const isUpright = view.kind === 'angle' && view.degrees % 360 === 0;
    const logits = isUpright ? upright : await logitsOf(model, viewImages(test, view), test.side);
    scores.push(scoreView(view, logits, upright, test.labels));
  }
  return scores;
}

// The networks shipped for the lecture: experiment a's protocol, trained longer than the page's
// run (written by `npm run train:weights`), loaded on demand by "Use trained networks".
import type { DigitSet } from './digits';
import { evaluate, QUARTER_TURNS, RANDOM_TURNS } from './evaluation';
import { ROTATED_PLAN } from './experiments';
import { c4Gcnn, plainCnn, type DigitModel, type ModelKind } from './models';
import { unpackInto, type TrainedFile } from './trainedWeights';
import type { TrainingPlan } from './trainer';

export const SHIPPED_PLAN: TrainingPlan = { ...ROTATED_PLAN, steps: 3000, seed: 1 };

/** Test accuracy on the randomly turned and the upright test digits. */
export async function measureTrained(
  models: Record<ModelKind, DigitModel>,
  test: DigitSet,
): Promise<TrainedFile['recorded']> {
  const out = {} as TrainedFile['recorded'];
  for (const kind of ['plain', 'gcnn'] as const) {
    const [upright, turned] = await evaluate(models[kind], test, [QUARTER_TURNS[0], RANDOM_TURNS]);
    out[kind] = { randomlyTurned: turned.accuracy, upright: upright.accuracy };
  }
  return out;
}

/** The shipped file and both networks built from it. */
export async function loadTrained(): Promise<{ file: TrainedFile; models: Record<ModelKind, DigitModel> }> {
  const file = (await import('./trained/rotatedMnist.json')).default as TrainedFile;
  if (file.format !== 1) throw new Error(`trained weights: format ${String(file.format)}, expected 1`);
  const models = { plain: plainCnn(0), gcnn: c4Gcnn(0) };
  try {
    await unpackInto(models.plain, file.models.plain);
    await unpackInto(models.gcnn, file.models.gcnn);
  } catch (err) {
    models.plain.dispose();
    models.gcnn.dispose();
    throw err;
  }
  return { file, models };
}

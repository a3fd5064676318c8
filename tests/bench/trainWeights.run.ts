// `npm run train:weights`: trains the networks shipped for the lecture ("Use trained networks" in
// the group-convolution lesson) under experiment a's protocol, longer than the page does, with a
// fixed seed on tfjs-wasm in Node; rounds them to half precision, measures the rounded networks on
// the test digits, and writes weights and accuracies to src/training/trained/rotatedMnist.json.
// The unit tests check that the file reproduces the recorded accuracies.
import '@tensorflow/tfjs-backend-wasm';
import * as tf from '@tensorflow/tfjs-core';
import { writeFileSync } from 'node:fs';
import { SIDE, TEST, TRAIN } from 'virtual:mnist-train';
import { test } from 'vitest';
import { decodeDigits } from '../../src/training/digits';
import { ROTATED_PLAN, runPlan } from '../../src/training/experiments';
import { SHIPPED_PLAN, measureTrained } from '../../src/training/shipped';
import { c4Gcnn, plainCnn } from '../../src/training/models';
import { packModel, unpackInto, type TrainedFile } from '../../src/training/trainedWeights';
import { registerWasmFilterGradient } from '../../src/training/wasmFilterGradient';

test('train the shipped networks', async () => {
  registerWasmFilterGradient();
  await tf.setBackend('wasm');
  const sets = { train: decodeDigits(SIDE, TRAIN), test: decodeDigits(SIDE, TEST) };
  const t0 = performance.now();
  const run = await runPlan('rotated', SHIPPED_PLAN, sets, {
    alive: () => true,
    onProgress: () => undefined,
  });
  const models = {
    plain: await packModel(run.trainer.models.plain),
    gcnn: await packModel(run.trainer.models.gcnn),
  };
  run.trainer.dispose();
  const fresh = { plain: plainCnn(0), gcnn: c4Gcnn(0) };
  await unpackInto(fresh.plain, models.plain);
  await unpackInto(fresh.gcnn, models.gcnn);
  const recorded = await measureTrained(fresh, sets.test);
  const file: TrainedFile = { format: 1, plan: SHIPPED_PLAN, recorded, models };
  writeFileSync('src/training/trained/rotatedMnist.json', `${JSON.stringify(file)}\n`);
  console.log(
    `trained ${SHIPPED_PLAN.steps} steps (the page: ${ROTATED_PLAN.steps}) in ${((performance.now() - t0) / 1000).toFixed(0)} s; recorded ${JSON.stringify(recorded)}`,
  );
}, 3_600_000);

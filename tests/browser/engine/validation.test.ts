// The WebGPU backend runs the same argument checks as the CPU backend
// (src/engine/contract/validate.ts; tests/unit/engine/validation.test.ts covers every case):
// a bad argument throws the same message before any GPU work is recorded, and good ones still run.

import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Backend } from '../../../src/engine/backend';
import { createBackends, noValidationErrors, uniform, type Backends } from './gpu';

let b: Backends;
beforeAll(async () => {
  b = await createBackends();
});
afterAll(() => b.destroy());

/** The message each backend throws for `op`, so the two can be compared. */
function messageOf(backend: Backend, op: (k: Backend) => void): string {
  try {
    op(backend);
  } catch (e) {
    return (e as Error).message;
  }
  return 'no error';
}

it('rejects weights whose channels do not match, an unknown interpolation and an unknown pool mode', () => {
  const cases: [RegExp, (k: Backend) => void][] = [
    [
      /^correlate: weights must be \[Cout, Cin, K, K\] with Cin = 3 .*; got \[4, 2, 5, 5\]$/,
      (k) => k.correlate(k.tensor([3, 16, 16]), k.tensor([4, 2, 5, 5]), null, k.tensor([4, 16, 16])),
    ],
    [
      /^transform: interpolation must be 'nearest', 'bilinear' or 'bicubic'; got 'linear'$/,
      (k) =>
        k.transform(k.tensor([2, 8, 8]), k.tensor([2, 8, 8]), {
          angle: 0.3,
          reflect: false,
          interpolation: 'linear' as never,
        }),
    ],
    [
      /^poolOrientations: mode must be 'max' or 'mean'; got 'min'$/,
      (k) => k.poolOrientations(k.tensor([2, 4, 8, 8]), k.tensor([2, 8, 8]), 'min' as never),
    ],
  ];
  for (const [pattern, op] of cases) {
    const gpu = messageOf(b.gpu, op);
    expect(gpu).toMatch(pattern);
    expect(gpu).toBe(messageOf(b.cpu, op));
  }
});

it('still runs good arguments without WebGPU validation errors', async () => {
  const got = await noValidationErrors(b.device, async () => {
    const x = b.gpu.tensor([2, 4, 8, 8], uniform(512, 5));
    const out = b.gpu.tensor([2, 8, 8]);
    b.gpu.poolOrientations(x, out, 'mean');
    return b.gpu.read(out);
  });
  expect(got.length).toBe(128);
});

// The WASM backend calls the same argument checks as the others (src/engine/contract/validate.ts):
// every bad call below throws (or rejects with) exactly the CPU reference's message.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../../../src/engine/backend';
import { createCpuBackend } from '../../../src/engine/cpu/index';
import { createWasmBackend, type WasmBackend } from '../../../src/engine/wasm/index';

let wasm: WasmBackend;
const cpu = createCpuBackend();

beforeAll(async () => {
  wasm = await createWasmBackend();
});

describe('validation: the same messages as the CPU reference', () => {
  const t = (k: Backend, shape: number[]) => k.tensor(shape);
  const bad: [string, (k: Backend) => unknown][] = [
    ['negative shape', (k) => k.tensor([2, -1])],
    ['short data', (k) => k.tensor([2, 3], new Float32Array(4))],
    ['write of the wrong length', (k) => k.write(t(k, [2]), new Float32Array(3))],
    [
      'transform NaN angle',
      (k) =>
        k.transform(t(k, [2, 5, 5]), t(k, [2, 5, 5]), {
          angle: NaN,
          reflect: false,
          interpolation: 'nearest',
        }),
    ],
    [
      'transform bad perm',
      (k) =>
        k.transform(t(k, [4, 5, 5]), t(k, [4, 5, 5]), {
          angle: 0,
          reflect: false,
          interpolation: 'nearest',
          perm: Int32Array.from([0, 0, 1, 2]),
        }),
    ],
    [
      'transform in place',
      (k) => {
        const x = t(k, [1, 3, 3]);
        k.transform(x, x, { angle: 0, reflect: false, interpolation: 'nearest' });
      },
    ],
    [
      'filterBank out too small',
      (k) =>
        k.filterBank(
          t(k, [2, 1, 3, 3]),
          t(k, [2, 3, 1, 3, 3]),
          [0, 1].map((g) => ({ angle: g, reflect: false })),
          'bicubic',
          true,
        ),
    ],
    ['correlate even K', (k) => k.correlate(t(k, [1, 5, 5]), t(k, [1, 1, 4, 4]), null, t(k, [1, 5, 5]))],
    [
      'correlate out of another size',
      (k) => k.correlate(t(k, [1, 5, 5]), t(k, [1, 1, 3, 3]), null, t(k, [1, 5, 4])),
    ],
    [
      'correlate weights for other channels',
      (k) => k.correlate(t(k, [2, 5, 5]), t(k, [3, 3, 3, 3]), null, t(k, [3, 5, 5])),
    ],
    [
      'correlate bias of the wrong size',
      (k) => k.correlate(t(k, [1, 5, 5]), t(k, [2, 1, 3, 3]), t(k, [3]), t(k, [2, 5, 5])),
    ],
    ['add of different sizes', (k) => k.add(t(k, [4]), t(k, [5]), t(k, [4]))],
    ['magnitude of a real map', (k) => k.magnitude(t(k, [3, 4, 4]), t(k, [3, 4, 4]))],
    ['pool mode min', (k) => k.poolOrientations(t(k, [2, 4, 3, 3]), t(k, [2, 3, 3]), 'min' as 'max')],
    ['globalPool out too big', (k) => k.globalPool(t(k, [2, 3, 3]), t(k, [3]), 'mean')],
    ['errorNorms of different sizes', (k) => k.errorNorms(t(k, [2, 3, 3]), t(k, [3, 3, 3]))],
  ];

  const messageOf = async (f: () => unknown): Promise<string | null> => {
    try {
      await f();
    } catch (err) {
      return (err as Error).message;
    }
    return null;
  };

  it.each(bad)('%s', async (_, call) => {
    const want = await messageOf(() => call(cpu));
    expect(want).not.toBeNull();
    expect(await messageOf(() => call(wasm))).toBe(want);
  });

  it('a disposed tensor is refused; a tensor of another backend too', () => {
    const x = wasm.tensor([2, 2]);
    wasm.dispose(x);
    expect(() => wasm.relu(x, wasm.tensor([2, 2]))).toThrow(`tensor ${x.id}: used after dispose`);
    expect(() => wasm.relu(cpu.tensor([2, 2]), wasm.tensor([2, 2]))).toThrow(/not from this WASM backend/);
  });
});

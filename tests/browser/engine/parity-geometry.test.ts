// GPU against CPU for the geometric ops: the left-regular action (all interpolation modes, plane
// permutations, disk mask), the filter-bank transform and maskDisk (relative L2 below PARITY).
// Nearest-neighbour sampling jumps where a source coordinate is k + 1/2; there float32 (GPU) and
// float64 (CPU) coordinates may round to different pixels, so off-grid nearest cases first check
// that every coordinate stays at least TIE_MARGIN from such a tie (and skip angles that do not).

import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Interpolation, PlaneTransform } from '../../../src/engine/backend';
import { snappedCosSin } from '../../../src/engine/cpu/index';
import { cyclicGroup, dihedralGroup, planeTransformOf, type PlanarGroup } from '../../../src/math/index';
import {
  createBackends,
  onBoth,
  PARITY,
  relativeErrors,
  report,
  sizeOfShape,
  uniform,
  type Backends,
} from './gpu';

const MODES: Interpolation[] = ['nearest', 'bilinear', 'bicubic'];
/** float32 coordinates are off by ~1e-6 at these sizes; ties closer than this are avoided. */
const TIE_MARGIN = 1e-4;

let b: Backends;
const measured = new Map<string, number>();
beforeAll(async () => {
  b = await createBackends();
});
afterAll(() => {
  report('geometry parity, relative L2 GPU vs CPU (max over cases)', measured);
  b.destroy();
});

function note(name: string, value: number): void {
  measured.set(name, Math.max(measured.get(name) ?? 0, value));
}

/** Smallest distance of a nearest-neighbour source coordinate from a rounding tie (float64). */
function tieMargin(angle: number, reflect: boolean, H: number, W: number): number {
  const { cos, sin } = snappedCosSin(angle);
  const cx = (W - 1) / 2;
  const cy = (H - 1) / 2;
  let margin = Infinity;
  for (let i = 0; i < H; i++) {
    for (let j = 0; j < W; j++) {
      const x = j - cx;
      const y = cy - i;
      const qy = (reflect ? -1 : 1) * (-sin * x + cos * y);
      for (const v of [cos * x + sin * y + cx, cy - qy])
        margin = Math.min(margin, Math.abs(v - Math.floor(v) - 0.5));
    }
  }
  return margin;
}

async function transformParity(
  shape: number[],
  element: PlaneTransform,
  interpolation: Interpolation,
  mask: boolean,
) {
  const input = { shape, data: uniform(sizeOfShape(shape), 17) };
  const { gpu, cpu } = await onBoth(b, [input], shape, (k, [src], out) =>
    k.transform(src, out, { ...element, interpolation, mask }),
  );
  return relativeErrors(gpu, cpu).relL2;
}

describe('transform', () => {
  const quarterTurns = [0, Math.PI / 2, Math.PI, (3 * Math.PI) / 2, -Math.PI / 2, 5 * Math.PI];
  it.each(MODES)('quarter turns and reflections permute pixels exactly (%s)', async (mode) => {
    for (const angle of quarterTurns) {
      for (const reflect of [false, true]) {
        const err = await transformParity([2, 12, 12], { angle, reflect }, mode, reflect);
        note(`transform quarter turns ${mode}`, err);
        expect(err, `angle ${angle}, reflect ${reflect}`).toBe(0);
      }
    }
  });

  it('off-grid angles, every mode, with and without mask, square and oblong planes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.double({ min: -7, max: 7, noNaN: true }),
        fc.boolean(),
        fc.constantFrom(...MODES),
        fc.boolean(),
        fc.constantFrom<number[]>([1, 16, 16], [2, 11, 11], [1, 10, 14]),
        async (angle, reflect, mode, mask, shape) => {
          const [, H, W] = shape;
          fc.pre(mode !== 'nearest' || tieMargin(angle, reflect, H, W) > TIE_MARGIN);
          const err = await transformParity(shape, { angle, reflect }, mode, mask);
          note(`transform off-grid ${mode}`, err);
          expect(err, `angle ${angle}`).toBeLessThan(PARITY);
        },
      ),
      { numRuns: 40, seed: 4 },
    );
  });

  it('shifts: integer ones are exact pixel moves; fractional ones with a turn agree within PARITY', async () => {
    for (const shift of [
      [3, -2],
      [-5, 0],
    ] as [number, number][])
      for (const mode of MODES) {
        const err = await transformParity([2, 12, 12], { angle: 0, reflect: false, shift }, mode, false);
        note(`transform integer shifts ${mode}`, err);
        expect(err, `shift ${shift}`).toBe(0);
      }
    for (const mode of ['bilinear', 'bicubic'] as const) {
      const element = { angle: 0.7, reflect: true, shift: [1.25, -2.5] as [number, number] };
      const err = await transformParity([1, 16, 16], element, mode, true);
      note(`transform shift and turn ${mode}`, err);
      expect(err).toBeLessThan(PARITY);
    }
  });

  it('scales: λ = 1/2 on 11 x 11 reads whole pixels (exact); off-grid λ with turn and shift within PARITY', async () => {
    for (const mode of MODES) {
      const err = await transformParity([2, 11, 11], { angle: 0, reflect: false, scale: 0.5 }, mode, false);
      note(`transform scale 1/2 ${mode}`, err);
      expect(err, mode).toBe(0);
    }
    for (const scale of [Math.SQRT2, 0.7, 2.6])
      for (const mode of ['bilinear', 'bicubic'] as const) {
        const element = { angle: 0.4, reflect: true, shift: [0.75, -1.5] as [number, number], scale };
        const err = await transformParity([1, 16, 16], element, mode, true);
        note(`transform scale, turn and shift ${mode}`, err);
        expect(err, `scale ${scale}`).toBeLessThan(PARITY);
      }
  });

  it.each([cyclicGroup(4), cyclicGroup(8), dihedralGroup(4)])(
    'the regular action of %s on lifted maps (plane permutation + rotation)',
    async (group: PlanarGroup) => {
      const shape = [2, group.order, 9, 9];
      for (let g = 0; g < group.order; g++) {
        const err = await transformParity(shape, planeTransformOf(group, g), 'bilinear', true);
        note(`transform regular action ${group.name}`, err);
        expect(err, `element ${group.label(g)}`).toBeLessThan(PARITY);
      }
    },
  );
});

describe('filterBank', () => {
  async function bankParity(
    filterShape: number[],
    group: PlanarGroup,
    lifting: boolean,
    mode: Interpolation,
  ) {
    const elements = Array.from({ length: group.order }, (_, g) => {
      const e = planeTransformOf(group, g);
      return lifting ? { angle: e.angle, reflect: e.reflect } : e;
    });
    const filter = { shape: filterShape, data: uniform(sizeOfShape(filterShape), 23) };
    const [O, ...rest] = filterShape;
    const { gpu, cpu } = await onBoth(b, [filter], [O, group.order, ...rest], (k, [f], out) =>
      k.filterBank(f, out, elements, mode, true),
    );
    return relativeErrors(gpu, cpu).relL2;
  }

  it.each(MODES)('lifting banks [O, C, 1, K, K] for C8 (%s, masked)', async (mode) => {
    const group = cyclicGroup(8);
    if (mode === 'nearest')
      for (let g = 0; g < group.order; g++)
        expect(tieMargin(group.angle(g), false, 7, 7)).toBeGreaterThan(TIE_MARGIN);
    const err = await bankParity([3, 2, 1, 7, 7], group, true, mode);
    note(`filterBank lifting C8 ${mode}`, err);
    expect(err).toBeLessThan(PARITY);
  });

  it.each(['bilinear', 'bicubic'] as const)('dilated banks: λ = 2^(j/2), j = 0..3 (%s)', async (mode) => {
    const filterShape = [2, 1, 1, 9, 9];
    const elements = [0, 1, 2, 3].map((j) => ({ angle: 0, reflect: false, scale: 2 ** (j / 2) }));
    const filter = { shape: filterShape, data: uniform(sizeOfShape(filterShape), 31) };
    const { gpu, cpu } = await onBoth(b, [filter], [2, 4, 1, 1, 9, 9], (k, [f], out) =>
      k.filterBank(f, out, elements, mode, false),
    );
    const err = relativeErrors(gpu, cpu).relL2;
    note(`filterBank dilated ${mode}`, err);
    expect(err).toBeLessThan(PARITY);
  });

  it.each([cyclicGroup(4), dihedralGroup(4), cyclicGroup(8)])(
    'group-correlation banks [O, C, |G|, K, K] for %s',
    async (group: PlanarGroup) => {
      const err = await bankParity([2, 3, group.order, 5, 5], group, false, 'bicubic');
      note(`filterBank group ${group.name}`, err);
      expect(err).toBeLessThan(PARITY);
    },
  );
});

describe('maskDisk', () => {
  it.each([
    [2, 12, 12],
    [1, 9, 15],
  ])('zeroes outside the disk of a %j stack as the CPU does', async (...shape) => {
    const input = { shape, data: uniform(sizeOfShape(shape), 29) };
    const { gpu, cpu } = await onBoth(b, [input], shape, (k, [src], out) => k.maskDisk(src, out));
    expect(relativeErrors(gpu, cpu).relL2).toBe(0);
    // Independent check: the corner pixel is outside, the centre pixel inside.
    expect(gpu[0]).toBe(0);
    const [, H, W] = shape;
    const centre = Math.floor(H / 2) * W + Math.floor(W / 2);
    expect(gpu[centre]).toBe(input.data[centre]);
  });
});

// The page's symmetry group and the element acting on the input, shared by every widget, so
// turning the rotation control in one widget turns the others too.
import { createStore, useStore } from 'zustand';
import type { PlanarGroupKind } from '../math';

export type GroupKind = PlanarGroupKind;
export const GROUP_SIZES = [1, 2, 3, 4, 6, 8, 12, 16] as const;
const TAU = 2 * Math.PI;

export interface GroupActionState {
  kind: GroupKind;
  n: number;
  /** Rotation angle in radians, in [0, 2π). Any angle, on or off the group's grid. */
  angle: number;
  /** Whether the reflection s acts first (only for D_N). */
  reflect: boolean;
  /** Snap the angle to the group's rotations when it is set from a control. */
  snap: boolean;
  playing: boolean;
  setGroup(kind: GroupKind, n: number): void;
  setAngle(angle: number): void;
  setReflect(reflect: boolean): void;
  setSnap(snap: boolean): void;
  setPlaying(playing: boolean): void;
  /** Step to the next (+1) or previous (-1) group element in index order. */
  step(direction: 1 | -1): void;
}

export const wrapAngle = (a: number) => ((a % TAU) + TAU) % TAU;

/** The rotation index k with angle 2πk/N nearest to `angle`. */
export function nearestRotation(angle: number, n: number): number {
  return Math.round(wrapAngle(angle) / (TAU / n)) % n;
}

/** Whether the angle is a rotation of C_N (within 1e-9 rad): then the action is a group element. */
export function isOnGrid(angle: number, n: number): boolean {
  const k = nearestRotation(angle, n);
  const d = Math.abs(wrapAngle(angle) - (k * TAU) / n);
  return Math.min(d, TAU - d) < 1e-9;
}

/** Group element index in the math core's convention: k < N rotations r^k, N + k for r^k s. */
export function elementIndex(s: Pick<GroupActionState, 'kind' | 'n' | 'angle' | 'reflect'>): number {
  const k = nearestRotation(s.angle, s.n);
  return s.kind === 'D' && s.reflect ? s.n + k : k;
}

export function createGroupActionStore() {
  return createStore<GroupActionState>()((set, get) => ({
    kind: 'C',
    n: 4,
    angle: 0,
    reflect: false,
    snap: true,
    playing: false,
    setGroup: (kind, n) =>
      set((s) => ({
        kind,
        n,
        reflect: kind === 'D' && s.reflect,
        angle: s.snap ? (nearestRotation(s.angle, n) * TAU) / n : s.angle,
      })),
    setAngle: (angle) => {
      const { snap, n } = get();
      set({ angle: snap ? (nearestRotation(angle, n) * TAU) / n : wrapAngle(angle) });
    },
    setReflect: (reflect) => set((s) => ({ reflect: s.kind === 'D' && reflect })),
    setSnap: (snap) => set({ snap }),
    setPlaying: (playing) => set({ playing }),
    step: (direction) =>
      set((s) => {
        const order = s.kind === 'D' ? 2 * s.n : s.n;
        const next = (elementIndex(s) + direction + order) % order;
        const k = next % s.n;
        return { angle: (k * TAU) / s.n, reflect: s.kind === 'D' && next >= s.n };
      }),
  }));
}

export const groupActionStore = createGroupActionStore();

/** Group, angle (degrees) and reflection as permalink parameters (read by applyGroupActionParams). */
export function groupActionParams(
  s: Pick<GroupActionState, 'kind' | 'n' | 'angle' | 'reflect'>,
): Record<string, string> {
  return {
    group: `${s.kind}${s.n}`,
    angle: ((s.angle * 180) / Math.PI).toFixed(2),
    reflect: String(s.reflect),
  };
}

/** Restores group, angle (degrees) and reflection from permalink parameters; ignores malformed ones. */
export function applyGroupActionParams(store: typeof groupActionStore, params: URLSearchParams): void {
  const group = /^([CD])(\d+)$/.exec(params.get('group') ?? '');
  if (group && (GROUP_SIZES as readonly number[]).includes(Number(group[2])))
    store.getState().setGroup(group[1] as GroupKind, Number(group[2]));
  const degrees = Number(params.get('angle'));
  if (params.has('angle') && Number.isFinite(degrees)) {
    const onGrid = isOnGrid((degrees * Math.PI) / 180, store.getState().n);
    store.getState().setSnap(onGrid);
    store.getState().setAngle((degrees * Math.PI) / 180);
  }
  if (params.get('reflect') === 'true') store.getState().setReflect(true);
}

export function useGroupAction<T>(select: (s: GroupActionState) => T): T {
  return useStore(groupActionStore, select);
}

// The finite group the group widgets show: the page's shared group (state/groupAction), limited
// to N <= 8 so that tables and graphs stay readable, and the shared element g in that group.
import { planarGroup, type PlanarGroup } from '../../math';
import {
  GROUP_SIZES,
  groupActionStore,
  nearestRotation,
  useGroupAction,
  type GroupKind,
} from '../../state/groupAction';

export const MAX_DISPLAY_N = 8;
export const DISPLAY_SIZES: readonly number[] = GROUP_SIZES.filter((n) => n <= MAX_DISPLAY_N);

/** The largest display size not above n (the store may hold N = 12 or 16 from another widget). */
export function displaySize(n: number): number {
  return DISPLAY_SIZES.filter((m) => m <= n).at(-1) ?? DISPLAY_SIZES[0];
}

/** The shared group, with N clamped to the display sizes. */
export function useDisplayGroup(): PlanarGroup {
  const kind = useGroupAction((s) => s.kind);
  const n = useGroupAction((s) => s.n);
  return planarGroup(kind, displaySize(n));
}

export function setSharedGroup(kind: GroupKind, n: number): void {
  groupActionStore.getState().setGroup(kind, n);
}

/** The shared element g as an index of `group`, and a setter (rotation angle plus reflection flag). */
export function useSharedElement(group: PlanarGroup): [number, (a: number) => void] {
  const angle = useGroupAction((s) => s.angle);
  const reflect = useGroupAction((s) => s.reflect);
  const k = nearestRotation(angle, group.rotations);
  const g = group.hasReflections && reflect ? group.rotations + k : k;
  const set = (a: number) => {
    const store = groupActionStore.getState();
    store.setReflect(group.reflects(a));
    store.setAngle(group.angle(a));
  };
  return [g, set];
}

// The images of the group-action widget, each an exact pixel permutation of the input
// (imageActionIndexMap), and the check g·(h·x) = (gh)·x of a left action.
import { applyIndexMap, imageActionIndexMap, type PlanarGroup } from '../../math';

/** max_i |a_i - b_i|. */
export function maxAbsDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
}

/** h·x, g·(h·x), (gh)·x and max |g·(h·x) − (gh)·x| for a size x size image x. */
export function actionImages(group: PlanarGroup, g: number, h: number, x: ArrayLike<number>, size: number) {
  const act = (a: number, img: ArrayLike<number>) => applyIndexMap(img, imageActionIndexMap(group, a, size));
  const hx = act(h, x);
  const ghx = act(g, hx);
  const ghOnce = act(group.compose(g, h), x);
  return { hx, ghx, ghOnce, difference: maxAbsDifference(ghx, ghOnce) };
}

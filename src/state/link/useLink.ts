// The one way a widget takes its state from a link: when it mounts, not when its module loads, so
// a lesson's widgets can load with the lesson. Fields the widget keeps itself come back as initial
// values; state in shared stores (the page's group, element, filter) is applied by `restore` on
// mount. A new link opened in the same tab remounts the lesson (app/LessonPage.tsx), so it is read
// the same way.
import { useEffectEvent, useLayoutEffect, useState } from 'react';
import { readLinkParams } from '../permalink';
import { readFields, type LinkSpec, type LinkValues } from './fields';

export interface UseLinkOptions {
  /** Tells apart two widgets of one name on a page; their links carry it as `of`. */
  instance?: string;
  /** Applies the link's shared-store state (validated; malformed values leave the store as it is). */
  restore?: (params: URLSearchParams) => void;
}

export interface LinkState<S extends LinkSpec> {
  /** The link's values for this widget's fields, or their defaults. */
  initial: LinkValues<S>;
  /** Whether the page was opened by a link to this widget. */
  linked: boolean;
}

const EMPTY: LinkSpec = {};

export function useLink<S extends LinkSpec>(
  name: string,
  spec: S = EMPTY as S,
  options: UseLinkOptions = {},
): LinkState<S> {
  const { instance } = options;
  const [state] = useState(() => {
    const params = readLinkParams(name, instance);
    return { initial: readFields(spec, params), linked: params !== null, params };
  });
  const restore = useEffectEvent((params: URLSearchParams) => options.restore?.(params));

  // Before the first paint, so the widget never shows the store's old state under a link.
  useLayoutEffect(() => {
    if (state.params) restore(state.params);
  }, [state]);

  return { initial: state.initial, linked: state.linked };
}

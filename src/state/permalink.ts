// "Copy link" permalinks: a widget's state travels in the URL hash as
// #widget=<name>&of=<instance>&key=value... Widgets read it when they mount (src/state/link).

/**
 * The link that reproduces `params` for `widget` on the current page. `instance` tells apart two
 * widgets of one name on a page (e.g. two commuting diagrams); it travels as `of`.
 */
export function permalink(widget: string, params: Record<string, string>, instance?: string): string {
  const url = new URL(window.location.href);
  url.hash = new URLSearchParams({ widget, ...(instance ? { of: instance } : {}), ...params }).toString();
  return url.toString();
}

/**
 * The hash parameters of a link to `widget` (and to this `instance` of it, where the link names
 * one), or null when the URL is not such a link.
 */
export function readLinkParams(widget: string, instance?: string): URLSearchParams | null {
  if (typeof window === 'undefined') return null;
  const params = new URLSearchParams(window.location.hash.slice(1));
  if (params.get('widget') !== widget) return null;
  const of = params.get('of');
  return of === null || instance === undefined || of === instance ? params : null;
}

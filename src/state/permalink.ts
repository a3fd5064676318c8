// "Copy link" permalinks: a widget's state travels in the URL hash as
// #widget=<name>&key=value... Widgets with local state read it when they mount
// (readLinkParams); state in shared stores is applied at start-up by a registered restorer.

type Restorer = (params: URLSearchParams) => void;

const restorers = new Map<string, Restorer>();
/** Parameters any widget's link may carry (e.g. the page's drawing), restored whatever the widget. */
const parts = new Map<string, (value: string) => void>();

/** Called at module load by widgets that offer "Copy link". */
export function registerPermalink(widget: string, restore: Restorer): void {
  restorers.set(widget, restore);
}

/**
 * The link that reproduces `params` for `widget` on the current page. `instance` tells apart two
 * widgets of one name on a page (e.g. two commuting diagrams); it travels as `of`.
 */
export function permalink(widget: string, params: Record<string, string>, instance?: string): string {
  const url = new URL(window.location.href);
  url.hash = new URLSearchParams({ widget, ...(instance ? { of: instance } : {}), ...params }).toString();
  return url.toString();
}

/** Called at module load for a parameter that links of several widgets carry. */
export function registerLinkPart(key: string, restore: (value: string) => void): void {
  parts.set(key, restore);
}

/** Applies the hash of the current URL, if it names a widget that can restore itself. */
export function restoreFromHash(hash: string = window.location.hash): boolean {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const restore = restorers.get(params.get('widget') ?? '');
  if (!restore) return false;
  restore(params);
  for (const [key, part] of parts) {
    const value = params.get(key);
    if (value !== null) part(value);
  }
  return true;
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

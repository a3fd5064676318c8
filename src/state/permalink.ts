// "Copy link" permalinks: a widget's state travels in the URL hash as
// #widget=<name>&key=value..., and the widget's registered restorer applies it on load.

type Restorer = (params: URLSearchParams) => void;

const restorers = new Map<string, Restorer>();

/** Called at module load by widgets that offer "Copy link". */
export function registerPermalink(widget: string, restore: Restorer): void {
  restorers.set(widget, restore);
}

/** The link that reproduces `params` for `widget` on the current page. */
export function permalink(widget: string, params: Record<string, string>): string {
  const url = new URL(window.location.href);
  url.hash = new URLSearchParams({ widget, ...params }).toString();
  return url.toString();
}

/** Applies the hash of the current URL, if it names a widget that can restore itself. */
export function restoreFromHash(hash: string = window.location.hash): boolean {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const restore = restorers.get(params.get('widget') ?? '');
  if (!restore) return false;
  restore(params);
  return true;
}

// Display formulas wider than the column scroll sideways; keyboard users can only scroll what
// they can focus, so each overflowing formula gets a tab stop (and loses it once it fits).
import { useEffect, type RefObject } from 'react';

export function markScrollableMath(root: ParentNode): void {
  for (const el of root.querySelectorAll<HTMLElement>('.katex-display')) {
    if (el.scrollWidth > el.clientWidth + 1) el.tabIndex = 0;
    else el.removeAttribute('tabindex');
  }
}

export function useScrollableMath(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    // The lesson body loads lazily and the column width follows the window: watch both.
    const observer = new ResizeObserver(() => markScrollableMath(root));
    observer.observe(root);
    return () => observer.disconnect();
  }, [ref]);
}

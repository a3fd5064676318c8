// "Full screen" for a lecture hall: the widget alone on the screen, scaled up to fill it (CSS
// zoom keeps its layout, so nothing reflows), with ← → stepping g and space playing, as the
// rotation control does, since that control is not on the screen then.
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { groupActionStore } from '../../state/groupAction';

/**
 * The largest zoom, between 1 and `max`, at which the full-screen widget's content fits the screen
 * height (found by bisection: a larger zoom lays the widget out narrower, so it grows taller).
 */
export function fitZoom(el: HTMLElement, max: number): number {
  const fits = (z: number) => {
    el.style.setProperty('zoom', String(z));
    return el.scrollHeight <= el.clientHeight + 1;
  };
  let [lo, hi] = [1, Math.max(1, max)];
  if (fits(hi)) return hi;
  for (let i = 0; i < 8; i++) {
    const mid = (lo + hi) / 2;
    if (fits(mid)) lo = mid;
    else hi = mid;
  }
  fits(lo);
  return lo;
}

/** Never lay a widget out narrower than on the page, nor blow it up past 3x. */
const MAX_ZOOM = 3;

const OWN_KEYS = new Set(['INPUT', 'SELECT', 'TEXTAREA']);

export function usePresentation(ref: RefObject<HTMLElement | null>) {
  const [presenting, setPresenting] = useState(false);
  /** The widget's width on the page, taken before it fills the screen. */
  const pageWidth = useRef(0);
  const supported = typeof document !== 'undefined' && document.fullscreenEnabled;

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const onChange = () => setPresenting(document.fullscreenElement === el);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [ref]);

  // Full screen makes the widget as wide as the screen; zoom lays it out at its page width (or
  // wider, where its height is what limits) and scales it up to fill the screen. The zoom is
  // fitted once the browser has laid the widget out at the screen's size (and again if that
  // size changes), not on the change event, which can come first.
  useEffect(() => {
    const el = ref.current;
    if (!el || !presenting) return;
    let fittedTo = '';
    const observer = new ResizeObserver(() => {
      const box = el.getBoundingClientRect();
      const size = `${Math.round(box.width)}x${Math.round(box.height)}`;
      if (size === fittedTo) return; // our own zoom change: the box on screen stays the same
      fittedTo = size;
      const widest = pageWidth.current > 0 ? window.innerWidth / pageWidth.current : 1;
      fitZoom(el, Math.min(MAX_ZOOM, widest));
    });
    observer.observe(el);
    return () => {
      observer.disconnect();
      el.style.removeProperty('zoom');
    };
  }, [ref, presenting]);

  useEffect(() => {
    const el = ref.current;
    if (!el || !presenting) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || OWN_KEYS.has((e.target as Element).tagName)) return;
      const s = groupActionStore.getState();
      if (e.key === 'ArrowRight' || e.key === 'ArrowUp') s.step(1);
      else if (e.key === 'ArrowLeft' || e.key === 'ArrowDown') s.step(-1);
      else if (e.key === ' ') s.setPlaying(!s.playing);
      else return;
      e.preventDefault();
    };
    el.addEventListener('keydown', onKey);
    return () => el.removeEventListener('keydown', onKey);
  }, [ref, presenting]);

  const toggle = useCallback(() => {
    const el = ref.current;
    if (!el) return;
    if (document.fullscreenElement === el) {
      void document.exitFullscreen();
      return;
    }
    pageWidth.current = el.offsetWidth;
    void el.requestFullscreen().catch((e: unknown) => console.warn('full screen refused', e));
  }, [ref]);

  return { presenting, toggle, supported };
}

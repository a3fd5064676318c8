// Runs `frame` at most once per animation frame whenever `deps` change, and never overlaps two
// frames: a change that arrives while a frame is in flight is picked up right after it.
import { useEffect, useRef } from 'react';

export function useFrameLoop(frame: () => Promise<void>, deps: readonly unknown[]): void {
  const state = useRef({ busy: false, dirty: false, mounted: true });
  const latest = useRef(frame);
  useEffect(() => {
    latest.current = frame;
  });

  useEffect(() => {
    const s = state.current;
    s.mounted = true;
    return () => {
      s.mounted = false;
    };
  }, []);

  useEffect(() => {
    const s = state.current;
    const tick = async () => {
      if (!s.mounted) return;
      if (s.busy) {
        s.dirty = true;
        return;
      }
      s.busy = true;
      s.dirty = false;
      try {
        await latest.current();
      } catch (e) {
        console.warn('frame failed:', e);
      } finally {
        s.busy = false;
      }
      if (s.dirty && s.mounted) requestAnimationFrame(() => void tick());
    };
    const handle = requestAnimationFrame(() => void tick());
    return () => cancelAnimationFrame(handle);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
}

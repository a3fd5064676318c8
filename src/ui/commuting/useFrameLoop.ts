// Runs `frame` at most once per animation frame whenever `deps` change, and never overlaps two
// frames: a change that arrives while a frame is in flight is picked up right after it. A change
// does not cancel a frame already scheduled (it will read the newest `frame`), so deps that change
// on every animation frame, as during playback, still get one frame after another.
// A frame that fails while its inputs changed under it (a new group disposes the experiment the
// frame was reading) is stale, not broken: it is dropped quietly and the next frame runs. A frame
// that fails with nothing changed is reported.
import { useEffect, useRef } from 'react';

export function useFrameLoop(frame: () => Promise<void>, deps: readonly unknown[]): void {
  const state = useRef({ busy: false, dirty: false, mounted: true, handle: 0 });
  const latest = useRef(frame);
  useEffect(() => {
    latest.current = frame;
  });

  useEffect(() => {
    const s = state.current;
    s.mounted = true;
    return () => {
      s.mounted = false;
      cancelAnimationFrame(s.handle);
      s.handle = 0;
    };
  }, []);

  useEffect(() => {
    const s = state.current;
    const schedule = () => {
      if (!s.handle) s.handle = requestAnimationFrame(() => void tick());
    };
    const tick = async () => {
      s.handle = 0;
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
        if (!s.dirty && s.mounted) console.warn('frame failed:', e);
      } finally {
        s.busy = false;
      }
      if (s.dirty && s.mounted) schedule();
    };
    schedule();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
}

// Drives "play": continuous rotation at 30°/s, or one group element per 0.8 s when snapping.
import { useEffect } from 'react';
import { groupActionStore, useGroupAction } from '../../state/groupAction';

const SPEED = Math.PI / 6;
const STEP_SECONDS = 0.8;

export function usePlayback(): void {
  const playing = useGroupAction((s) => s.playing);
  useEffect(() => {
    if (!playing) return;
    let last = performance.now();
    let carried = 0;
    let frame = requestAnimationFrame(function tick(now) {
      const dt = (now - last) / 1000;
      last = now;
      const s = groupActionStore.getState();
      if (s.snap) {
        carried += dt;
        if (carried >= STEP_SECONDS) {
          carried -= STEP_SECONDS;
          s.step(1);
        }
      } else s.setAngle(s.angle + SPEED * dt);
      frame = requestAnimationFrame(tick);
    });
    return () => cancelAnimationFrame(frame);
  }, [playing]);
}

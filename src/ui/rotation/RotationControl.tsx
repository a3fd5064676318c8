// Rotation control widget: any angle (slider, dial), snapping to the group's elements,
// reflection for D_N, keyboard stepping through elements, play/pause.
import { useEffect } from 'react';
import { planarGroup } from '../../math';
import { useLink } from '../../state/link';
import {
  GROUP_SIZES,
  applyGroupActionParams,
  elementIndex,
  groupActionParams,
  groupActionStore,
  isOnGrid,
  useGroupAction,
  type GroupKind,
} from '../../state/groupAction';
import { WidgetFrame } from '../frame/WidgetFrame';
import { RotationDial } from './RotationDial';
import { usePlayback } from './usePlayback';

const DEG = 180 / Math.PI;

const restore = (params: URLSearchParams) => applyGroupActionParams(groupActionStore, params);

export function RotationControl({ title = 'Rotate the input' }: { title?: string }) {
  const s = useGroupAction((x) => x);
  useLink('rotation-control', undefined, { restore });
  usePlayback();
  const group = planarGroup(s.kind, s.n);
  const onGrid = isOnGrid(s.angle, s.n);
  const a = groupActionStore.getState();

  useEffect(() => () => groupActionStore.getState().setPlaying(false), []);

  return (
    <WidgetFrame
      name="rotation-control"
      title={title}
      purpose="Choose the group and the transformation g that acts on the input."
      onReset={() => {
        a.setPlaying(false);
        a.setReflect(false);
        a.setAngle(0);
      }}
      linkParams={() => groupActionParams(s)}
      help={
        <p>
          Arrow keys step through the group's elements; space plays and pauses. Untick “snap” to try angles
          between the grid's.
        </p>
      }
      controls={
        <div
          className="rotation-keys"
          tabIndex={0}
          aria-label="Rotation: arrow keys step through the group elements, space plays"
          onKeyDown={(e) => {
            if (e.key === 'ArrowRight' || e.key === 'ArrowUp') a.step(1);
            else if (e.key === 'ArrowLeft' || e.key === 'ArrowDown') a.step(-1);
            else if (e.key === ' ') a.setPlaying(!s.playing);
            else return;
            e.preventDefault();
          }}
        >
          <label>
            Group{' '}
            <select
              value={`${s.kind}${s.n}`}
              onChange={(e) => a.setGroup(e.target.value[0] as GroupKind, Number(e.target.value.slice(1)))}
            >
              {(['C', 'D'] as const).flatMap((k) =>
                GROUP_SIZES.map((n) => (
                  <option key={`${k}${n}`} value={`${k}${n}`}>
                    {k}
                    {n}
                  </option>
                )),
              )}
            </select>
          </label>
          <label>
            Angle{' '}
            <input
              type="range"
              min={0}
              max={360}
              step={s.snap ? 360 / s.n : 0.5}
              value={(s.angle * DEG).toFixed(2)}
              onChange={(e) => a.setAngle(Number(e.target.value) / DEG)}
            />
          </label>
          <label>
            <input type="checkbox" checked={s.snap} onChange={(e) => a.setSnap(e.target.checked)} /> Snap to
            group
          </label>
          {s.kind === 'D' && (
            <label>
              <input type="checkbox" checked={s.reflect} onChange={(e) => a.setReflect(e.target.checked)} />{' '}
              Reflect (s)
            </label>
          )}
          <button onClick={() => a.step(-1)} aria-label="Previous group element">
            ◀
          </button>
          <button onClick={() => a.step(1)} aria-label="Next group element">
            ▶
          </button>
          <button onClick={() => a.setPlaying(!s.playing)}>{s.playing ? 'Pause' : 'Play'}</button>
        </div>
      }
      readout={
        <span
          className="rotation-readout"
          data-angle-deg={(s.angle * DEG).toFixed(3)}
          data-on-grid={String(onGrid)}
        >
          g = rotation by {(s.angle * DEG).toFixed(1)}°{s.reflect ? ' after the reflection s' : ''}
          {onGrid
            ? ` — the element ${group.label(elementIndex(s))} of ${group.name}`
            : ` — not an element of ${group.name}: its rotations are multiples of ${(360 / s.n).toFixed(1)}°`}
        </span>
      }
    >
      <RotationDial angle={s.angle} n={s.n} onAngle={a.setAngle} />
    </WidgetFrame>
  );
}

// Controls of the commuting diagram: which Φ, which filters, which channel and orientation plane to
// show, and the shift t of the element (t, g) of p4 / p4m that acts.
import { PHI_KINDS, PHI_LABELS, type PhiKind } from '../../experiments/commuting/phi';

/** Largest shift offered, in pixels along each axis. */
export const MAX_SHIFT = 16;

/** Map sizes offered; the default depends on the adapter (CommutingDiagram.defaultSize). */
export const DIAGRAM_SIZES = [32, 64, 128, 256] as const;

export interface DiagramControlsProps {
  phi: PhiKind;
  onPhi(p: PhiKind): void;
  init: 'smooth' | 'normal';
  onInit(i: 'smooth' | 'normal'): void;
  channel: number;
  onChannel(c: number): void;
  orientation: number;
  onOrientation(o: number): void;
  /** Number of orientation planes of Φ's output (0 when it has none). */
  orientations: number;
  size: number;
  onSize(s: number): void;
  /** The translation part t = (dx, dy) in pixels, x right and y up. */
  shift: readonly [number, number];
  onShift(t: [number, number]): void;
}

export function DiagramControls(p: DiagramControlsProps) {
  return (
    <>
      <label>
        Φ{' '}
        <select value={p.phi} onChange={(e) => p.onPhi(e.target.value as PhiKind)}>
          {PHI_KINDS.map((k) => (
            <option key={k} value={k}>
              {PHI_LABELS[k]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Filters{' '}
        <select value={p.init} onChange={(e) => p.onInit(e.target.value as 'smooth' | 'normal')}>
          <option value="normal">random (white noise)</option>
          <option value="smooth">smooth (Gaussian-windowed)</option>
        </select>
      </label>
      <label>
        Channel{' '}
        <select value={p.channel} onChange={(e) => p.onChannel(Number(e.target.value))}>
          {[0, 1, 2, 3].map((c) => (
            <option key={c} value={c}>
              {c + 1}
            </option>
          ))}
        </select>
      </label>
      {p.orientations > 0 && (
        <label>
          Orientation plane{' '}
          <select
            value={Math.min(p.orientation, p.orientations - 1)}
            onChange={(e) => p.onOrientation(Number(e.target.value))}
          >
            {Array.from({ length: p.orientations }, (_, j) => (
              <option key={j} value={j}>
                {j}
              </option>
            ))}
          </select>
        </label>
      )}
      <fieldset className="shift-controls">
        <legend>Shift t (pixels)</legend>
        {(['x', 'y'] as const).map((axis, i) => (
          <label key={axis}>
            {axis}{' '}
            <input
              type="number"
              min={-MAX_SHIFT}
              max={MAX_SHIFT}
              step={1}
              value={p.shift[i]}
              aria-label={`Shift t, ${axis} (pixels, ${axis === 'x' ? 'right' : 'up'})`}
              onChange={(e) => {
                const v = Math.round(Number(e.target.value));
                if (!Number.isFinite(v)) return;
                const next: [number, number] = [p.shift[0], p.shift[1]];
                next[i] = Math.max(-MAX_SHIFT, Math.min(MAX_SHIFT, v));
                p.onShift(next);
              }}
            />
          </label>
        ))}
      </fieldset>
      <label>
        Size{' '}
        <select value={p.size} onChange={(e) => p.onSize(Number(e.target.value))}>
          {DIAGRAM_SIZES.map((s) => (
            <option key={s} value={s}>
              {s}×{s}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}

// Drawing canvas widget: pointer, touch and pen input (pressure where given), brush size,
// eraser, undo/redo, clear, presets and upload. The drawing lives in the shared page store.
import { useEffect, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import { drawingStore, useDrawing, type Stroke } from '../../state/drawing';
import { WidgetFrame } from '../frame/WidgetFrame';
import { PRESETS } from '../../experiments/inputs/presets';
import { drawStroke, paintDrawing } from './rasterize';
import { imageFileToBase } from './upload';

const SIDE = 256;

export function DrawingCanvas() {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const doc = useDrawing((s) => s.doc);
  const canUndo = useDrawing((s) => s.past.length > 0);
  const canRedo = useDrawing((s) => s.future.length > 0);
  const [radius, setRadius] = useState(0.035);
  const [erase, setErase] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const live = useRef<Stroke | null>(null);

  useEffect(() => {
    const ctx = canvasRef.current?.getContext('2d');
    if (ctx) paintDrawing(ctx, doc, SIDE).catch((e: Error) => setMessage(e.message));
  }, [doc]);

  const point = (e: ReactPointerEvent<HTMLCanvasElement>): [number, number, number] => {
    const r = e.currentTarget.getBoundingClientRect();
    const pressure = e.pointerType === 'mouse' ? 0.5 : e.pressure || 0.5;
    return [(e.clientX - r.left) / r.width, (e.clientY - r.top) / r.height, pressure];
  };
  const onDown = (e: ReactPointerEvent<HTMLCanvasElement>) => {
    e.currentTarget.setPointerCapture(e.pointerId);
    live.current = { points: point(e), radius, erase };
    drawStroke(e.currentTarget.getContext('2d')!, live.current, SIDE);
  };
  const onMove = (e: ReactPointerEvent<HTMLCanvasElement>) => {
    const s = live.current;
    if (!s) return;
    s.points.push(...point(e));
    const tail = { ...s, points: s.points.slice(-6) };
    drawStroke(e.currentTarget.getContext('2d')!, tail, SIDE);
  };
  const onUp = () => {
    if (live.current) drawingStore.getState().commitStroke(live.current);
    live.current = null;
  };

  const onUpload = async (file: File | undefined) => {
    if (!file) return;
    const result = await imageFileToBase(file);
    if (result.ok) {
      drawingStore.getState().setBase({ kind: 'image', dataUrl: result.dataUrl, name: result.name });
      setMessage(`Loaded ${result.name} (grayscale, ${SIDE / 2} pixels square).`);
    } else setMessage(result.message);
  };

  const presetValue = doc.base.kind === 'preset' ? doc.base.id : '';
  const s = drawingStore.getState();
  return (
    <WidgetFrame
      name="drawing-canvas"
      title="Your input"
      purpose="Draw, pick a preset or upload a picture; every widget on this page uses it."
      exportRef={canvasRef}
      linkParams={() => ({})}
      linkDrawing
      onReset={() => s.setBase({ kind: 'preset', id: 'letter-F' })}
      help={
        <p>
          Draw with the mouse, a finger or a pen (pressure changes the width). Ctrl+Z undoes, Ctrl+Y redoes.
        </p>
      }
      controls={
        <>
          <label>
            Preset{' '}
            <select
              value={presetValue}
              onChange={(e) => e.target.value && s.setBase({ kind: 'preset', id: e.target.value })}
            >
              <option value="">(own drawing)</option>
              {['Letters', 'Shapes', 'Digits'].map((g) => (
                <optgroup key={g} label={g}>
                  {PRESETS.filter((p) => p.group === g).map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.label}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </label>
          <label>
            Brush{' '}
            <input
              type="range"
              min={0.01}
              max={0.1}
              step={0.005}
              value={radius}
              onChange={(e) => setRadius(+e.target.value)}
            />
          </label>
          <label>
            <input type="checkbox" checked={erase} onChange={(e) => setErase(e.target.checked)} /> Eraser
          </label>
          <button onClick={s.undo} disabled={!canUndo}>
            Undo
          </button>
          <button onClick={s.redo} disabled={!canRedo}>
            Redo
          </button>
          <button onClick={s.clear}>Clear</button>
          <label className="upload">
            Upload <input type="file" accept="image/*" onChange={(e) => void onUpload(e.target.files?.[0])} />
          </label>
        </>
      }
      readout={message && <span className="drawing-message">{message}</span>}
    >
      <canvas
        ref={canvasRef}
        width={SIDE}
        height={SIDE}
        className="drawing-surface"
        aria-label="Drawing canvas: white ink on black; the input to the networks on this page"
        tabIndex={0}
        onPointerDown={onDown}
        onPointerMove={onMove}
        onPointerUp={onUp}
        onPointerCancel={onUp}
        onKeyDown={(e) => {
          if ((e.ctrlKey || e.metaKey) && e.key === 'z') (e.shiftKey ? s.redo : s.undo)();
          if ((e.ctrlKey || e.metaKey) && e.key === 'y') s.redo();
        }}
      />
    </WidgetFrame>
  );
}

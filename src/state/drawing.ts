// The page's input drawing, shared by every widget: a base picture (blank, preset or upload)
// plus the strokes drawn on it, with undo/redo. Persisted, so a reload keeps the drawing.
import { createStore, useStore } from 'zustand';
import { isRecord, loadPersisted, savePersisted } from './persist';

/** Points as a flat list x0, y0, p0, x1, ... in [0, 1] (x right, y down, p pen pressure). */
export interface Stroke {
  points: number[];
  /** Brush radius as a fraction of the canvas side. */
  radius: number;
  erase: boolean;
}

export type DrawingBase =
  { kind: 'blank' } | { kind: 'preset'; id: string } | { kind: 'image'; dataUrl: string; name: string };

export interface DrawingDoc {
  base: DrawingBase;
  strokes: Stroke[];
}

interface DrawingState {
  doc: DrawingDoc;
  past: DrawingDoc[];
  future: DrawingDoc[];
  /** Bumped on every change, so consumers can cheaply tell that the picture changed. */
  version: number;
  commitStroke(stroke: Stroke): void;
  setBase(base: DrawingBase): void;
  /** Replaces the whole document (a shared link's drawing); undo brings the old one back. */
  load(doc: DrawingDoc): void;
  clear(): void;
  undo(): void;
  redo(): void;
}

export const DRAWING_KEY = 'eqp.drawing';
const SCHEMA = 1;
const HISTORY = 100;
export const DEFAULT_DOC: DrawingDoc = { base: { kind: 'preset', id: 'letter-F' }, strokes: [] };

function isStroke(x: unknown): x is Stroke {
  return (
    isRecord(x) &&
    Array.isArray(x.points) &&
    x.points.length % 3 === 0 &&
    x.points.every((v) => typeof v === 'number' && Number.isFinite(v)) &&
    typeof x.radius === 'number' &&
    typeof x.erase === 'boolean'
  );
}

function isBase(x: unknown): x is DrawingBase {
  if (!isRecord(x)) return false;
  if (x.kind === 'blank') return true;
  if (x.kind === 'preset') return typeof x.id === 'string';
  return x.kind === 'image' && typeof x.dataUrl === 'string' && x.dataUrl.startsWith('data:image/');
}

export function isDrawingDoc(x: unknown): x is DrawingDoc {
  return isRecord(x) && isBase(x.base) && Array.isArray(x.strokes) && x.strokes.every(isStroke);
}

export function createDrawingStore(initial?: DrawingDoc) {
  const saved = initial ?? loadPersisted(DRAWING_KEY, SCHEMA, isDrawingDoc, 'drawing') ?? DEFAULT_DOC;
  const store = createStore<DrawingState>()((set, get) => {
    const change = (doc: DrawingDoc) =>
      set((s) => ({ doc, past: [...s.past, s.doc].slice(-HISTORY), future: [], version: s.version + 1 }));
    return {
      doc: saved,
      past: [],
      future: [],
      version: 0,
      commitStroke: (stroke) => change({ ...get().doc, strokes: [...get().doc.strokes, stroke] }),
      setBase: (base) => change({ base, strokes: [] }),
      load: (doc) => change(doc),
      clear: () => change({ base: { kind: 'blank' }, strokes: [] }),
      undo: () =>
        set((s) =>
          s.past.length === 0
            ? s
            : {
                doc: s.past[s.past.length - 1],
                past: s.past.slice(0, -1),
                future: [s.doc, ...s.future],
                version: s.version + 1,
              },
        ),
      redo: () =>
        set((s) =>
          s.future.length === 0
            ? s
            : {
                doc: s.future[0],
                past: [...s.past, s.doc],
                future: s.future.slice(1),
                version: s.version + 1,
              },
        ),
    };
  });
  store.subscribe((s, prev) => {
    if (s.doc !== prev.doc) savePersisted(DRAWING_KEY, SCHEMA, s.doc);
  });
  return store;
}

export const drawingStore = createDrawingStore();

export function useDrawing<T>(select: (s: DrawingState) => T): T {
  return useStore(drawingStore, select);
}

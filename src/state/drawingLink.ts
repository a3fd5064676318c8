// The drawing in a "Copy link": the document (base picture and strokes) packed small enough for a
// URL. Stroke points are quantised to 1/4096 of the side and delta-coded, the whole JSON is
// deflated (CompressionStream) and written as base64url. A preset with no strokes is just its id.
import { findPreset } from '../experiments/inputs/presets';
import { DEFAULT_DOC, drawingStore, isDrawingDoc, type DrawingDoc, type Stroke } from './drawing';
import { pushNotice } from './notices';

const GRID = 4096;
/** Inflated text above this is refused, so a crafted link cannot make the page inflate gigabytes. */
const MAX_TEXT = 4 * 1024 * 1024;

type PackedStroke = [deltas: number[], radius: number, erase: 0 | 1];
interface Packed {
  v: 1;
  b: DrawingDoc['base'];
  s: PackedStroke[];
}

function packStroke(s: Stroke): PackedStroke {
  const deltas: number[] = [];
  let [x0, y0] = [0, 0];
  for (let i = 0; i < s.points.length; i += 3) {
    const [x, y] = [Math.round(s.points[i] * GRID), Math.round(s.points[i + 1] * GRID)];
    deltas.push(x - x0, y - y0, Math.round(s.points[i + 2] * 100));
    [x0, y0] = [x, y];
  }
  return [deltas, Math.round(s.radius * 1e4) / 1e4, s.erase ? 1 : 0];
}

function unpackStroke([deltas, radius, erase]: PackedStroke): Stroke {
  const points: number[] = [];
  let [x, y] = [0, 0];
  for (let i = 0; i + 2 < deltas.length; i += 3) {
    x += deltas[i];
    y += deltas[i + 1];
    points.push(x / GRID, y / GRID, deltas[i + 2] / 100);
  }
  return { points, radius, erase: erase === 1 };
}

const toBase64Url = (bytes: Uint8Array) => {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};

const fromBase64Url = (text: string) =>
  Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));

async function deflate(text: string): Promise<Uint8Array> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

async function inflate(bytes: Uint8Array): Promise<string> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (let r = await reader.read(); !r.done; r = await reader.read()) {
    total += r.value.length;
    if (total > MAX_TEXT) {
      await reader.cancel();
      throw new Error('the drawing in the link is too large');
    }
    chunks.push(r.value);
  }
  return new TextDecoder().decode(await new Blob(chunks as BlobPart[]).arrayBuffer());
}

/** The drawing as one link parameter value. */
export async function encodeDrawing(doc: DrawingDoc): Promise<string> {
  if (doc.strokes.length === 0 && doc.base.kind !== 'image')
    return doc.base.kind === 'preset' ? `preset:${doc.base.id}` : 'blank';
  const packed: Packed = { v: 1, b: doc.base, s: doc.strokes.map(packStroke) };
  return `z:${toBase64Url(await deflate(JSON.stringify(packed)))}`;
}

/** The drawing a link parameter holds; throws an Error saying what is wrong with it. */
export async function decodeDrawing(text: string): Promise<DrawingDoc> {
  if (text === 'blank') return { base: { kind: 'blank' }, strokes: [] };
  if (text.startsWith('preset:')) return { base: { kind: 'preset', id: text.slice(7) }, strokes: [] };
  if (!text.startsWith('z:')) throw new Error('the drawing in the link has an unknown format');
  let packed: unknown;
  try {
    packed = JSON.parse(await inflate(fromBase64Url(text.slice(2))));
  } catch (e) {
    const tooLarge = e instanceof Error && /too large/.test(e.message);
    throw new Error(tooLarge ? e.message : 'the drawing in the link is damaged', { cause: e });
  }
  const p = packed as Partial<Packed>;
  const strokes = Array.isArray(p.s) ? p.s : null;
  const okStrokes = strokes?.every(
    (s) => Array.isArray(s) && Array.isArray(s[0]) && s[0].every(Number.isFinite) && Number.isFinite(s[1]),
  );
  const doc = { base: p.b, strokes: okStrokes ? strokes!.map(unpackStroke) : null };
  if (p.v !== 1 || !isDrawingDoc(doc)) throw new Error('the drawing in the link is damaged');
  return doc;
}

// Restoring the drawing a link carries (`drawing=` on the links of the drawing canvas and of every
// widget that computes on it). A damaged link or an unknown preset leaves the drawing as it was and
// says why; a drawing the link replaces stays one Undo away.
const same = (a: DrawingDoc, b: DrawingDoc) => JSON.stringify(a) === JSON.stringify(b);

export async function restoreLinkedDrawing(value: string): Promise<void> {
  let doc: DrawingDoc;
  try {
    doc = await decodeDrawing(value);
    if (doc.base.kind === 'preset' && !findPreset(doc.base.id))
      throw new Error(`the link names an unknown preset "${doc.base.id}"`);
  } catch (e) {
    pushNotice(
      `The drawing in the link could not be used (${(e as Error).message}); your drawing is unchanged.`,
    );
    return;
  }
  const current = drawingStore.getState().doc;
  if (same(current, doc)) return;
  drawingStore.getState().load(doc);
  if (!same(current, DEFAULT_DOC))
    pushNotice('The link brought its own drawing; Undo under “Your input” brings yours back.');
}

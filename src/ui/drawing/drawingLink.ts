// Restores the drawing a shared link carries (`drawing=` on the links of the drawing canvas and of
// the widgets that compute on it). A damaged link or an unknown preset leaves the drawing as it
// was and says why; a drawing the link replaces stays one Undo away.
import { pushNotice } from '../../state/notices';
import { DEFAULT_DOC, drawingStore, type DrawingDoc } from '../../state/drawing';
import { decodeDrawing } from '../../state/drawingLink';
import { findPreset } from './presets';

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

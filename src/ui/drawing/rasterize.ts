// Turns a drawing document into pixels: a grayscale image in [0, 1], white ink on black.
import type { DrawingBase, DrawingDoc, Stroke } from '../../state/drawing';
import { findPreset } from '../../experiments/inputs/presets';

const imageCache = new Map<string, Promise<HTMLImageElement>>();

function loadImage(dataUrl: string): Promise<HTMLImageElement> {
  let p = imageCache.get(dataUrl);
  if (!p) {
    p = new Promise((resolve, reject) => {
      const img = new Image();
      img.onload = () => resolve(img);
      img.onerror = () => reject(new Error('the stored image could not be decoded'));
      img.src = dataUrl;
    });
    imageCache.set(dataUrl, p);
  }
  return p;
}

async function drawBase(ctx: CanvasRenderingContext2D, base: DrawingBase, size: number): Promise<void> {
  ctx.fillStyle = '#000';
  ctx.fillRect(0, 0, size, size);
  if (base.kind === 'preset') findPreset(base.id)?.draw(ctx, size);
  if (base.kind === 'image') ctx.drawImage(await loadImage(base.dataUrl), 0, 0, size, size);
}

/** Draw one stroke; pressure scales the width (mouse reports 0.5). */
export function drawStroke(ctx: CanvasRenderingContext2D, stroke: Stroke, size: number): void {
  ctx.save();
  ctx.globalCompositeOperation = 'source-over';
  ctx.strokeStyle = ctx.fillStyle = stroke.erase ? '#000' : '#fff';
  ctx.lineCap = ctx.lineJoin = 'round';
  const p = stroke.points;
  const width = (i: number) => 2 * stroke.radius * size * (0.5 + (p[i + 2] || 0.5));
  if (p.length === 3) {
    ctx.beginPath();
    ctx.arc(p[0] * size, p[1] * size, width(0) / 2, 0, 2 * Math.PI);
    ctx.fill();
  }
  for (let i = 3; i < p.length; i += 3) {
    ctx.lineWidth = width(i);
    ctx.beginPath();
    ctx.moveTo(p[i - 3] * size, p[i - 2] * size);
    ctx.lineTo(p[i] * size, p[i + 1] * size);
    ctx.stroke();
  }
  ctx.restore();
}

/** Paint the whole document into ctx (side `size`). */
export async function paintDrawing(
  ctx: CanvasRenderingContext2D,
  doc: DrawingDoc,
  size: number,
): Promise<void> {
  await drawBase(ctx, doc.base, size);
  for (const s of doc.strokes) drawStroke(ctx, s, size);
}

/** The document as a size x size grayscale image in [0, 1] (row-major, row 0 at the top). */
export async function rasterizeDrawing(doc: DrawingDoc, size: number): Promise<Float32Array> {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size;
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  await paintDrawing(ctx, doc, size);
  const rgba = ctx.getImageData(0, 0, size, size).data;
  const out = new Float32Array(size * size);
  for (let i = 0; i < out.length; i++) out[i] = rgba[4 * i] / 255;
  return out;
}

// Turns an uploaded file into a drawing base: checked, centre-cropped to a square, resized
// and converted to grayscale. Anything else gets a message saying what was wrong.

export const MAX_UPLOAD_BYTES = 15 * 1024 * 1024;
export const UPLOAD_SIDE = 128;

export type UploadResult = { ok: true; dataUrl: string; name: string } | { ok: false; message: string };

export async function imageFileToBase(file: File): Promise<UploadResult> {
  if (!file.type.startsWith('image/'))
    return {
      ok: false,
      message: `"${file.name}" is not an image (its type is ${file.type || 'unknown'}). Choose a PNG, JPEG, GIF or WebP file.`,
    };
  if (file.size > MAX_UPLOAD_BYTES)
    return {
      ok: false,
      message: `"${file.name}" is ${(file.size / 1024 / 1024).toFixed(1)} MB; images up to ${MAX_UPLOAD_BYTES / 1024 / 1024} MB are accepted.`,
    };
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    return { ok: false, message: `"${file.name}" could not be decoded as an image.` };
  }
  const side = Math.min(bitmap.width, bitmap.height);
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = UPLOAD_SIDE;
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  ctx.drawImage(
    bitmap,
    (bitmap.width - side) / 2,
    (bitmap.height - side) / 2,
    side,
    side,
    0,
    0,
    UPLOAD_SIDE,
    UPLOAD_SIDE,
  );
  bitmap.close();
  toGrayscale(ctx);
  return { ok: true, dataUrl: canvas.toDataURL('image/png'), name: file.name };
}

/** Luma (Rec. 601). Dark-on-light pictures are inverted, since the networks read white ink on black. */
function toGrayscale(ctx: CanvasRenderingContext2D): void {
  const img = ctx.getImageData(0, 0, UPLOAD_SIDE, UPLOAD_SIDE);
  const d = img.data;
  let sum = 0;
  for (let i = 0; i < d.length; i += 4) {
    const a = d[i + 3] / 255; // transparent pixels count as background
    const y = (0.299 * d[i] + 0.587 * d[i + 1] + 0.114 * d[i + 2]) * a + 255 * (1 - a);
    d[i] = y;
    sum += y;
  }
  const invert = sum / (d.length / 4) > 127;
  for (let i = 0; i < d.length; i += 4) {
    const v = invert ? 255 - d[i] : d[i];
    d[i] = d[i + 1] = d[i + 2] = v;
    d[i + 3] = 255;
  }
  ctx.putImageData(img, 0, 0);
}

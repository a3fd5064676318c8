// Uploads that cannot become a drawing are refused with a message that says why.
import { expect, test } from 'vitest';
import { imageFileToBase, MAX_UPLOAD_BYTES } from '../../../../src/ui/drawing/upload';

test('a file that is not an image is refused by type', async () => {
  const result = await imageFileToBase(new File(['hello'], 'notes.txt', { type: 'text/plain' }));
  expect(result).toEqual({
    ok: false,
    message: expect.stringContaining('"notes.txt" is not an image (its type is text/plain)'),
  });
});

test('an image over the size limit is refused with its size', async () => {
  const big = new File([new Uint8Array(MAX_UPLOAD_BYTES + 1)], 'huge.png', { type: 'image/png' });
  const result = await imageFileToBase(big);
  expect(result.ok).toBe(false);
  expect(!result.ok && result.message).toMatch(/"huge\.png" is 15\.0 MB; images up to 15 MB are accepted/);
});

// The drawing in a link: packed (quantised, deflated, base64url) and read back within the
// quantisation step; short forms for presets; damaged or oversized links refused with a reason.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { DrawingDoc, Stroke } from '../../../src/state/drawing';
import { decodeDrawing, encodeDrawing } from '../../../src/state/drawingLink';

const unit = fc.double({ min: 0, max: 1, noNaN: true });
const stroke: fc.Arbitrary<Stroke> = fc.record({
  points: fc.array(fc.tuple(unit, unit, unit), { minLength: 1, maxLength: 60 }).map((ps) => ps.flat()),
  radius: fc.double({ min: 0.005, max: 0.1, noNaN: true }),
  erase: fc.boolean(),
});
const base = fc.constantFrom<DrawingDoc['base']>(
  { kind: 'blank' },
  { kind: 'preset', id: 'letter-F' },
  { kind: 'image', dataUrl: 'data:image/png;base64,iVBORw0KGgo=', name: 'tiny.png' },
);

async function deflateRaw(text: string): Promise<Uint8Array> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
const base64url = (b: Uint8Array) =>
  Buffer.from(b).toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

describe('round trip', () => {
  test('any document comes back with its base, and its strokes within the quantisation step', async () => {
    await fc.assert(
      fc.asyncProperty(base, fc.array(stroke, { minLength: 1, maxLength: 5 }), async (b, strokes) => {
        const doc: DrawingDoc = { base: b, strokes };
        const text = await encodeDrawing(doc);
        expect(text).toMatch(/^z:[A-Za-z0-9_-]+$/); // safe in a URL as it is
        const back = await decodeDrawing(text);
        expect(back.base).toEqual(b);
        expect(back.strokes).toHaveLength(strokes.length);
        back.strokes.forEach((s, k) => {
          const original = strokes[k];
          expect(s.erase).toBe(original.erase);
          expect(Math.abs(s.radius - original.radius)).toBeLessThanOrEqual(5e-5 + 1e-12);
          expect(s.points).toHaveLength(original.points.length);
          s.points.forEach((v, i) => {
            const step = i % 3 === 2 ? 0.005 : 0.5 / 4096; // pressure in hundredths, x and y on a 4096 grid
            expect(Math.abs(v - original.points[i])).toBeLessThanOrEqual(step + 1e-12);
          });
        });
      }),
      { numRuns: 40 },
    );
  });

  test('presets and the blank page are written by name', async () => {
    expect(await encodeDrawing({ base: { kind: 'preset', id: 'mnist-3' }, strokes: [] })).toBe(
      'preset:mnist-3',
    );
    expect(await encodeDrawing({ base: { kind: 'blank' }, strokes: [] })).toBe('blank');
    expect(await decodeDrawing('preset:mnist-3')).toEqual({
      base: { kind: 'preset', id: 'mnist-3' },
      strokes: [],
    });
    expect(await decodeDrawing('blank')).toEqual({ base: { kind: 'blank' }, strokes: [] });
  });

  test('a hand drawing of 600 points takes a few kilobytes, far less than its JSON', async () => {
    const points: number[] = [];
    for (let i = 0; i < 600; i++) {
      const t = (i / 600) * 2 * Math.PI;
      points.push(0.5 + 0.3 * Math.cos(t), 0.5 + 0.3 * Math.sin(2 * t), 0.5);
    }
    const doc: DrawingDoc = { base: { kind: 'blank' }, strokes: [{ points, radius: 0.035, erase: false }] };
    const text = await encodeDrawing(doc);
    console.log(`600-point stroke: link value ${text.length} characters, JSON ${JSON.stringify(doc).length}`);
    expect(text.length).toBeLessThan(JSON.stringify(doc).length / 4);
  });
});

describe('refused links', () => {
  test.each([
    ['an unknown format', 'png:abc', /unknown format/],
    ['bytes that are not deflate data', 'z:AAAAAAAA', /damaged/],
    ['a string that is not base64', 'z:!!!', /damaged/],
  ])('%s', async (_, text, message) => {
    await expect(decodeDrawing(text)).rejects.toThrow(message);
  });

  test('valid deflate data of the wrong shape', async () => {
    for (const json of [
      '{"v":2,"b":{"kind":"blank"},"s":[]}',
      '{"v":1,"b":{"kind":"image","dataUrl":"javascript:alert(1)","name":"x"},"s":[]}',
      '{"v":1,"b":{"kind":"blank"},"s":[[[1,2,"3"],0.03,0]]}',
      '[1,2,3]',
    ])
      await expect(decodeDrawing(`z:${base64url(await deflateRaw(json))}`)).rejects.toThrow(/damaged/);
  });

  test('a link that inflates past 4 MB is refused before it is read whole', async () => {
    const bomb = `z:${base64url(await deflateRaw(' '.repeat(6 * 1024 * 1024)))}`;
    expect(bomb.length).toBeLessThan(20_000);
    await expect(decodeDrawing(bomb)).rejects.toThrow(/too large/);
  });
});

// The typed link fields: each codec accepts what it writes and refuses everything else, so a widget
// falls back to its default for a malformed value and never shows a state the link did not describe.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  among,
  choice,
  defaultsOf,
  field,
  flag,
  integer,
  linkOf,
  mapped,
  number,
  numbers,
  readFields,
} from '../../../src/state/link';

const BAD = ['', ' ', 'NaN', 'Infinity', '-Infinity', '1e308e', 'abc', '0x', '1,2'];

describe('codecs', () => {
  test('integer: whole numbers in range only', () => {
    const c = integer(-3, 7);
    expect(['-3', '0', '7', '2'].map(c.parse)).toEqual([-3, 0, 7, 2]);
    for (const raw of [...BAD, '8', '-4', '1.5', '1e308']) expect(c.parse(raw), raw).toBeNull();
  });

  test('number: finite, in range and valid', () => {
    const c = number(0, 1, (x) => x !== 0.5);
    expect(c.parse('0.25')).toBe(0.25);
    for (const raw of [...BAD, '1.01', '-0.1', '0.5', '1e308']) expect(c.parse(raw), raw).toBeNull();
  });

  test('choice, among and flag: only the listed values', () => {
    expect(choice(['lift', 'gconv'] as const).parse('gconv')).toBe('gconv');
    expect(choice(['lift', 'gconv'] as const).parse('Lift')).toBeNull();
    expect(among([64, 128]).parse('128')).toBe(128);
    expect(among([64, 128]).parse('96')).toBeNull();
    expect([flag.parse('1'), flag.parse('0'), flag.parse('true')]).toEqual([true, false, null]);
  });

  test('numbers: the length, every entry finite and in range, an empty entry is not 0', () => {
    const c = numbers(3, -1, 1);
    expect(c.parse('0.5,-1,1')).toEqual([0.5, -1, 1]);
    for (const raw of ['0.5,,1', '0.5,-1', '0.5,-1,1,0', '0.5,NaN,1', '2,0,0', ''])
      expect(c.parse(raw), raw).toBeNull();
    expect(c.format([1 / 3, 0, -1])).toBe('0.333333,0,-1');
  });

  test('mapped: degrees in the link, radians inside', () => {
    const c = mapped(
      number(0, 360),
      (d) => (d * Math.PI) / 180,
      (r) => (r * 180) / Math.PI,
    );
    expect(c.parse('90')).toBeCloseTo(Math.PI / 2, 15);
    expect(c.format(Math.PI)).toBe('180');
    expect(c.parse('400')).toBeNull();
  });

  test('every codec round-trips what it writes (property)', () => {
    const c = numbers(4, -10, 10, 6);
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: 4, maxLength: 4 }),
        (xs) => {
          const back = c.parse(c.format(xs))!;
          return back.every((x, i) => Math.abs(x - xs[i]) <= 5e-7);
        },
      ),
    );
    const i = integer(-1000, 1000);
    fc.assert(fc.property(fc.integer({ min: -1000, max: 1000 }), (x) => i.parse(i.format(x)) === x));
  });
});

describe('fields', () => {
  const LINK = {
    channel: field(integer(0, 7), 0),
    size: field(among([64, 128]), null),
    mode: field(choice(['a', 'b'] as const), 'a'),
  };

  test('defaults where the link lacks a field or it is malformed; the link where it is valid', () => {
    expect(defaultsOf(LINK)).toEqual({ channel: 0, size: null, mode: 'a' });
    expect(readFields(LINK, null)).toEqual({ channel: 0, size: null, mode: 'a' });
    const p = new URLSearchParams('channel=9&size=128&mode=b');
    expect(readFields(LINK, p)).toEqual({ channel: 0, size: 128, mode: 'b' });
  });

  test('linkOf writes what readFields reads back, and leaves out unset fields', () => {
    const values = { channel: 5, size: null, mode: 'b' as const };
    const written = linkOf(LINK, values);
    expect(written).toEqual({ channel: '5', mode: 'b' });
    expect(readFields(LINK, new URLSearchParams(written))).toEqual(values);
  });
});

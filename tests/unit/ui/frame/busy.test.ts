// Busy readouts (src/ui/frame/busy.ts): a readout is stale exactly when the state its frame was
// measured for differs from the one asked for, and its note names g as the rotation control does.
import { describe, expect, test } from 'vitest';
import { cyclicGroup, dihedralGroup } from '../../../../src/math';
import {
  busyAttributes,
  busyClass,
  busyNote,
  elementText,
  isStale,
  readoutBusy,
  sweepNote,
} from '../../../../src/ui/frame/busy';

const TAU = 2 * Math.PI;

describe('isStale', () => {
  const experiment = {};
  const pixels = new Float32Array(4);
  const wanted = { experiment, pixels, angle: TAU / 8, reflect: false };

  test('nothing measured yet is stale', () => {
    expect(isStale(wanted, null)).toBe(true);
    expect(isStale(wanted, undefined)).toBe(true);
  });

  test('a frame measured for the same state is fresh, extra fields of the frame aside', () => {
    expect(isStale(wanted, { ...wanted })).toBe(false);
    expect(isStale(wanted, { ...wanted, ms: 12 })).toBe(false);
    expect(isStale({}, {})).toBe(false);
  });

  test('any field that differs makes it stale: angles exactly, objects by identity', () => {
    expect(isStale(wanted, { ...wanted, angle: TAU / 4 })).toBe(true);
    expect(isStale(wanted, { ...wanted, angle: TAU / 8 + 1e-12 })).toBe(true);
    expect(isStale(wanted, { ...wanted, reflect: true })).toBe(true);
    expect(isStale(wanted, { ...wanted, experiment: {} })).toBe(true);
    expect(isStale(wanted, { ...wanted, pixels: new Float32Array(4) })).toBe(true);
    // A field the frame did not record cannot match a value that was asked for.
    const { pixels: _, ...withoutPixels } = wanted;
    expect(isStale(wanted, withoutPixels)).toBe(true);
  });

  test('a rebuilding experiment (null) is stale against a frame of the old one', () => {
    expect(isStale({ ...wanted, experiment: null }, wanted)).toBe(true);
  });

  test('NaN equals NaN (Object.is), so an undefined measurement does not stay busy', () => {
    expect(isStale({ angle: NaN }, { angle: NaN })).toBe(false);
  });
});

describe('readoutBusy', () => {
  test('stale and no problem: busy; a problem (the widget failed) is never busy', () => {
    expect(readoutBusy({ a: 1 }, { a: 2 })).toBe(true);
    expect(readoutBusy({ a: 1 }, { a: 2 }, null)).toBe(true);
    expect(readoutBusy({ a: 1 }, { a: 2 }, 'Error: out of memory')).toBe(false);
    expect(readoutBusy({ a: 1 }, { a: 1 })).toBe(false);
  });
});

describe('elementText', () => {
  const C8 = cyclicGroup(8);
  const D4 = dihedralGroup(4);

  test('an element of the group by its label with superscripts, as the rotation control names it', () => {
    expect(elementText({ kind: 'C', n: 8, angle: (3 * TAU) / 8, reflect: false }, C8)).toBe(
      `g = ${C8.label(3).replace('^3', '³')} in ${C8.name}`,
    );
    expect(elementText({ kind: 'C', n: 8, angle: (3 * TAU) / 8, reflect: false }, C8)).toBe('g = r³ in C8');
    expect(elementText({ kind: 'C', n: 8, angle: 0, reflect: false }, C8)).toBe(`g = ${C8.label(0)} in C8`);
  });

  test('a mirror of D4: r^k s drawn compactly', () => {
    // index n + k is r^k s in the math core's convention
    expect(elementText({ kind: 'D', n: 4, angle: (2 * TAU) / 4, reflect: true }, D4)).toBe('g = r²s in D4');
    expect(elementText({ kind: 'D', n: 4, angle: 0, reflect: true }, D4)).toBe('g = s in D4');
  });

  test('an angle off the grid, or no group: the rotation in degrees to 0.1°', () => {
    expect(elementText({ kind: 'C', n: 8, angle: TAU / 16, reflect: false }, C8)).toBe(
      'g = rotation by 22.5°',
    );
    expect(elementText({ n: 1, angle: (37 * TAU) / 360, reflect: false })).toBe('g = rotation by 37.0°');
    expect(elementText({ kind: 'D', n: 8, angle: TAU / 16, reflect: true }, dihedralGroup(8))).toBe(
      'g = rotation by 22.5° after the reflection s',
    );
    // On the grid but no group to name it: still the angle.
    expect(elementText({ kind: 'C', n: 4, angle: TAU / 4, reflect: false })).toBe('g = rotation by 90.0°');
  });
});

describe('notes and attributes', () => {
  test('busy notes', () => {
    expect(busyNote('g = r³ in C8')).toBe('computing g = r³ in C8 …');
    expect(busyNote()).toBe('computing…');
    expect(sweepNote(12, 73, 'angles')).toBe('computing 12 of 73 angles…');
  });

  test('data-busy is "true"/"false", aria-busy a boolean, the class only while busy', () => {
    expect(busyAttributes(true)).toEqual({ 'data-busy': 'true', 'aria-busy': true });
    expect(busyAttributes(false)).toEqual({ 'data-busy': 'false', 'aria-busy': false });
    expect(busyClass(true)).toBe(' readout-busy');
    expect(busyClass(false)).toBe('');
  });
});

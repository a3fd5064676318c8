// The colour scales against published references: viridis and ColorBrewer RdBu as d3 ships
// them, the sinebow formula, plus the properties the UI relies on (diverging: white at 0,
// lightness rising towards 0 from both ends; phase: cyclic and continuous).

import * as d3 from 'd3';
import { describe, expect, it } from 'vitest';
import { colorAt, COLORMAPS, legendCss, legendStops, rgbOf } from '../../../../src/engine/render/colormaps';
import { shade } from '../../../../src/engine/render/shade';

const rgb = (css: string): [number, number, number] => {
  const c = d3.rgb(css);
  return [c.r / 255, c.g / 255, c.b / 255];
};
const maxDiff = (a: readonly number[], b: readonly number[]) =>
  Math.max(...a.map((v, i) => Math.abs(v - b[i])));
const lightness = (c: [number, number, number]) => d3.lab(d3.rgb(255 * c[0], 255 * c[1], 255 * c[2])).l;
const ts = Array.from({ length: 101 }, (_, i) => i / 100);

describe('sequential', () => {
  // d3 steps through viridis' 256 published entries; entry k sits at t = k / 255. Between our
  // 33 8-bit control points the linear interpolation stays within 2/255 of every entry
  // (measured; the largest gap is near yellow, where viridis bends most).
  it('matches the 256 viridis entries d3 ships within 2.5/255 (33 control points, linear in between)', () => {
    for (let k = 0; k < 256; k++) {
      const t = k / 255;
      expect(
        maxDiff(colorAt(COLORMAPS.sequential, t), rgb(d3.interpolateViridis(t))),
        `entry ${k}`,
      ).toBeLessThan(2.5 / 255);
    }
  });
  it('rises monotonically in CIELAB lightness and clamps outside [0, 1]', () => {
    const l = ts.map((t) => lightness(colorAt(COLORMAPS.sequential, t)));
    for (let i = 1; i < l.length; i++) expect(l[i]).toBeGreaterThan(l[i - 1]);
    expect(colorAt(COLORMAPS.sequential, -3)).toEqual(rgbOf('#440154'));
    expect(colorAt(COLORMAPS.sequential, 7)).toEqual(rgbOf('#fde725'));
  });
});

describe('diverging', () => {
  it('uses the ColorBrewer RdBu classes, blue for negative values', () => {
    expect([...COLORMAPS.diverging.stops].reverse()).toEqual(d3.schemeRdBu[11]);
  });
  it('is near-white at 0, dark blue at -range, dark red at +range, lighter towards 0 from both sides', () => {
    const range = 2.5;
    expect(shade('diverging', range, 0, 0)).toEqual(rgbOf('#f7f7f7'));
    expect(shade('diverging', range, -range, 0)).toEqual(rgbOf('#053061'));
    expect(shade('diverging', range, range, 0)).toEqual(rgbOf('#67001f'));
    const l = (v: number) => lightness(shade('diverging', range, v, 0));
    for (let v = 0.05; v <= range; v += 0.05) {
      expect(l(v)).toBeLessThan(l(v - 0.05) + 1e-9);
      expect(l(-v)).toBeLessThan(l(-v + 0.05) + 1e-9);
    }
  });
});

describe('phase', () => {
  const sinebow = (t: number) => [0, 1, 2].map((k) => Math.sin(Math.PI * (0.5 - t + k / 3)) ** 2);
  it('follows the sinebow formula within 0.07 and hits it at the control points', () => {
    for (const t of ts) expect(maxDiff(colorAt(COLORMAPS.phase, t), sinebow(t))).toBeLessThan(0.07);
    for (let k = 0; k < 12; k++)
      expect(maxDiff(colorAt(COLORMAPS.phase, k / 12), sinebow(k / 12))).toBeLessThan(1 / 255);
  });
  it('is cyclic and continuous: arg z = pi and -pi agree, no jump at the wrap', () => {
    expect(maxDiff(shade('phase', 1, -1, 1e-12), shade('phase', 1, -1, -1e-12))).toBeLessThan(1e-9);
    expect(maxDiff(colorAt(COLORMAPS.phase, 0.9999), colorAt(COLORMAPS.phase, 0))).toBeLessThan(1e-3);
  });
  it('scales brightness with |z| / range and saturates at 1', () => {
    const full = shade('phase', 2, 0, 2);
    expect(
      maxDiff(
        shade('phase', 2, 0, 1),
        full.map((c) => c / 2),
      ),
    ).toBeLessThan(1e-12);
    expect(shade('phase', 2, 0, 5)).toEqual(full);
    expect(shade('phase', 2, 0, 0)).toEqual([0, 0, 0]);
  });
});

describe('legends', () => {
  it('give CSS gradients whose stops are the control points', () => {
    expect(legendStops('sequential')[0]).toEqual({ offset: 0, color: '#440154' });
    expect(legendStops('diverging').at(-1)).toEqual({ offset: 1, color: '#67001f' });
    expect(legendStops('phase').at(-1)).toEqual({ offset: 1, color: '#ff4040' });
    expect(legendCss('sequential')).toMatch(/^linear-gradient\(to right, #440154 0%, .*#fde725 100%\)$/);
    // The wheel starts at the right (phase 0) and runs counter-clockwise: 90 degrees clockwise of
    // the start (straight down) is phase -pi/2, i.e. t = 3/4 on the wheel.
    expect(legendCss('phase')).toContain(`${COLORMAPS.phase.stops[9]} 90deg`);
  });
});

// The harmonic widgets' link fields: good values come back as written (and are written as the
// widgets always wrote them), anything malformed or out of range falls back to the default, and a
// filter link is applied to the filter store, keeping the store's own values where it is malformed.
import { describe, expect, it } from 'vitest';
import { defaultsOf, linkOf, readFields } from '../../../../src/state/link';
import { createHarmonicFilterStore, ringSamples } from '../../../../lessons/harmonic-filters/filterStore';
import {
  CURVES_LINK,
  ERROR_LINK,
  FILTER_LINK,
  ORDER_LINK,
  RESPONSE_LINK,
  applyFilterLink,
  filterLinkOf,
} from '../../../../lessons/harmonic-filters/linkFields';

const DEG = 180 / Math.PI;
const params = (s: string) => new URLSearchParams(s);

describe('order widgets (order-chain, order-sum, ...)', () => {
  it('round-trips every field', () => {
    const v = { mode: 'sum', m: -3, n: 4, bias: -0.12, test: 20, input: 'blobs', bandlimit: false } as const;
    const link = linkOf(ORDER_LINK, v);
    expect(link).toEqual({
      mode: 'sum',
      m: '-3',
      n: '4',
      bias: '-0.12',
      test: '20',
      input: 'blobs',
      bandlimit: 'false',
    });
    expect(readFields(ORDER_LINK, params(new URLSearchParams(link).toString()))).toEqual(v);
  });
  it('falls back to the defaults on junk, non-orders and out-of-range values', () => {
    const read = readFields(
      ORDER_LINK,
      params('widget=order-chain&mode=product&m=5&n=1.5&bias=0.1&test=9&input=photo&bandlimit=no'),
    );
    expect(read).toEqual({ ...defaultsOf(ORDER_LINK), mode: null, m: null, n: null });
    expect(read.bias).toBe(-0.05);
    expect(read.test).toBe(15);
    expect(read.bandlimit).toBe(true);
    expect(readFields(ORDER_LINK, params('m=&n=x&test=22.5&bias=-0.31'))).toEqual(defaultsOf(ORDER_LINK));
    expect(readFields(ORDER_LINK, null)).toEqual(defaultsOf(ORDER_LINK));
    // Non-integer test angles within range were always accepted.
    expect(readFields(ORDER_LINK, params('test=12.5&m=0&n=-4')).test).toBe(12.5);
    expect(readFields(ORDER_LINK, params('m=0&n=-4'))).toMatchObject({ m: 0, n: -4 });
  });
});

describe('rotation response curves', () => {
  it('round-trips step, order, channel and input', () => {
    const v = { step: 5, m: -2, channel: 7, input: 'blobs' } as const;
    const link = linkOf(CURVES_LINK, v);
    expect(link).toEqual({ step: '5', m: '-2', channel: '7', input: 'blobs' });
    expect(readFields(CURVES_LINK, params(new URLSearchParams(link).toString()))).toEqual(v);
  });
  it('refuses order 0, other steps and channels outside the eight', () => {
    expect(readFields(CURVES_LINK, params('step=2&m=0&channel=8&input=x'))).toEqual(defaultsOf(CURVES_LINK));
    expect(readFields(CURVES_LINK, params('step=&m=1.5&channel=-1'))).toEqual({
      step: null,
      m: 1,
      channel: 0,
      input: 'drawing',
    });
  });
});

describe('error against angle', () => {
  it('reads only a known input', () => {
    expect(readFields(ERROR_LINK, params('input=blobs'))).toEqual({ input: 'blobs' });
    expect(readFields(ERROR_LINK, params('input=Blobs'))).toEqual({ input: 'drawing' });
    expect(linkOf(ERROR_LINK, { input: 'drawing' })).toEqual({ input: 'drawing' });
  });
});

describe('harmonic response', () => {
  it('writes the angle in degrees with two decimals and reads it back in radians', () => {
    const link = linkOf(RESPONSE_LINK, { m: 3, angle: 37 / DEG, input: 'blobs', bandlimit: true });
    expect(link).toEqual({ m: '3', angle: '37.00', input: 'blobs', bandlimit: 'true' });
    const read = readFields(RESPONSE_LINK, params(new URLSearchParams(link).toString()));
    expect(read.angle! * DEG).toBeCloseTo(37, 10);
    expect(read).toMatchObject({ m: 3, input: 'blobs', bandlimit: true });
  });
  it('leaves order and angle unset when malformed', () => {
    expect(readFields(RESPONSE_LINK, params('m=-5&angle=abc&bandlimit=false'))).toEqual({
      m: null,
      angle: null,
      input: 'drawing',
      bandlimit: false,
    });
    expect(readFields(RESPONSE_LINK, params('angle=Infinity')).angle).toBeNull();
  });
});

describe('filter explorer', () => {
  it('writes a ring filter as before and restores it into a fresh store', () => {
    const a = createHarmonicFilterStore();
    a.getState().setKernel(17);
    a.getState().setOrder(-2);
    a.getState().setPhase(45 / DEG);
    a.getState().setRing(3.25, 1.5);
    const link = filterLinkOf(a.getState());
    expect(link).toEqual({ m: '-2', K: '17', beta: '45.0', profile: 'ring', radius: '3.25', width: '1.50' });

    const b = createHarmonicFilterStore();
    applyFilterLink(b, params(new URLSearchParams(link).toString()));
    const s = b.getState();
    expect([s.order, s.kernel, s.profile, s.radius, s.width]).toEqual([-2, 17, 'ring', 3.25, 1.5]);
    expect(s.phase * DEG).toBeCloseTo(45, 10);
  });

  it('writes a drawn profile by its samples and restores them', () => {
    const a = createHarmonicFilterStore();
    a.getState().setProfile('drawn');
    a.getState().setSample(2, -0.4);
    const link = filterLinkOf(a.getState());
    expect(link.samples).toBe(a.getState().samples.join(','));
    expect(link).not.toHaveProperty('radius');

    const b = createHarmonicFilterStore();
    applyFilterLink(b, params(new URLSearchParams(link).toString()));
    expect(b.getState().profile).toBe('drawn');
    expect(b.getState().samples).toEqual(a.getState().samples);
  });

  it("keeps the store's values where the link is malformed", () => {
    const b = createHarmonicFilterStore();
    b.getState().setOrder(3);
    b.getState().setPhase(1);
    b.getState().setRing(4, 2);
    applyFilterLink(b, params('widget=filter-explorer&m=7&K=11&beta=x&profile=ring&radius=-1&width=0'));
    const s = b.getState();
    expect([s.order, s.kernel, s.phase, s.profile, s.radius, s.width]).toEqual([3, 13, 1, 'ring', 4, 2]);
    expect(readFields(FILTER_LINK, params('m=2.5&K=13.5&profile=spiral&samples=1,,2'))).toEqual({
      ...defaultsOf(FILTER_LINK),
      profile: 'ring',
    });
  });

  it('a drawn profile with malformed samples starts from the ring', () => {
    const b = createHarmonicFilterStore();
    applyFilterLink(b, params('profile=drawn&samples=0.5,x'));
    const s = b.getState();
    expect(s.profile).toBe('drawn');
    expect(s.samples).toEqual(ringSamples(s.kernel, s.radius, s.width));
  });
});

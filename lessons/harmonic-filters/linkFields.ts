// What the harmonic widgets put in their links (#widget=<name>&key=value...): each widget's fields,
// declared once with their codecs and defaults (src/state/link). The filter lives in the page's
// filter store, so a link to the filter explorer is applied to that store (applyFilterLink) rather
// than read as a widget's initial values.
import type { StoreApi } from 'zustand';
import type { ArithmeticMode } from '../../src/experiments/harmonic/orderNetworks';
import { DEG } from '../../src/experiments/harmonic/phase';
import { HARMONIC_ORDERS } from '../../src/layers';
import {
  among,
  choice,
  field,
  integer,
  linkOf,
  mapped,
  number,
  numbers,
  readFields,
  type Codec,
} from '../../src/state/link';
import { KERNEL_SIZES, type HarmonicFilterState } from './filterStore';
import { INPUT_SOURCES } from './useHarmonicInput';

const MAX_ORDER = Math.max(...HARMONIC_ORDERS);

/** A harmonic order m, an integer with |m| <= 4. */
const order = integer(-MAX_ORDER, MAX_ORDER);

/** A number as `number(lo, hi, valid)` reads it, written with `digits` decimals. */
const fixed = (digits: number, lo?: number, hi?: number, valid?: (x: number) => boolean): Codec<number> => ({
  parse: number(lo, hi, valid).parse,
  format: (x) => x.toFixed(digits),
});

/** An angle kept in radians, written in degrees with `digits` decimals. */
const degrees = (digits: number): Codec<number> =>
  mapped(
    fixed(digits),
    (deg) => deg / DEG,
    (rad) => rad * DEG,
  );

/** 'true' or 'false', as these widgets have always written their switches. */
const trueFalse: Codec<boolean> = mapped(
  choice(['true', 'false'] as const),
  (s) => s === 'true',
  (b) => (b ? 'true' : 'false'),
);

/** A hand-drawn radial profile, R at r = 0, 1, 2, ... (the store clamps each to [-1, 1]). */
const samples: Codec<number[]> = { parse: numbers().parse, format: (xs) => xs.join(',') };

/** The page's drawing or the smooth blobs. */
const input = field(choice(INPUT_SOURCES), 'drawing');
/** Band-limit the input first (all but 'false' reads as on). */
const bandlimit = field(trueFalse, true);

/** The filter explorer: the page's filter (order, size, phase offset in degrees, radial profile). */
export const FILTER_LINK = {
  m: field(order, null),
  K: field(among(KERNEL_SIZES), null),
  beta: field(degrees(1), null),
  profile: field(choice(['ring', 'drawn'] as const), 'ring'),
  radius: field(fixed(2, 0), null),
  width: field(
    fixed(2, 0, Infinity, (w) => w > 0),
    null,
  ),
  samples: field(samples, null),
};

/** The filter as link parameters: a ring profile by radius and width, a drawn one by its samples. */
export function filterLinkOf(f: HarmonicFilterState): Record<string, string> {
  const ring = f.profile === 'ring';
  return linkOf(FILTER_LINK, {
    m: f.order,
    K: f.kernel,
    beta: f.phase,
    profile: f.profile,
    radius: ring ? f.radius : null,
    width: ring ? f.width : null,
    samples: ring ? null : f.samples,
  });
}

/**
 * Applies a filter link to the store. A missing or malformed value keeps the store's own: the
 * size first (a new size brings its default ring), then order, phase offset and the profile.
 */
export function applyFilterLink(store: StoreApi<HarmonicFilterState>, params: URLSearchParams): void {
  const v = readFields(FILTER_LINK, params);
  const before = store.getState();
  before.setKernel(v.K ?? before.kernel);
  before.setOrder(v.m ?? before.order);
  before.setPhase(v.beta ?? before.phase);
  if (v.profile === 'drawn') {
    before.setProfile('drawn');
    v.samples?.forEach((x, r) => before.setSample(r, x));
  } else {
    before.setProfile('ring');
    before.setRing(v.radius ?? before.radius, v.width ?? before.width);
  }
}

/** The response widget: the order and the angle (restored into the page stores), the input. */
export const RESPONSE_LINK = {
  m: field(order, null),
  angle: field(degrees(2), null),
  input,
  bandlimit,
};

export const ARITHMETIC_MODES = [
  'chain',
  'sum',
  'nonlinearity',
  'stream',
] as const satisfies readonly ArithmeticMode[];

/** The order widgets (one per mode, named order-<mode>); mode, m and n default to the page's props. */
export const ORDER_LINK = {
  mode: field(choice(ARITHMETIC_MODES), null),
  m: field(order, null),
  n: field(order, null),
  bias: field(number(-0.3, 0), -0.05),
  test: field(number(10, 22), 15),
  input,
  bandlimit,
};

/** Orientation channels of the C8 G-CNN in the rotation response curves. */
export const CURVE_ORIENTATIONS = 8;

/** The rotation response curves; without a step the widget picks one for the device. */
export const CURVES_LINK = {
  step: field(among([1, 5]), null),
  m: field(
    number(-MAX_ORDER, MAX_ORDER, (m) => Number.isInteger(m) && m !== 0),
    1,
  ),
  channel: field(integer(0, CURVE_ORIENTATIONS - 1), 0),
  input,
};

/** The error-against-angle sweep: only the input. */
export const ERROR_LINK = { input };

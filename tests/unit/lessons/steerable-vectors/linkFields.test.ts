// The steerable-vectors widgets' link fields: good values round-trip through linkOf/readFields in
// the formats links have always used; malformed or out-of-range values fall back to the defaults.
import { describe, expect, test } from 'vitest';
import { maxAbsDiff } from '../../../../src/math/linalg';
import { so3FromAxisAngle, so3FromEulerZYZ } from '../../../../src/math/so3';
import { CLOUD_PRESETS } from '../../../../src/experiments/steerable/cloudPresets';
import { defaultsOf, linkOf, readFields, type LinkSpec } from '../../../../src/state/link';
import {
  BANDWIDTH_LINK,
  CG_LINK,
  CLOUD_LINK,
  cloudOf,
  MAX_ATOMS,
  PLANE_LINK,
  rotation,
  SPHERE_LINK,
  vectorOf,
  WIGNER_LINK,
} from '../../../../lessons/steerable-vectors/linkFields';

/** The values `spec` reads from a hash such as 'l=3&mode=euler'. */
const read = <S extends LinkSpec>(spec: S, hash: string) => readFields(spec, new URLSearchParams(hash));

describe('rotation codec (ZYZ Euler angles in radians)', () => {
  test('a rotation survives its link to 1e-5 (six decimals of each Euler angle)', () => {
    const r = so3FromAxisAngle([0.2, -0.7, 0.4], 2.3);
    const text = rotation.format(r);
    expect(text).toMatch(/^-?\d+(\.\d{1,6})?,\d+(\.\d{1,6})?,-?\d+(\.\d{1,6})?$/);
    expect(maxAbsDiff(rotation.parse(text)!, r)).toBeLessThan(1e-5);
  });

  test('writes the angles as before: "0.3,1.1,-0.4" is Rz(0.3) Ry(1.1) Rz(-0.4)', () => {
    const r = so3FromEulerZYZ(0.3, 1.1, -0.4);
    expect(rotation.format(r)).toBe('0.3,1.1,-0.4');
    expect(maxAbsDiff(rotation.parse('0.3,1.1,-0.4')!, r)).toBe(0);
  });

  test('angles at ±π, rounded up to six decimals, still read', () => {
    const r = so3FromEulerZYZ(Math.PI, Math.PI, -Math.PI);
    expect(rotation.format(r).split(',').map(Number).map(Math.abs)).toEqual([3.141593, 3.141593, 3.141593]);
    expect(maxAbsDiff(rotation.parse(rotation.format(r))!, r)).toBeLessThan(1e-5);
  });

  test.each(['1,2', '1,2,3,4', '1,x,2', '1,,2', '', 'Infinity,0,0', '1e308,0,0', '0,-7,0', 'NaN,0,0'])(
    '%j is refused',
    (raw) => expect(rotation.parse(raw)).toBeNull(),
  );
});

describe('Wigner-D explorer', () => {
  test('round-trips l, mode and both rotations', () => {
    const values = {
      l: 4,
      mode: 'euler' as const,
      r1: so3FromEulerZYZ(0.1, 0.2, 0.3),
      r2: so3FromEulerZYZ(-1, 2, -3),
    };
    const link = linkOf(WIGNER_LINK, values);
    expect(link).toEqual({ l: '4', mode: 'euler', r1: '0.1,0.2,0.3', r2: '-1,2,-3' });
    const back = readFields(WIGNER_LINK, new URLSearchParams(link));
    expect(back.l).toBe(4);
    expect(back.mode).toBe('euler');
    expect(maxAbsDiff(back.r1, values.r1)).toBeLessThan(1e-12);
    expect(maxAbsDiff(back.r2, values.r2)).toBeLessThan(1e-12);
  });

  test('malformed values fall back', () => {
    expect(read(WIGNER_LINK, 'l=5&mode=polar&r1=1,2&r2=x')).toEqual(defaultsOf(WIGNER_LINK));
    expect(read(WIGNER_LINK, 'l=2.5&r1=Infinity,0,0').l).toBe(2);
    expect(read(WIGNER_LINK, '')).toEqual(defaultsOf(WIGNER_LINK));
  });
});

describe('spherical harmonic sphere', () => {
  test('round-trips l, the coefficients (four decimals) and the rotation', () => {
    const link = linkOf(SPHERE_LINK, { l: 1, c: [0.5, -0.25, 0.123456], r: so3FromEulerZYZ(0, 0.5, 0) });
    expect(link).toEqual({ l: '1', c: '0.5,-0.25,0.1235', r: '0,0.5,0' });
    const back = readFields(SPHERE_LINK, new URLSearchParams(link));
    expect(back.l).toBe(1);
    expect(back.c).toEqual([0.5, -0.25, 0.1235]);
    expect(vectorOf(back.c, back.l, () => [])).toEqual([0.5, -0.25, 0.1235]);
  });

  test('coefficients out of [-1, 1], malformed or of the wrong length fall back', () => {
    for (const c of ['0,2,0', '0,x,0', '0,,0', '0,1e308,0', '-Infinity'])
      expect(read(SPHERE_LINK, `l=1&c=${c}`).c).toBeNull();
    const { l, c } = read(SPHERE_LINK, 'l=2&c=0.1,0.2,0.3'); // 3 components, but degree 2 has 5
    expect(vectorOf(c, l, () => [9])).toEqual([9]);
    expect(read(SPHERE_LINK, 'l=7').l).toBe(2);
  });
});

describe('Clebsch-Gordan lab', () => {
  test('the link the e2e test opens reads as written', () => {
    const v = read(CG_LINK, 'l1=2&l2=1&u=0.1,0.2,0.3,0.4,0.5&v=-1,0,1&r=0.3,1.1,-0.4');
    expect([v.l1, v.l2]).toEqual([2, 1]);
    expect(vectorOf(v.u, v.l1, () => [])).toEqual([0.1, 0.2, 0.3, 0.4, 0.5]);
    expect(vectorOf(v.v, v.l2, () => [])).toEqual([-1, 0, 1]);
    expect(maxAbsDiff(v.r, so3FromEulerZYZ(0.3, 1.1, -0.4))).toBe(0);
    expect(linkOf(CG_LINK, v)).toEqual({
      l1: '2',
      l2: '1',
      u: '0.1,0.2,0.3,0.4,0.5',
      v: '-1,0,1',
      r: '0.3,1.1,-0.4',
    });
  });

  test('malformed values fall back', () => {
    const v = read(CG_LINK, 'l1=4&l2=-1&u=1,2,3&r=0,0');
    expect(v).toEqual(defaultsOf(CG_LINK));
    expect(vectorOf(read(CG_LINK, 'l1=0&u=0.1,0.2,0.3').u, 0, () => [7])).toEqual([7]);
  });
});

describe('steerable point cloud', () => {
  test('round-trips the preset, the elements and the positions (four decimals)', () => {
    const atoms = CLOUD_PRESETS.methane.atoms();
    const link = linkOf(CLOUD_LINK, {
      preset: 'methane',
      elements: atoms.map((a) => a.element),
      positions: atoms.flatMap((a) => a.position),
      r: so3FromEulerZYZ(0, 0, 1),
    });
    expect(link.elements).toBe('CHHHH');
    expect(link.positions.split(',')).toHaveLength(15);
    expect(link.r).toBe('0,0,1');
    const cloud = cloudOf(readFields(CLOUD_LINK, new URLSearchParams(link)));
    expect(cloud.preset).toBe('methane');
    expect(cloud.atoms.map((a) => a.element)).toEqual(atoms.map((a) => a.element));
    cloud.atoms.forEach((a, i) =>
      a.position.forEach((x, k) => expect(x).toBeCloseTo(atoms[i].position[k], 4)),
    );
  });

  test('unknown elements, mismatched or huge positions give water', () => {
    const water = { preset: 'water', atoms: CLOUD_PRESETS.water.atoms() };
    for (const hash of [
      'preset=random&elements=OHX&positions=0,0,0,1,0,0,0,1,0',
      'preset=random&elements=OH&positions=0,0,0,1,0,0,0,1,0',
      'preset=random&elements=O&positions=0,0,1e308',
      'preset=random&elements=O&positions=0,0,Infinity',
      'preset=random&elements=&positions=',
      `preset=random&elements=${'H'.repeat(MAX_ATOMS + 1)}&positions=${Array(3 * (MAX_ATOMS + 1)).fill(0)}`,
      'preset=random',
    ])
      expect(cloudOf(read(CLOUD_LINK, hash))).toEqual(water);
    expect(read(CLOUD_LINK, 'preset=benzene').preset).toBe('water');
    expect(cloudOf(read(CLOUD_LINK, 'preset=random&elements=O&positions=0,0,1.5')).preset).toBe('random');
  });
});

describe('bandwidth and nonlinearity', () => {
  test('round-trips b0, mode and seed', () => {
    const link = linkOf(BANDWIDTH_LINK, { b0: 3, mode: 'fill', seed: 17 });
    expect(link).toEqual({ b0: '3', mode: 'fill', seed: '17' });
    expect(readFields(BANDWIDTH_LINK, new URLSearchParams(link))).toEqual({ b0: 3, mode: 'fill', seed: 17 });
  });

  test('malformed values fall back', () => {
    expect(read(BANDWIDTH_LINK, 'b0=9&mode=both&seed=0')).toEqual(defaultsOf(BANDWIDTH_LINK));
    expect(read(BANDWIDTH_LINK, 'b0=3.5&seed=1e7')).toEqual(defaultsOf(BANDWIDTH_LINK));
  });
});

describe('plane gradient field', () => {
  test('theta is written in degrees with two decimals, positionsOnly as true/false', () => {
    const link = linkOf(PLANE_LINK, { theta: (137.5 * Math.PI) / 180, positionsOnly: true });
    expect(link).toEqual({ theta: '137.50', positionsOnly: 'true' });
    const back = readFields(PLANE_LINK, new URLSearchParams(link));
    expect(back.theta).toBeCloseTo((137.5 * Math.PI) / 180, 12);
    expect(back.positionsOnly).toBe(true);
    expect(linkOf(PLANE_LINK, defaultsOf(PLANE_LINK))).toEqual({ theta: '36.00', positionsOnly: 'false' });
    expect(read(PLANE_LINK, 'theta=360.00').theta).toBeCloseTo(2 * Math.PI, 12);
  });

  test('huge, infinite or malformed values give the defaults (no rotate(-Infinity))', () => {
    const d = defaultsOf(PLANE_LINK);
    expect(read(PLANE_LINK, 'theta=1e308&positionsOnly=-Infinity')).toEqual(d);
    for (const theta of ['Infinity', '-Infinity', 'NaN', '', 'x', '361', '-1', '1,2'])
      expect(read(PLANE_LINK, `theta=${theta}`).theta).toBe(d.theta);
    for (const flag of ['1', 'TRUE', 'yes', ''])
      expect(read(PLANE_LINK, `positionsOnly=${flag}`).positionsOnly).toBe(false);
  });
});

// Weight tying: the orbits of G on Y × X count the free parameters of an equivariant linear map.
// The counts are held against closed forms worked out by hand (circulant: n; block circulant: n²;
// Burnside's lemma for the stabilizer-symmetric kernels of isotropic layers), not against the code.
import { describe, expect, test } from 'vitest';
import {
  cyclicGroup,
  cyclicTranslations,
  dihedralGroup,
  imageActionIndexMap,
  regularAction,
  tiedWeights,
  torusWallpaper,
  type FiniteGroup,
  type PlanarGroup,
} from '../../../../src/math/finite';

const C1 = cyclicGroup(1);
const C4 = cyclicGroup(4);
const D4 = dihedralGroup(4);
const mod = (a: number, n: number) => ((a % n) + n) % n;
const all = (order: number) => Array.from({ length: order }, (_, u) => u);

function expectGroupAxioms(g: FiniteGroup): void {
  for (let a = 0; a < g.order; a++) {
    expect(g.compose(0, a)).toBe(a);
    expect(g.compose(a, 0)).toBe(a);
    expect(g.compose(a, g.inverse(a))).toBe(0);
    for (let b = 0; b < g.order; b++)
      for (let c = 0; c < g.order; c += 5)
        // every fifth c keeps D4 n = 3 fast (72² · 15 triples)
        expect(g.compose(g.compose(a, b), c)).toBe(g.compose(a, g.compose(b, c)));
  }
}

describe('torusWallpaper: Z_n² ⋊ H on the n x n torus', () => {
  test.each([
    ['C4', 3, C4],
    ['D4', 3, D4],
    ['C1', 4, C1],
    ['D2', 2, dihedralGroup(2)],
  ] as [string, number, PlanarGroup][])(
    '%s, n = %i: a group, acting on the pixels from the left',
    (_, n, H) => {
      const { group, plane, translations } = torusWallpaper(H, n);
      expect(group.order).toBe(H.order * n * n);
      expectGroupAxioms(group);
      expect(translations).toEqual(all(n * n));
      for (let a = 0; a < group.order; a += 3)
        for (let b = 0; b < group.order; b++)
          for (let p = 0; p < n * n; p++)
            expect(plane.act(a, plane.act(b, p))).toBe(plane.act(group.compose(a, b), p));
    },
  );

  test('translation (1, 0) moves a pixel one column right; r turns right-of-centre to above-centre', () => {
    const n = 5;
    const { plane } = torusWallpaper(C4, n);
    const at = (row: number, col: number) => row * n + col;
    expect(plane.act(1, at(2, 2))).toBe(at(2, 3)); // element 1 is t = (1, 0)
    expect(plane.act(1, at(2, 4))).toBe(at(2, 0)); // wraps around
    expect(plane.act(n, at(2, 2))).toBe(at(3, 2)); // element n is t = (0, −1): y is up, so a row down
    const r = n * n; // (0, r)
    expect(plane.act(r, at(2, 3))).toBe(at(1, 2));
    expect(plane.act(r, at(2, 2))).toBe(at(2, 2)); // the centre pixel is fixed by H
  });

  test.each([
    ['C4', C4],
    ['D4', D4],
  ] as const)('%s about the centre pixel agrees with imageActionIndexMap on odd grids', (_, H) => {
    for (const n of [3, 5, 7]) {
      const { group, plane } = torusWallpaper(H, n);
      for (let h = 0; h < H.order; h++) {
        // (L_h f)(p) = f(h⁻¹ p): the index map reads pixel h⁻¹·p.
        const map = imageActionIndexMap(H, h, n);
        const u = h * n * n;
        expect(Array.from(map)).toEqual(all(n * n).map((p) => plane.act(group.inverse(u), p)));
      }
    }
  });

  test('rejects a point group that does not map the grid to itself', () => {
    expect(() => torusWallpaper(cyclicGroup(8), 3)).toThrow(/square grid/);
  });
});

/** Burnside's lemma, written out for the square's symmetries on Z_n² with plain integer arithmetic. */
function burnsideOrbits(n: number, withMirrors: boolean): number {
  const maps: ((x: number, y: number) => [number, number])[] = [
    (x, y) => [x, y],
    (x, y) => [-y, x],
    (x, y) => [-x, -y],
    (x, y) => [y, -x],
  ];
  if (withMirrors)
    maps.push(
      (x, y) => [x, -y],
      (x, y) => [-x, y],
      (x, y) => [y, x],
      (x, y) => [-y, -x],
    );
  let fixed = 0;
  for (const m of maps)
    for (let x = 0; x < n; x++)
      for (let y = 0; y < n; y++) {
        const [a, b] = m(x, y);
        if (mod(a, n) === x && mod(b, n) === y) fixed++;
      }
  return fixed / maps.length;
}

describe('tiedWeights: orbits of G on Y × X', () => {
  test('1-D translations make the dense n x n matrix circulant: n weights instead of n²', () => {
    for (const n of [4, 8, 12]) {
      const shifts = regularAction(cyclicTranslations(n));
      expect(tiedWeights(shifts, shifts, []).count).toBe(n * n);
      const tied = tiedWeights(shifts, shifts);
      expect(tied.count).toBe(n);
      // κ(y, x) = ψ(x − y): each entry equals the first row's entry at offset x − y.
      for (let y = 0; y < n; y++)
        for (let x = 0; x < n; x++) expect(tied.orbit[y * n + x]).toBe(tied.orbit[mod(x - y, n)]);
      expect(new Set(tied.orbit.slice(0, n)).size).toBe(n);
    }
  });

  test('translations of the n x n torus: block circulant with circulant blocks, n² weights of n⁴', () => {
    for (const n of [2, 3, 4, 5]) {
      const { plane } = torusWallpaper(C1, n);
      const tied = tiedWeights(plane, plane);
      expect(tied.count).toBe(n * n);
      const N = n * n;
      // Entry (y, x) with y = (i, j) and x = (k, l) in (row, column) depends on (k − i, l − j) mod n.
      for (let y = 0; y < N; y++)
        for (let x = 0; x < N; x++) {
          const d = mod(Math.floor(x / n) - Math.floor(y / n), n) * n + mod((x % n) - (y % n), n);
          expect(tied.orbit[y * N + x]).toBe(tied.orbit[d]);
        }
    }
  });

  test.each([cyclicGroup(6), cyclicGroup(8), dihedralGroup(3), dihedralGroup(4)].map((G) => [G.name, G]))(
    '%s acting on itself: one weight per group element, κ(g, g′) = ψ(g⁻¹g′)',
    (_, G) => {
      const reg = regularAction(G);
      const tied = tiedWeights(reg, reg);
      expect(tied.count).toBe(G.order);
      for (let g = 0; g < G.order; g++)
        for (let h = 0; h < G.order; h++)
          expect(tied.orbit[g * G.order + h]).toBe(tied.orbit[G.compose(G.inverse(g), h)]);
    },
  );

  test('C_N acting on itself is circulant (r^a r^b = r^(a+b))', () => {
    const reg = regularAction(cyclicGroup(8));
    const tied = tiedWeights(reg, reg);
    for (let y = 0; y < 8; y++)
      for (let x = 0; x < 8; x++) expect(tied.orbit[y * 8 + x]).toBe(tied.orbit[mod(x - y, 8)]);
  });

  // The four layer types of p4 and p4m on the n x n torus, for odd n:
  // isotropic = |H-orbits on Z_n²| (Burnside: (n² + 3)/4 for C4, (n² + 4n + 3)/8 for D4),
  // lifting = projection = n², group = |H| n²; with translations alone |Y||X| / n².
  test.each([
    ['C4', 3, 3, C4],
    ['C4', 5, 7, C4],
    ['D4', 3, 3, D4],
    ['D4', 5, 6, D4],
  ] as [string, number, number, PlanarGroup][])(
    '%s, n = %i: the four layer types (isotropic: %i)',
    (_, n, isotropic, H) => {
      const { group, plane, translations } = torusWallpaper(H, n);
      const lifted = regularAction(group);
      const area = n * n;
      const closedForm = H.hasReflections ? (area + 4 * n + 3) / 8 : (area + 3) / 4;
      expect(closedForm).toBe(isotropic);
      expect(burnsideOrbits(n, H.hasReflections)).toBe(isotropic);
      expect(tiedWeights(plane, plane).count).toBe(isotropic);
      expect(tiedWeights(lifted, plane).count).toBe(area);
      expect(tiedWeights(lifted, lifted).count).toBe(H.order * area);
      expect(tiedWeights(plane, lifted).count).toBe(area);
      expect(tiedWeights(plane, plane, translations).count).toBe(area);
      expect(tiedWeights(lifted, plane, translations).count).toBe(H.order * area);
      expect(tiedWeights(lifted, lifted, translations).count).toBe(H.order * H.order * area);
      expect(tiedWeights(plane, lifted, translations).count).toBe(H.order * area);
    },
  );

  test('isotropic: the centre row is a kernel k with k(h x) = k(x) for h in the stabilizer C4', () => {
    const n = 5;
    const { plane } = torusWallpaper(C4, n);
    const tied = tiedWeights(plane, plane);
    const centre = 2 * n + 2;
    const k = tied.orbit.slice(centre * n * n, (centre + 1) * n * n);
    const turned = Array.from(imageActionIndexMap(C4, 1, n), (i) => k[i]);
    expect(turned).toEqual(Array.from(k));
    // and the seven weights: centre, 4 neighbours, 4 diagonals, 4 at distance 2, 8 knight moves, 4 corners
    const sizes = [...new Set(k)].map((w) => k.filter((v) => v === w).length).sort((a, b) => a - b);
    expect(sizes).toEqual([1, 4, 4, 4, 4, 4, 4]);
  });

  test('a whole orbit is one weight: C4 on the 5 x 5 kernel also splits the knight moves in two', () => {
    // Under C4 alone (no mirrors) the 8 knight-move cells form two orbits of 4 (a pinwheel's arms).
    const n = 5;
    const { plane } = torusWallpaper(C4, n);
    const tied = tiedWeights(plane, plane);
    const row = 12 * n * n; // the centre pixel's row of κ
    const knight = [1 * n + 0, 0 * n + 1].map((p) => tied.orbit[row + p]); // (−2, 1) and (−1, 2)
    expect(knight[0]).not.toBe(knight[1]);
    const { plane: planeM } = torusWallpaper(D4, n);
    const tiedM = tiedWeights(planeM, planeM);
    expect(tiedM.orbit[row + 5]).toBe(tiedM.orbit[row + 1]);
  });

  test('actions of two different groups are refused', () => {
    expect(() => tiedWeights(regularAction(C4), regularAction(D4))).toThrow(/one group/);
  });
});

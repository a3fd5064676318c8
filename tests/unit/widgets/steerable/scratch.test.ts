import { test } from 'vitest';
import { wignerD, so3Random, cgTensorProduct, realSphericalHarmonics } from '../../../../src/math/so3';
import { matmul, transpose, identity, maxAbsDiff } from '../../../../src/math/linalg';
test('scratch', () => {
  let s = 1;
  const rng = () => {
    s = (s * 16807) % 2147483647;
    return s / 2147483647;
  };
  const R1 = so3Random(rng),
    R2 = so3Random(rng);
  for (const l of [4, 8, 10, 12, 15, 20]) {
    const t0 = performance.now();
    const D = wignerD(l, R1);
    const t1 = performance.now();
    const orth = maxAbsDiff(matmul(D, transpose(D)), identity(2 * l + 1));
    const hom = maxAbsDiff(matmul(wignerD(l, R1), wignerD(l, R2)), wignerD(l, matmul(R1, R2)));
    const v = [0.3, -0.5, 0.8];
    const Rv = R1.map((r) => r[0] * v[0] + r[1] * v[1] + r[2] * v[2]);
    const y1 = realSphericalHarmonics(l, Rv),
      y0 = realSphericalHarmonics(l, v);
    const Dy = D.map((row) => row.reduce((a, x, j) => a + x * y0[j], 0));
    console.log(
      l,
      (t1 - t0).toFixed(2),
      'ms orth',
      orth,
      'hom',
      hom,
      'Y',
      Math.max(...y1.map((x, i) => Math.abs(x - Dy[i]))),
    );
  }
  const u = [1, 2, 3],
    v = [-0.5, 0.7, 0.2]; // (y,z,x) basis
  const out = cgTensorProduct(1, u, 1, v);
  const [uy, uz, ux] = u,
    [vy, vz, vx] = v;
  const dot = ux * vx + uy * vy + uz * vz;
  const cx = uy * vz - uz * vy,
    cy = uz * vx - ux * vz,
    cz = ux * vy - uy * vx;
  console.log(out[0].components, -dot / Math.sqrt(3));
  console.log(
    out[1].components,
    [cy, cz, cx].map((c) => c / Math.SQRT2),
  );
});

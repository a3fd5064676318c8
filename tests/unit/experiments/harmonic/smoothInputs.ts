// Smooth test inputs shared by the harmonic widgets' unit and browser tests: Gaussian blobs
// (sigma 2 px) around the centre, drawn analytically at any rotation, so a rotated copy needs no
// interpolation and serves as an independent reference for the engine's resampling.
import { mulberry32 } from '../../../../src/layers';

/** S x S image: `count` blobs at seeded places within radius `reach` of the centre, all turned by theta. */
export function centredBlobs(
  S: number,
  seed: number,
  theta = 0,
  count = 6,
  reach = 6,
  sigma = 2,
): Float32Array {
  const u = mulberry32(seed);
  const out = new Float32Array(S * S);
  const c = (S - 1) / 2;
  for (let k = 0; k < count; k++) {
    const [r, phi, amplitude] = [reach * Math.sqrt(u()), 2 * Math.PI * u(), 0.3 + 0.7 * u()];
    const [x0, y0] = [r * Math.cos(phi + theta), r * Math.sin(phi + theta)];
    for (let i = 0; i < S; i++)
      for (let j = 0; j < S; j++) {
        const [dx, dy] = [j - c - x0, c - i - y0];
        out[i * S + j] += amplitude * Math.exp(-(dx * dx + dy * dy) / (2 * sigma * sigma));
      }
  }
  return out;
}

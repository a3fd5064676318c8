// Hand-made K x K filters for the lifting demos: oriented ones (edge, line, corner, Gabor), whose
// rotated copies differ, and an isotropic centre-surround one, whose copies all look alike (the
// constrained kernel of an isotropic layer). Grid convention as in the engine: cell (row a, col b)
// sits at x = b - r, y = r - a with r = (K - 1) / 2, y pointing up. Every preset lives on the disk
// the lifting layer keeps (x^2 + y^2 <= K^2 / 4), has zero mean there (no response to a flat
// region) and is scaled to max |psi| = 1.

export type KernelPresetId = 'edge' | 'line' | 'corner' | 'gabor' | 'center-surround';

export const KERNEL_SIZES = [3, 5, 7, 9] as const;

/** Whether the cell at offset (x, y) survives the disk mask of radius K / 2 (the engine's maskDisk). */
export function inKernelDisk(x: number, y: number, K: number): boolean {
  return x * x + y * y <= (K * K) / 4;
}

/** Samples f(x, y) on the disk cells of a K x K grid (zero outside), zero-mean and max |value| = 1. */
function sampleOnDisk(K: number, f: (x: number, y: number) => number): Float32Array {
  const r = (K - 1) / 2;
  const out = new Float32Array(K * K);
  const inside: number[] = [];
  for (let a = 0; a < K; a++)
    for (let b = 0; b < K; b++)
      if (inKernelDisk(b - r, r - a, K)) {
        out[a * K + b] = f(b - r, r - a);
        inside.push(a * K + b);
      }
  const mean = inside.reduce((s, i) => s + out[i], 0) / inside.length;
  for (const i of inside) out[i] -= mean;
  const peak = out.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
  if (peak > 0) for (let i = 0; i < out.length; i++) out[i] /= peak;
  return out;
}

const gauss = (d2: number, sigma: number) => Math.exp(-d2 / (2 * sigma * sigma));
const widthOf = (K: number) => Math.max(K / 4, 0.8);

/** First derivative of a Gaussian along x: a vertical edge, dark on the left, bright on the right. */
export function edgeKernel(K: number): Float32Array {
  const s = widthOf(K);
  return sampleOnDisk(K, (x, y) => x * gauss(x * x + y * y, s));
}

/** A horizontal bright bar: second derivative of a Gaussian across it (y), a longer Gaussian along it (x). */
export function lineKernel(K: number): Float32Array {
  const s = widthOf(K) * 0.8;
  return sampleOnDisk(K, (x, y) => (1 - (y * y) / (s * s)) * gauss(y * y, s) * gauss(x * x, 2 * s));
}

/** An L: two bright arms from the centre, one along +x and one along +y. */
export function cornerKernel(K: number): Float32Array {
  return sampleOnDisk(K, (x, y) => ((y === 0 && x >= 0) || (x === 0 && y >= 0) ? 1 : 0));
}

/** Gabor filter cos(2 pi x / lambda) exp(-|p|^2 / 2 sigma^2): stripes across x. */
export function gaborKernel(K: number): Float32Array {
  const lambda = Math.max(K / 2, 2);
  const s = widthOf(K) * 1.2;
  return sampleOnDisk(K, (x, y) => Math.cos((2 * Math.PI * x) / lambda) * gauss(x * x + y * y, s));
}

/** Difference of Gaussians: the same after every rotation and mirror. */
export function centerSurroundKernel(K: number): Float32Array {
  const s = widthOf(K) * 0.6;
  return sampleOnDisk(K, (x, y) => gauss(x * x + y * y, s) - 0.5 * gauss(x * x + y * y, 2 * s));
}

export interface KernelPreset {
  id: KernelPresetId;
  label: string;
  make(K: number): Float32Array;
}

export const KERNEL_PRESETS: readonly KernelPreset[] = [
  { id: 'edge', label: 'edge (derivative of a Gaussian)', make: edgeKernel },
  { id: 'line', label: 'line (bright bar)', make: lineKernel },
  { id: 'corner', label: 'corner (L shape)', make: cornerKernel },
  { id: 'gabor', label: 'Gabor (stripes)', make: gaborKernel },
  { id: 'center-surround', label: 'centre-surround (isotropic)', make: centerSurroundKernel },
];

export function kernelPreset(id: KernelPresetId): KernelPreset {
  return KERNEL_PRESETS.find((p) => p.id === id)!;
}

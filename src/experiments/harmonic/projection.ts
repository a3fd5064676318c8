// Complex inner products of feature maps read back as a handful of numbers. The engine measures
// only norms (errorNorms: ||x - b|| / ||b||), and norms determine inner products through the
// polarization identity  sum_k i^k ||u + i^k v||^2 = 4 <u, v>,  k = 0..3,  <u, v> = sum u conj(v).
// With x_k = -s i^{-k} a (a 1 x 1 complex correlation on the engine), errorNorms(x_k, b) gives
// e_k = ||s a + i^k b|| / ||b||, hence the projection coefficient
//   c = <a, b> / ||b||^2 = (1 / (4 s)) sum_k i^k e_k^2,
// the complex factor that best maps b onto a (least squares). s balances ||s a|| against ||b||,
// so float32 sums do not drown the cross term.
import type { Backend, Tensor } from '../../engine/backend';
import type { Complex } from './phase';

/** 1 x 1 weights [2, 2, 1, 1] multiplying a complex plane pair by c: rows (re, -im) and (im, re). */
export function complexScaleWeights(c: Complex): Float32Array {
  return Float32Array.of(c[0], -c[1], c[1], c[0]);
}

/** i^k for k = 0..3. */
const I_POWERS: readonly Complex[] = [
  [1, 0],
  [0, 1],
  [-1, 0],
  [0, -1],
];

/** Projections c = <a, b> / ||b||^2 between complex maps [1, 2, H, W] on one backend. */
export class ComplexProjection {
  private readonly scaled: Tensor[];
  private readonly weights: Tensor[];
  private readonly scales = [NaN, NaN, NaN, NaN];

  constructor(
    private readonly backend: Backend,
    readonly shape: readonly number[],
  ) {
    if (shape.length !== 4 || shape[0] !== 1 || shape[1] !== 2)
      throw new Error(`ComplexProjection: shape [${shape.join(', ')}] is not [1, 2, H, W]`);
    this.scaled = I_POWERS.map(() => backend.tensor(shape));
    this.weights = I_POWERS.map(() => backend.tensor([2, 2, 1, 1]));
  }

  /** e_k^2 = ||s a + i^k b||^2 / ||b||^2 for the requested k (records, then reads 3 numbers each). */
  private async squaredNorms(a: Tensor, b: Tensor, s: number, ks: readonly number[]): Promise<number[]> {
    const norms = ks.map((k) => {
      if (this.scales[k] !== s) {
        // -s i^{-k} = -s conj(i^k)
        const [re, im] = I_POWERS[k];
        this.backend.write(this.weights[k], complexScaleWeights([-s * re, s * im]));
        this.scales[k] = s;
      }
      this.backend.correlate(a, this.weights[k], null, this.scaled[k]);
      return this.backend.errorNorms(this.scaled[k], b);
    });
    return (await Promise.all(norms)).map((n) => n.relL2 * n.relL2);
  }

  /** c = <a, b> / ||b||^2 (NaN when b is 0). `scale` s should make ||s a|| close to ||b||. */
  async coefficient(a: Tensor, b: Tensor, scale = 1): Promise<Complex> {
    const e2 = await this.squaredNorms(a, b, scale, [0, 1, 2, 3]);
    if (!e2.every(Number.isFinite)) return [NaN, NaN];
    // sum_k i^k e_k^2 = (e0 - e2) + i (e1 - e3)
    return [(e2[0] - e2[2]) / (4 * scale), (e2[1] - e2[3]) / (4 * scale)];
  }

  /** ||a|| / ||b|| from the k = 0 and 2 terms: e0^2 + e2^2 = 2 (||a||^2 / ||b||^2 + 1). */
  async normRatio(a: Tensor, b: Tensor): Promise<number> {
    const [e0, e2] = await this.squaredNorms(a, b, 1, [0, 2]);
    return Math.sqrt(Math.max((e0 + e2) / 2 - 1, 0));
  }

  dispose(): void {
    for (const t of [...this.scaled, ...this.weights]) this.backend.dispose(t);
  }
}

/** A complex unit impulse [1, 2, S, S] at the centre pixel (S odd): <a, delta> = a(centre). */
export function centreImpulse(S: number): Float32Array {
  if (S % 2 !== 1) throw new Error(`centreImpulse: size ${S} has no centre pixel`);
  const d = new Float32Array(2 * S * S);
  d[((S - 1) / 2) * S + (S - 1) / 2] = 1;
  return d;
}

/**
 * Reads the value at the centre pixel of complex maps [1, 2, S, S] without reading the map:
 * a(centre) = <a, delta> / ||delta||^2, with ||delta|| = 1, in two passes (first ||a||, then the
 * projection with s = 1 / ||a||, which keeps the cross term well above float32 rounding).
 */
export class CentreProbe {
  private readonly delta: Tensor;
  private readonly projection: ComplexProjection;

  constructor(backend: Backend, S: number) {
    this.delta = backend.tensor([1, 2, S, S], centreImpulse(S));
    this.projection = new ComplexProjection(backend, [1, 2, S, S]);
  }

  async value(a: Tensor): Promise<Complex> {
    const norm = await this.projection.normRatio(a, this.delta);
    if (!(norm > 0)) return [0, 0];
    return this.projection.coefficient(a, this.delta, 1 / norm);
  }

  dispose(): void {
    this.projection.dispose();
  }
}

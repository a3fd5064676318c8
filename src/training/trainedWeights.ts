// Trained networks as small files: every state tensor of a model (weights, then batch-norm running
// statistics) rounded to IEEE half precision and packed little-endian, base64 in JSON. Half
// precision halves the file (about 44 KB of numbers for both networks); the accuracies recorded
// beside the weights are measured on the rounded weights, so loading reproduces them.
import type { DigitModel, ModelKind } from './models';
import type { TrainingPlan } from './trainer';

export interface PackedModel {
  shapes: number[][];
  /** float16 values, little-endian, base64. */
  float16: string;
}

export interface TrainedFile {
  format: 1;
  plan: TrainingPlan;
  /** Test accuracy of the rounded weights on the 1,000 test digits. */
  recorded: Record<ModelKind, { randomlyTurned: number; upright: number }>;
  models: Record<ModelKind, PackedModel>;
}

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

/** float32 -> float16 bits, rounding to nearest even (finite values of training weights). */
export function toHalf(value: number): number {
  f32[0] = value;
  const x = u32[0];
  const sign = (x >>> 16) & 0x8000;
  const exponent = ((x >>> 23) & 0xff) - 127 + 15;
  let mantissa = x & 0x7fffff;
  if (exponent >= 31) return sign | 0x7c00; // too large: infinity
  if (exponent <= 0) {
    if (exponent < -10) return sign; // too small: zero
    mantissa |= 0x800000; // subnormal half
    const shift = 14 - exponent;
    const half = mantissa >>> shift;
    const rest = mantissa & ((1 << shift) - 1);
    const midpoint = 1 << (shift - 1);
    return sign | (half + (rest > midpoint || (rest === midpoint && half & 1) ? 1 : 0));
  }
  const half = (exponent << 10) | (mantissa >>> 13);
  const rest = mantissa & 0x1fff;
  return sign | (half + (rest > 0x1000 || (rest === 0x1000 && half & 1) ? 1 : 0));
}

/** float16 bits -> number (exact). */
export function fromHalf(bits: number): number {
  const sign = bits & 0x8000 ? -1 : 1;
  const exponent = (bits >>> 10) & 0x1f;
  const mantissa = bits & 0x3ff;
  if (exponent === 0) return sign * mantissa * 2 ** -24;
  if (exponent === 31) return mantissa ? NaN : sign * Infinity;
  return sign * (1 + mantissa / 1024) * 2 ** (exponent - 15);
}

const toBase64 = (bytes: Uint8Array) => btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join(''));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

/** A model's state, rounded to half precision. */
export async function packModel(model: DigitModel): Promise<PackedModel> {
  const values = await Promise.all(model.state.map((v) => v.data()));
  const total = values.reduce((n, v) => n + v.length, 0);
  const view = new DataView(new ArrayBuffer(2 * total));
  let at = 0;
  for (const v of values) for (const x of v) view.setUint16(2 * at++, toHalf(x), true);
  return { shapes: model.state.map((v) => [...v.shape]), float16: toBase64(new Uint8Array(view.buffer)) };
}

/** Writes a packed state into a freshly built model of the same architecture. */
export async function unpackInto(model: DigitModel, packed: PackedModel): Promise<void> {
  const tf = await import('@tensorflow/tfjs-core');
  const bytes = fromBase64(packed.float16);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (packed.shapes.length !== model.state.length)
    throw new Error(`trained weights: ${packed.shapes.length} tensors for a model of ${model.state.length}`);
  let at = 0;
  model.state.forEach((v, i) => {
    if (packed.shapes[i].join() !== v.shape.join())
      throw new Error(`trained weights: tensor ${i} is [${packed.shapes[i]}], the model's is [${v.shape}]`);
    const values = new Float32Array(v.size);
    for (let j = 0; j < v.size; j++) values[j] = fromHalf(view.getUint16(2 * at++, true));
    tf.tidy(() => v.assign(tf.tensor(values, v.shape)));
  });
  if (2 * at !== bytes.length) throw new Error(`trained weights: ${bytes.length} bytes, ${2 * at} used`);
}

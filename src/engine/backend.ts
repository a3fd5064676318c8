// The one interface every layer and widget computes through. Three implementations:
// `webgpu/` (WGSL compute shaders), `wasm/` (XNNPACK on WebAssembly SIMD, for machines without a
// hardware GPU) and `cpu/` (plain TypeScript with float64 sums: the reference the tests trust).
//
// Conventions shared by all three (tests hold them to each other):
// - Tensors are float32 and row-major. Images and planar maps are [C, H, W]; lifted maps on a
//   group of P elements are [C, P, H, W]; complex maps are [C, 2, H, W] with plane 0 the real
//   part and plane 1 the imaginary part. An op treats any tensor as a stack of H x W planes.
// - Pixel geometry: the centre of an H x W map is c = ((W - 1) / 2, (H - 1) / 2). Pixel
//   (row i, col j) sits at the point x = j - c_x, y = c_y - i (y points up), so a positive
//   angle turns the picture counter-clockwise on screen.
// - A planar group element g = R_angle S^reflect, where S is the reflection across the
//   horizontal axis, (x, y) -> (x, -y), acting first. The left-regular action on a map is
//   (L_g f)(x) = f(g^-1 x); samples outside the map are 0 (zero padding).
// - Angles that are multiples of pi/2 (within 1e-9) use exact cos/sin in {-1, 0, 1}, so square
//   maps are permuted exactly and every interpolation mode agrees with `nearest`.
// - Correlation (seeds' planar correlation): out[o](x) = bias[o] + sum_c sum_d in[c](x + d) w[o, c](d),
//   d over the K x K kernel offsets centred on the kernel's middle pixel (K odd), zero padding,
//   output the same size as the input.
// - Nothing allocates inside an op: outputs are passed in. Ops are recorded in order; `flush()`
//   submits recorded GPU work (the CPU backend runs every op at once and its flush does nothing).

export type Interpolation = 'nearest' | 'bilinear' | 'bicubic';

/** A float32 tensor owned by a backend. Treat as opaque; only its backend reads it. */
export interface Tensor {
  readonly shape: readonly number[];
  /** Number of float32 entries (product of shape). */
  readonly size: number;
  /** Unique per backend; handy for caches and debugging. */
  readonly id: number;
}

/** One planar group element as the engine needs it: a spatial transform plus a plane permutation. */
export interface PlaneTransform {
  /** Rotation angle in radians, counter-clockwise. */
  angle: number;
  /** Whether the reflection S (y -> -y) acts before the rotation. */
  reflect: boolean;
  /**
   * Optional translation t = (dx, dy) in pixels (x right, y up), applied last: g = t R_angle S^reflect,
   * the p4 / p4m element with shift t. Integer shifts of an unmasked plane are exact pixel moves.
   */
  shift?: readonly [number, number];
  /**
   * Optional dilation factor λ > 0 about the plane centre (default 1), applied with the rotation,
   * before the shift: g = t R_angle S^reflect λ, so g·p = λ R_angle S^reflect p + t and the source
   * read at p is q = g^-1 p = S^reflect R_-angle (p - t) / λ (the scale-translation group's action
   * y -> λ y + t, Bekkers' lecture notes). λ > 1 zooms in (the picture grows), λ < 1 shrinks it;
   * no prefilter is applied, so shrinking aliases. Dilation commutes with R and S, so their order
   * does not matter.
   */
  scale?: number;
  /**
   * Optional permutation of the P planes of each group of P planes (the orientation axis of a
   * lifted map): output plane j reads input plane perm[j]. For the regular action of g on a map
   * over a finite group, perm[j] = index(g^-1 * h_j). Omitted: identity (each plane on its own).
   */
  perm?: Int32Array;
}

export interface TransformOptions extends PlaneTransform {
  interpolation: Interpolation;
  /** Zero everything outside the disk of radius min(H, W) / 2 around the centre after sampling. */
  mask?: boolean;
}

export type PoolMode = 'max' | 'mean';

/** Error norms between a candidate map and a reference map of the same shape. */
export interface ErrorNorms {
  /** max_i |a_i - b_i| */
  maxAbs: number;
  /** ||a - b||_2 / ||b||_2 (0 when both are 0; Infinity when only b is 0) */
  relL2: number;
}

export type BackendKind = 'webgpu' | 'wasm' | 'cpu';

export interface BackendInfo {
  kind: BackendKind;
  /** What runs it, e.g. "SwiftShader Device (Subzero)" or "XNNPACK, tfjs-backend-wasm 4.22.0, ...". */
  description: string;
  /** True for software adapters (SwiftShader); always false for the WASM and CPU backends. */
  isFallbackAdapter: boolean;
}

/** ErrorNorms from the sums errorSums records: relL2 is 0 when both are 0, Infinity when only b is. */
export function normsFromSums(maxAbs: number, diff2: number, ref2: number): ErrorNorms {
  if (ref2 === 0) return { maxAbs, relL2: diff2 === 0 ? 0 : Infinity };
  return { maxAbs, relL2: Math.sqrt(diff2 / ref2) };
}

/** The name readouts and the status badge give each backend. */
export const BACKEND_NAMES: Readonly<Record<BackendKind, string>> = Object.freeze({
  webgpu: 'WebGPU',
  wasm: 'WebAssembly',
  cpu: 'CPU reference',
});

/** "WebGPU (adapter)", the form readouts use to say what computed their numbers. */
export const backendText = (info: BackendInfo): string => `${BACKEND_NAMES[info.kind]} (${info.description})`;

export interface Backend {
  readonly info: BackendInfo;

  // ---- memory -------------------------------------------------------------------------------
  /** A new tensor of this shape, filled with `data` (length must equal the size) or zeros. */
  tensor(shape: readonly number[], data?: Float32Array): Tensor;
  /** Overwrite a tensor's contents (data.length must equal t.size). */
  write(t: Tensor, data: Float32Array): void;
  /** Copy a tensor back to the host. Submits pending work first. Not for frame loops. */
  read(t: Tensor): Promise<Float32Array>;
  /**
   * Copy several tensors back in one round trip (one submit and one mapped buffer on the GPU):
   * how a frame reads everything it shows at once. Results are in the order of `ts`.
   */
  readMany(ts: readonly Tensor[]): Promise<Float32Array[]>;
  /** Release a tensor; using it afterwards is an error. */
  dispose(t: Tensor): void;
  /** Submit recorded work. */
  flush(): void;

  // ---- geometry -----------------------------------------------------------------------------
  /**
   * out = L_g src for every plane: src and out of the same shape [..., P, H, W] (H = W), planes
   * permuted by opts.perm within each group of P = perm.length planes, then sampled at g^-1 x.
   */
  transform(src: Tensor, out: Tensor, opts: TransformOptions): void;
  /**
   * The filter-bank transform of the efficient route of Cohen & Welling 2016. filter: [O, C, P, K, K];
   * out: [O, G, C, P, K, K] with out[o, g, c] = L_{g} filter[o, c] for each of the G elements
   * (spatial transform plus perm of the P planes, as in `transform`). P = 1 for lifting.
   */
  filterBank(
    filter: Tensor,
    out: Tensor,
    elements: readonly PlaneTransform[],
    interpolation: Interpolation,
    mask: boolean,
  ): void;
  /** Zero everything outside the centred disk of radius min(H, W) / 2 (see `transform`). */
  maskDisk(src: Tensor, out: Tensor): void;

  // ---- correlation --------------------------------------------------------------------------
  /** input [Cin, H, W], weights [Cout, Cin, K, K], bias [Cout] or null, out [Cout, H, W]. */
  correlate(input: Tensor, weights: Tensor, bias: Tensor | null, out: Tensor): void;

  // ---- pointwise ----------------------------------------------------------------------------
  add(a: Tensor, b: Tensor, out: Tensor): void;
  subtract(a: Tensor, b: Tensor, out: Tensor): void;
  /** out = max(a, 0) */
  relu(a: Tensor, out: Tensor): void;
  /** Complex [C, 2, H, W]: out = ReLU(|z| + bias[c]) * z / |z| (0 where |z| = 0); bias [C]. */
  magnitudeRelu(a: Tensor, bias: Tensor, out: Tensor): void;
  /** Complex [C, 2, H, W] to [C, H, W]: out = |z|. */
  magnitude(a: Tensor, out: Tensor): void;

  // ---- pooling ------------------------------------------------------------------------------
  /** a [C, P, H, W] -> out [C, H, W]: max or mean over the P orientation planes. */
  poolOrientations(a: Tensor, out: Tensor, mode: PoolMode): void;
  /** a [C, ...] -> out [C]: max or mean over everything after the first axis. */
  globalPool(a: Tensor, out: Tensor, mode: PoolMode): void;

  // ---- measurement --------------------------------------------------------------------------
  /** Error norms of a against reference b (same shape). Reads back a few numbers only. */
  errorNorms(a: Tensor, b: Tensor): Promise<ErrorNorms>;
  /**
   * Records the sums behind errorNorms into out [3]: max |a - b|, sum (a - b)^2, sum b^2, so a
   * frame can gather several measurements into one readMany; normsFromSums finishes them.
   */
  errorSums(a: Tensor, b: Tensor, out: Tensor): void;

  /** Release every resource (GPU buffers, pipelines). */
  destroy(): void;
}

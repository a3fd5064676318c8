// The planar correlation of ../backend.ts on XNNPACK, through tfjs-backend-wasm's FusedConv2D
// export: out[o](x) = bias[o] + sum_c sum_d in[c](x + d) w[o, c](d), zero padding, same size.
// tf.conv2d is a correlation (no kernel flip) and its 'same' padding for stride 1 and odd K pads
// (K - 1) / 2 on every side, which is the engine's convention; the one-hot tests pin it down.
// The export is called directly on the engine's own module (see runtime.ts), with arguments in
// the order of the package's dist/kernels/FusedConv2D.js (4.22.0, pinned exactly). Input and
// output live in grow-only scratch buffers, so a frame allocates nothing on either heap.

import type { CorrelationShape } from '../contract/shapes';
import { Scratch } from './heap';
import { pixelsToPlanes, planesToPixels } from './layout';
import type { WasmRuntime } from './runtime';

const ARGUMENT_COUNT = 23;
const LINEAR = 0; // FusableActivation.linear
const SAME_PADDING = 1;

export class XnnCorrelation {
  private readonly fusedConv2d: (...args: number[]) => void;
  private readonly input: Scratch;
  private readonly output: Scratch;

  constructor(private readonly rt: WasmRuntime) {
    this.fusedConv2d = rt.module.cwrap('FusedConv2D', null, new Array<string>(ARGUMENT_COUNT).fill('number'));
    this.input = new Scratch(rt);
    this.output = new Scratch(rt);
  }

  /** out = input correlated with the HWIO filter `filterId` plus the bias `biasId` (0: none). */
  run(
    input: Float32Array,
    filterId: number,
    biasId: number,
    out: Float32Array,
    shape: CorrelationShape,
  ): void {
    const { Cin, Cout, H, W, K } = shape;
    const hw = H * W;
    const x = this.input.reserve(Cin * hw);
    const y = this.output.reserve(Cout * hw);
    planesToPixels(input, this.rt.module.HEAPF32, x.offset, Cin, hw);
    const r = (K - 1) / 2;
    // prettier-ignore
    this.fusedConv2d(
      x.id, 1, H, W,            // input, batch, height, width
      filterId, K, K, biasId,   // filter, its height and width, bias
      r, r, r, r, SAME_PADDING, // pads top, right, bottom, left
      1, 1, 1, 1,               // dilations, strides
      Cin, Cout,
      LINEAR, 0, 0,             // activation, prelu weights, leaky-relu alpha
      y.id,
    );
    pixelsToPlanes(this.rt.module.HEAPF32, y.offset, out, Cout, hw);
  }

  release(): void {
    this.input.release();
    this.output.release();
  }
}

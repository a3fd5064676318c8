// tfjs-backend-wasm 4.22 has no Conv2DBackpropFilter kernel, so conv2d cannot be trained on it.
// Its Conv3DBackpropFilterV2 computes the same sum over a depth axis: a 2-D filter gradient is the
// 3-D one with depth 1. The kernel below passes depth-1 views of the same buffers (no copy) and
// returns the result viewed as a 2-D filter. Checked against tfjs-cpu's gradient in the tests.
import {
  Conv2DBackpropFilter,
  Conv3DBackpropFilterV2,
  getKernel,
  registerKernel,
  type KernelConfig,
  type KernelFunc,
  type TensorInfo,
} from '@tensorflow/tfjs-core';

interface Conv2DBackpropFilterAttrs {
  strides: number | [number, number];
  pad: 'valid' | 'same' | number | unknown;
  dataFormat: 'NHWC' | 'NCHW';
  filterShape: [number, number, number, number];
}

const pair = (s: number | [number, number]): [number, number] => (typeof s === 'number' ? [s, s] : s);

const filterGradient: KernelFunc = ({ inputs, backend, attrs }) => {
  const { x, dy } = inputs as { x: TensorInfo; dy: TensorInfo };
  const { strides, pad, dataFormat, filterShape } = attrs as unknown as Conv2DBackpropFilterAttrs;
  if (dataFormat !== 'NHWC')
    throw new Error(`Conv2DBackpropFilter on wasm: only NHWC is supported, got ${dataFormat}`);
  if (pad !== 'same' && pad !== 'valid' && typeof pad !== 'number')
    throw new Error('Conv2DBackpropFilter on wasm: explicit padding is not supported');
  const conv3d = getKernel(Conv3DBackpropFilterV2, 'wasm');
  if (!conv3d) throw new Error('Conv2DBackpropFilter on wasm: Conv3DBackpropFilterV2 is missing');
  const depth1 = (t: TensorInfo): TensorInfo => ({ ...t, shape: [t.shape[0], 1, ...t.shape.slice(1)] });
  const [sh, sw] = pair(strides);
  const dw = conv3d.kernelFunc({
    inputs: { x: depth1(x), dy: depth1(dy) },
    backend,
    attrs: { strides: [1, sh, sw], pad, filterShape: [1, ...filterShape] },
  }) as TensorInfo;
  return { ...dw, shape: [...filterShape] };
};

const config: KernelConfig = {
  kernelName: Conv2DBackpropFilter,
  backendName: 'wasm',
  kernelFunc: filterGradient,
};

/** Registers the kernel once (tfjs throws on a second registration). */
export function registerWasmFilterGradient(): void {
  if (!getKernel(Conv2DBackpropFilter, 'wasm')) registerKernel(config);
}

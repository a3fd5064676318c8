// Where tfjs trains: its WebGPU backend on the engine's own GPUDevice when the engine runs WebGPU
// (one device, as the notes on tfjs-webgpu advise); otherwise tfjs-backend-wasm (XNNPACK, SIMD),
// with the filter-gradient kernel it lacks registered; tfjs's CPU backend only where WebAssembly
// SIMD is missing. Loaded on demand, so lessons that do not train do not download tfjs.
import type { EngineSnapshot } from '../engine/bootstrap';

let sharedWith: GPUDevice | null = null;

export type TrainingBackend = 'webgpu' | 'wasm' | 'cpu';

export interface TrainingRuntime {
  backend: TrainingBackend;
  /** For the readout, e.g. "tfjs WebAssembly (XNNPACK, SIMD, 1 thread)". */
  description: string;
}

async function onWasm(): Promise<TrainingRuntime | null> {
  const tf = await import('@tensorflow/tfjs-core');
  const { prepareWasm } = await import('../engine/wasm/runtime');
  if (!(await prepareWasm())) return null;
  const { registerWasmFilterGradient } = await import('./wasmFilterGradient');
  registerWasmFilterGradient();
  if (!(await tf.setBackend('wasm'))) return null;
  return { backend: 'wasm', description: 'tfjs WebAssembly (XNNPACK, SIMD, 1 thread)' };
}

/** Makes tfjs compute where training is fastest on this machine; returns what it runs on. */
export async function tfOnEngine(snapshot: EngineSnapshot): Promise<TrainingRuntime> {
  const tf = await import('@tensorflow/tfjs-core');
  const device =
    snapshot.info.kind === 'webgpu' ? (snapshot.backend as { device?: GPUDevice }).device : undefined;
  if (device) {
    const { WebGPUBackend } = await import('@tensorflow/tfjs-backend-webgpu');
    if (sharedWith !== device) {
      // A new engine device (first use, or after a device loss): tfjs must follow it.
      // Importing the package registered a factory that would open a second device: replace it.
      if (tf.engine().registryFactory.webgpu) tf.removeBackend('webgpu');
      tf.registerBackend('webgpu', async () => new WebGPUBackend(device), 3);
      sharedWith = device;
    }
    await tf.setBackend('webgpu');
    return {
      backend: 'webgpu',
      description: `tfjs WebGPU on the engine's device (${snapshot.info.description})`,
    };
  }
  const wasm = await onWasm().catch(() => null);
  if (wasm) return wasm;
  await import('@tensorflow/tfjs-backend-cpu');
  await tf.setBackend('cpu');
  return { backend: 'cpu', description: 'tfjs CPU (JavaScript; WebAssembly SIMD is missing here)' };
}

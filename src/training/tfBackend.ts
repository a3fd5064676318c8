// tfjs on the page's engine: its WebGPU backend on the engine's own GPUDevice (one device, as the
// notes on tfjs-webgpu advise), or tfjs's CPU backend when the engine runs on the CPU reference.
// Loaded on demand, so lessons that do not train do not download tfjs.
import type { EngineSnapshot } from '../engine/bootstrap';

let sharedWith: GPUDevice | null = null;

/** Makes tfjs compute where the engine does; returns what it runs on, for the readout. */
export async function tfOnEngine(snapshot: EngineSnapshot): Promise<string> {
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
    return `tfjs WebGPU on the engine's device (${snapshot.info.description})`;
  }
  await import('@tensorflow/tfjs-backend-cpu');
  await tf.setBackend('cpu');
  return 'tfjs CPU (JavaScript)';
}

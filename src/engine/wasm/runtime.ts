// Starts tfjs-backend-wasm (XNNPACK compiled to WebAssembly) for the engine, once per page.
// The engine keeps its own BackendWasm instance, made with the package's registered factory but
// never registered with tfjs: tfjs has one global active backend, which the training widget
// switches between webgpu and cpu, and tf ops would follow it. A private instance, called through
// its own exports (conv.ts), is unaffected by what anyone else does with tfjs.

import * as tf from '@tensorflow/tfjs-core';
import { BackendWasm, getThreadsCount, version_wasm } from '@tensorflow/tfjs-backend-wasm';
import { withoutNewProcessHandlers } from './nodeListeners';

/** Which of the package's three binaries runs. */
export type WasmBinary = 'simd' | 'threaded-simd' | 'plain';

/** What conv.ts and heap.ts need of the Emscripten module (present in 4.22.0's glue code). */
export interface WasmModule {
  HEAPF32: Float32Array;
  cwrap(name: string, returns: null, args: string[]): (...args: number[]) => void;
}

export interface WasmRuntime {
  backend: BackendWasm;
  module: WasmModule;
  binary: WasmBinary;
  threads: number;
  version: string;
}

let starting: Promise<WasmRuntime> | null = null;

/**
 * The shared runtime, started on first use. Rejects when WebAssembly SIMD is missing (unless
 * allowPlain), so the caller can stay on the float64 path.
 */
export async function startWasmRuntime(allowPlain: boolean): Promise<WasmRuntime> {
  const simd = Boolean(await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT'));
  if (!simd && !allowPlain)
    throw new Error(
      'createWasmBackend: WebAssembly SIMD is not available here, and the WASM engine needs it; use the CPU reference',
    );
  starting ??= start(simd).catch((err: unknown) => {
    starting = null; // a later call may try again (a network error, say)
    throw err;
  });
  return starting;
}

/**
 * Readies tfjs's registered 'wasm' backend for others who use it through tfjs (the training
 * widget): one thread and the bundled binaries, as below. False when WebAssembly SIMD is missing.
 */
export async function prepareWasm(): Promise<boolean> {
  if (!(await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT'))) return false;
  await configure();
  return true;
}

/** One thread, and (in browsers) the bundled binaries' URLs: before tfjs-wasm initialises. */
async function configure(): Promise<void> {
  await chooseThreads();
  if (!inNode()) (await import('./browserPaths')).setBundledWasmPaths();
}

async function start(simd: boolean): Promise<WasmRuntime> {
  await configure();
  const factory = tf.findBackendFactory('wasm');
  if (!factory) throw new Error('createWasmBackend: tfjs-backend-wasm is not registered');
  let backend: unknown;
  try {
    backend = await withoutNewProcessHandlers(async () => factory());
  } catch (err) {
    // init() rejects with a plain { message } object when the .wasm cannot be fetched.
    const message = (err as { message?: string } | null)?.message ?? String(err);
    throw new Error(`createWasmBackend: tfjs-backend-wasm failed to start: ${message}`, { cause: err });
  }
  if (!(backend instanceof BackendWasm))
    throw new Error('createWasmBackend: not a tfjs-backend-wasm backend');
  const module = backend.wasm as unknown as WasmModule;
  // Emscripten's threaded build carries a PThread pool; tfjs picks it only with SIMD as well.
  const binary: WasmBinary = 'PThread' in module ? 'threaded-simd' : simd ? 'simd' : 'plain';
  return { backend, module, binary, threads: getThreadsCount(), version: version_wasm };
}

/**
 * One thread, always. The threaded build starts its workers from the source text of the package's
 * module factory (Function.prototype.toString); once a bundler minifies that factory, the text
 * refers to names that exist only in the bundle, and every worker dies with "ReferenceError: e is
 * not defined" (seen on the built site served cross-origin isolated). tfjs would pick the threaded
 * build wherever the feature test passes, so the flag is set before init reads it.
 */
async function chooseThreads(): Promise<void> {
  const supported = Boolean(await tf.env().getAsync('WASM_HAS_MULTITHREAD_SUPPORT'));
  if (supported) tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
}

/** In Node the package finds its .wasm files next to itself; only browsers need URLs. */
function inNode(): boolean {
  return typeof process !== 'undefined' && typeof process.versions?.node === 'string';
}

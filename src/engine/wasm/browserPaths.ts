// Browser only (runtime.ts imports it when not in Node): tells tfjs-backend-wasm where its three
// binaries are. Vite's ?url import copies each .wasm into the build under a hashed name and gives
// its URL, so the dev server and the static site both serve them; only the one the browser can run
// is fetched, when the WASM engine starts.
// A static host must serve .wasm files as `Content-Type: application/wasm`: otherwise streaming
// compilation fails ("wasm streaming compile failed" in the console) and Emscripten falls back to a
// slower ArrayBuffer compile. The threaded build runs only in a cross-origin-isolated page, which
// needs `Cross-Origin-Opener-Policy: same-origin` and `Cross-Origin-Embedder-Policy: require-corp`
// on the HTML; without them the single-threaded SIMD build runs.

import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import plainUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import simdUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import threadedSimdUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';

export function setBundledWasmPaths(): void {
  setWasmPaths({
    'tfjs-backend-wasm.wasm': plainUrl,
    'tfjs-backend-wasm-simd.wasm': simdUrl,
    'tfjs-backend-wasm-threaded-simd.wasm': threadedSimdUrl,
  });
}

// Which compute backend runs the widgets, and why: WebGPU with its adapter, or the WebAssembly
// engine or the CPU reference with the reason WebGPU on a hardware adapter does not run.
import { BACKEND_NAMES } from '../engine/backend';
import { retryWebGpu, useEngine } from '../state/engine';

/** What a student gets on each software backend. */
const CONSEQUENCE = {
  webgpu: 'Every widget works, slowly: the adapter emulates a GPU on the CPU.',
  wasm: 'Every widget works, with smaller maps than on a GPU.',
  cpu: 'Every widget works, slowly and at small sizes.',
} as const;

export function EngineStatus({ compact = false }: { compact?: boolean }) {
  const status = useEngine((s) => s.status);
  const snapshot = useEngine((s) => s.snapshot);
  const error = useEngine((s) => s.error);

  if (status === 'starting' && !snapshot)
    return (
      <p className="engine-status" data-engine="starting">
        Engine: starting…
      </p>
    );
  if (status === 'failed' || !snapshot)
    return (
      <p className="engine-status" data-engine="failed" role="alert">
        Engine failed to start: {error}
      </p>
    );
  const { info, fallbackReason, mayRetryWebGpu } = snapshot;
  return (
    <div
      className="engine-status"
      data-engine={info.kind}
      data-fallback-adapter={String(info.isFallbackAdapter)}
      data-switching={String(status === 'starting')}
    >
      <span className={`engine-badge engine-badge-${info.kind}`} title={fallbackReason ?? undefined}>
        {BACKEND_NAMES[info.kind]}
      </span>{' '}
      <span className="engine-adapter">{info.description}</span>
      {info.isFallbackAdapter && <span className="engine-note"> (software adapter: correct but slow)</span>}
      {status === 'starting' && <span className="engine-note"> (switching…)</span>}
      {/* WebGPU may come back after a hang or a crash of the GPU process: let the reader ask again. */}
      {mayRetryWebGpu && (
        <button type="button" className="engine-retry" onClick={() => void retryWebGpu()}>
          Try WebGPU again
        </button>
      )}
      {!compact && fallbackReason && (
        <p className="engine-fallback" role="status">
          Running on {info.kind === 'cpu' ? 'the CPU reference' : BACKEND_NAMES[info.kind]} because{' '}
          {fallbackReason}. {CONSEQUENCE[info.kind]}
        </p>
      )}
    </div>
  );
}

// Which compute backend runs the widgets: WebGPU with its adapter, or the CPU reference and why.
import { retryWebGpu, useEngine } from '../state/engine';
import { useSettings } from '../state/settings';

export function EngineStatus({ compact = false }: { compact?: boolean }) {
  const status = useEngine((s) => s.status);
  const snapshot = useEngine((s) => s.snapshot);
  const error = useEngine((s) => s.error);
  const forceCpu = useSettings((s) => s.forceCpu);

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
  const { info, fallbackReason } = snapshot;
  const label = info.kind === 'webgpu' ? 'WebGPU' : 'CPU reference';
  // WebGPU may come back after a hang or a crash of the GPU process: let the reader ask again.
  const canRetry =
    fallbackReason !== null && !forceCpu && typeof navigator !== 'undefined' && 'gpu' in navigator;
  return (
    <div
      className="engine-status"
      data-engine={info.kind}
      data-fallback-adapter={String(info.isFallbackAdapter)}
    >
      <span className={`engine-badge engine-badge-${info.kind}`} title={fallbackReason ?? undefined}>
        {label}
      </span>{' '}
      <span className="engine-adapter">{info.description}</span>
      {info.isFallbackAdapter && <span className="engine-note"> (software adapter: correct but slow)</span>}
      {canRetry && (
        <button type="button" className="engine-retry" onClick={() => void retryWebGpu()}>
          Try WebGPU again
        </button>
      )}
      {!compact && fallbackReason && (
        <p className="engine-fallback" role="status">
          WebGPU is not available here: {fallbackReason}. Every widget still works on the CPU reference, more
          slowly and at smaller sizes.
        </p>
      )}
    </div>
  );
}

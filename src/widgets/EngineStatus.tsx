// Which compute backend runs the widgets: WebGPU with its adapter, or the CPU reference and why.
import { useEngine } from '../state/engine';

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
  const { info, fallbackReason } = snapshot;
  const label = info.kind === 'webgpu' ? 'WebGPU' : 'CPU reference';
  return (
    <div
      className="engine-status"
      data-engine={info.kind}
      data-fallback-adapter={String(info.isFallbackAdapter)}
    >
      <span className={`engine-badge engine-badge-${info.kind}`}>{label}</span>{' '}
      <span className="engine-adapter">{info.description}</span>
      {info.isFallbackAdapter && <span className="engine-note"> (software adapter: correct but slow)</span>}
      {!compact && fallbackReason && (
        <p className="engine-fallback" role="status">
          WebGPU is not available here: {fallbackReason}. Every widget still works on the CPU reference, more
          slowly and at smaller sizes.
        </p>
      )}
    </div>
  );
}

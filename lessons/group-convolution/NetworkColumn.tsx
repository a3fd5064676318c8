// One side of the comparison: the network's architecture and weight count, its last feature map
// for f and for g·f, its 8 outputs before and after, and its invariance error.
import type { ReactNode } from 'react';
import { ColorLegend } from '../../src/ui/maps/ColorLegend';
import { MapPanel } from '../../src/ui/maps/MapPanel';
import type { NetworkOutputs } from '../../src/experiments/comparison/experiment';
import type { NetworkKind } from '../../src/experiments/comparison/networks';
import { ScoreBars } from './ScoreBars';
import type { InvarianceVerdict } from '../../src/experiments/comparison/verdict';
import { formatError } from '../../src/experiments/format';
import { busyAttributes, busyClass } from '../../src/ui/frame/busy';

export interface NetworkColumnProps {
  kind: NetworkKind;
  title: string;
  architecture: ReactNode;
  weights: number;
  multiplyAdds: number;
  outputs: NetworkOutputs | null;
  verdict: InvarianceVerdict;
  size: number;
  canvasKey: string;
  register: (id: string) => (canvas: HTMLCanvasElement | null) => void;
  feature: number;
  /** The outputs on show were measured for an earlier state (the widget is computing a newer one). */
  busy: boolean;
}

export function NetworkColumn(p: NetworkColumnProps) {
  const rel = p.outputs?.invariance ?? NaN;
  return (
    <section className={`network-column network-${p.kind}`} data-network={p.kind}>
      <h4>{p.title}</h4>
      <p className="network-architecture">{p.architecture}</p>
      <p className="network-count">
        <strong data-weights={p.weights}>{p.weights.toLocaleString('en')}</strong> weights ·{' '}
        {p.multiplyAdds.toLocaleString('en')} multiply-adds per pixel
      </p>
      <div className="network-maps">
        <MapPanel
          id={`${p.kind}-x`}
          title={<>map {p.feature + 1} for x</>}
          description={`feature map ${p.feature + 1} before global pooling, for the input x`}
          size={p.size}
          attach={p.register(`${p.kind}-x`)}
          canvasKey={p.canvasKey}
        />
        <MapPanel
          id={`${p.kind}-gx`}
          title={<>map {p.feature + 1} for g·f</>}
          description={`feature map ${p.feature + 1} before global pooling, for the transformed input`}
          size={p.size}
          attach={p.register(`${p.kind}-gx`)}
          canvasKey={p.canvasKey}
        />
      </div>
      <ColorLegend mode="sequential" range={p.outputs?.mapMax || 1} label="maps" />
      <ScoreBars
        before={p.outputs?.before ?? null}
        after={p.outputs?.after ?? null}
        label={`${p.title}: its 8 outputs for f and for g·f`}
      />
      <p
        className={`network-invariance verdict-${p.verdict.kind}${busyClass(p.busy)}`}
        data-invariance-error={Number.isFinite(rel) ? rel : ''}
        data-verdict={p.verdict.kind}
        {...busyAttributes(p.busy)}
      >
        {/* The widget's readout says what is being computed; here the stale verdict is only dimmed. */}
        <span className={p.busy ? 'busy-stale' : 'busy-fresh'}>
          ‖y(g·f) − y(f)‖ / ‖y(f)‖ = <strong>{formatError(rel)}</strong>: {p.verdict.text}
        </span>
      </p>
    </section>
  );
}

// One row per tap of an order network: the maps for x and R x, the order the theory predicts, the
// order measured from the phase change, and the phase-law error for each candidate order.
import type { ReactNode } from 'react';
import type { TapMeasurement } from '../../src/experiments/harmonic/orderExperiment';
import type { Tap } from '../../src/experiments/harmonic/orderNetworks';
import { formatDegrees } from '../../src/experiments/harmonic/phase';
import { formatError } from '../../src/experiments/format';
import { busyAttributes } from '../../src/ui/frame/busy';

/**
 * Law errors below this count as "obeys e^{i M theta}": resampling and pixel sampling leave up to
 * about 0.05 (measured, |M| <= 3, K = 13, sharp drawings, after a magnitude ReLU); a wrong order M'
 * leaves at least |e^{i (M - M') theta} - 1| >= 0.17 for test angles of 10 degrees and more.
 */
export const ORDER_LAW_TOLERANCE = 0.1;

export interface OrderTableProps {
  taps: readonly Tap[];
  measured: readonly TapMeasurement[] | null;
  maps(tap: Tap): ReactNode;
  /** `measured` belongs to an earlier state (the widget is computing a newer one): dim its columns. */
  busy?: boolean;
}

export function OrderTable({ taps, measured, maps, busy = false }: OrderTableProps) {
  // The maps are the new state's; only the measured columns are stale (the readout says what is computed).
  const stale = busy ? 'busy-stale' : 'busy-fresh';
  return (
    <div className="order-table-wrap" {...busyAttributes(busy)}>
      <table className="order-table">
        <thead>
          <tr>
            <th scope="col">map</th>
            <th scope="col">
              f and L<sub>θ</sub>f
            </th>
            <th scope="col">theory</th>
            <th scope="col">measured Δ/θ</th>
            <th scope="col">
              error of the law e<sup>iMθ</sup>
            </th>
          </tr>
        </thead>
        <tbody>
          {taps.map((t) => {
            const m = measured?.find((x) => x.id === t.id);
            return (
              <tr
                key={t.id}
                data-tap={t.id}
                data-predicted={t.predicted ?? ''}
                data-estimated-order={m && Number.isFinite(m.estimatedOrder) ? m.estimatedOrder : ''}
                data-law-errors={m ? JSON.stringify(m.lawError) : ''}
                data-added-phase={m && Number.isFinite(m.addedPhase) ? m.addedPhase : ''}
              >
                <th scope="row">
                  <TapLabel text={t.label} />
                </th>
                <td className="order-maps">{maps(t)}</td>
                <td>{theory(t)}</td>
                <td className={stale}>
                  {m && t.complex ? m.estimatedOrder.toFixed(3) : t.complex ? '…' : '—'}
                </td>
                <td className={stale}>{m ? <LawErrors tap={t} m={m} /> : '…'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** A tap label with its orders as subscripts: "f ⋆ W_-1" shows f ⋆ W₋₁. */
export function TapLabel({ text }: { text: string }) {
  const parts = text.split(/_(-?\d+)/);
  return <>{parts.map((p, i) => (i % 2 === 1 ? <sub key={i}>{p}</sub> : p))}</>;
}

function theory(t: Tap): string {
  if (!t.complex) return 'invariant values (order 0)';
  return t.predicted === null ? 'no single order' : `order ${t.predicted}`;
}

function LawErrors({ tap, m }: { tap: Tap; m: TapMeasurement }) {
  const entries = Object.entries(m.lawError).map(([k, v]) => [Number(k), v] as const);
  return (
    <>
      {entries.map(([M, err]) => {
        const ok = err < ORDER_LAW_TOLERANCE;
        return (
          <div key={M}>
            {tap.complex ? (
              <>M = {M}: </>
            ) : (
              <>
                ‖Φ(L<sub>θ</sub>f) − L<sub>θ</sub>Φ(f)‖/‖·‖:{' '}
              </>
            )}
            <span className={ok ? 'order-ok' : 'order-off'}>
              {formatError(err)} {ok ? '✓ obeys' : '✗ fails'}
            </span>
          </div>
        );
      })}
      {Number.isFinite(m.addedPhase) && <div>phase added on x: {formatDegrees(m.addedPhase, 4)}</div>}
    </>
  );
}

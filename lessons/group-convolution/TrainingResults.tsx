// What the training experiments measured, as tables: test accuracy of both networks on randomly
// turned digits (rotated MNIST), or at quarter turns with the answers a turn changes (none for the
// G-CNN, whose outputs cannot move), and the data-efficiency points.
import type { Checkpoint, EfficiencyPoint } from '../../src/training/experiments';
import type { TestView, ViewScore } from '../../src/training/evaluation';
import type { ModelKind } from '../../src/training/models';
import { weightCount } from '../../src/training/models';

const percent = (x: number) => `${(100 * x).toFixed(1)}%`;

export const NETWORKS: readonly { kind: ModelKind; label: string }[] = [
  { kind: 'plain', label: `plain CNN (${weightCount('plain').toLocaleString('en')} weights)` },
  { kind: 'gcnn', label: `C4 G-CNN (${weightCount('gcnn').toLocaleString('en')} weights)` },
];

const find = (scores: ViewScore[], view: TestView) =>
  scores.find((s) =>
    view.kind === 'random' ? s.view.kind === 'random' : s.view.kind === 'angle' && s.view.degrees === view.degrees,
  );

/** Rotated MNIST: accuracy upright and on randomly turned test digits. */
export function RotatedTable({ checkpoint, shipped }: { checkpoint: Checkpoint | undefined; shipped?: boolean }) {
  const columns: { view: TestView; label: string }[] = [
    { view: { kind: 'random' }, label: 'randomly turned' },
    { view: { kind: 'angle', degrees: 0 }, label: 'upright' },
  ];
  return (
    <table className="accuracy-table" aria-label="Test accuracy on rotated digits">
      <caption>
        {checkpoint
          ? `Test accuracy ${shipped ? 'of the shipped networks, trained' : 'after'} ${checkpoint.step.toLocaleString('en')} steps (1,000 test digits)`
          : 'Test accuracy (after training)'}
      </caption>
      <thead>
        <tr>
          <th scope="col">network</th>
          {columns.map((c) => (
            <th scope="col" key={c.label}>
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {NETWORKS.map(({ kind, label }) => (
          <tr key={kind} data-network={kind}>
            <th scope="row">{label}</th>
            {columns.map((c) => {
              const s = checkpoint && find(checkpoint.scores[kind], c.view);
              return (
                <td key={c.label} data-view={c.label} data-accuracy={s ? s.accuracy : ''}>
                  {s ? percent(s.accuracy) : '–'}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Trained upright: accuracy at quarter turns, and how many answers a turn changes. */
export function QuarterTurnTable({ checkpoint }: { checkpoint: Checkpoint | undefined }) {
  const degrees = [0, 90, 180, 270];
  return (
    <table className="accuracy-table" aria-label="Test accuracy on turned digits">
      <caption>
        {checkpoint ? `Test accuracy after ${checkpoint.step} steps (1,000 test digits)` : 'Test accuracy (after training)'}
      </caption>
      <thead>
        <tr>
          <th scope="col">network</th>
          {degrees.map((d) => (
            <th scope="col" key={d}>
              turned {d}°
            </th>
          ))}
          <th scope="col">answers changed by a turn</th>
        </tr>
      </thead>
      <tbody>
        {NETWORKS.map(({ kind, label }) => {
          const scores = checkpoint?.scores[kind];
          const turns = scores ? degrees.map((d) => find(scores, { kind: 'angle', degrees: d })!) : null;
          const changed = turns ? turns.slice(1).reduce((n, s) => n + s.changed, 0) : null;
          return (
            <tr key={kind} data-network={kind}>
              <th scope="row">{label}</th>
              {degrees.map((d, k) => (
                <td key={d} data-accuracy={turns ? turns[k].accuracy : ''}>
                  {turns ? percent(turns[k].accuracy) : '–'}
                </td>
              ))}
              <td
                data-changed={changed ?? ''}
                data-max-logit-change={turns ? Math.max(...turns.map((s) => s.maxLogitChange)) : ''}
              >
                {changed === null ? '–' : `${changed} of 3,000`}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** Data efficiency: test error on randomly turned digits per training-set size. */
export function EfficiencyTable({ points }: { points: EfficiencyPoint[] }) {
  return (
    <table className="accuracy-table" aria-label="Test error against training-set size">
      <caption>Test error on randomly turned digits</caption>
      <thead>
        <tr>
          <th scope="col">training digits</th>
          <th scope="col">steps</th>
          {NETWORKS.map((n) => (
            <th scope="col" key={n.kind}>
              {n.kind === 'plain' ? 'plain CNN' : 'C4 G-CNN'}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {points.map((p) => (
          <tr key={p.trainSize} data-size={p.trainSize}>
            <th scope="row">{p.trainSize.toLocaleString('en')}</th>
            <td>{p.steps}</td>
            {NETWORKS.map((n) => (
              <td key={n.kind} data-network={n.kind} data-error={p.error[n.kind]}>
                {percent(p.error[n.kind])}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

// Test accuracy of both networks on the test digits turned by 0, 90, 180 and 270 degrees, and how
// many answers a quarter turn changes: zero for the G-CNN, whose outputs cannot move.
import type { Evaluation } from '../../src/training/trainer';

const ROWS = [
  { kind: 'plain', label: 'plain CNN (1,418 weights)' },
  { kind: 'gcnn', label: 'C4 G-CNN (1,290 weights)' },
] as const;

const percent = (x: number) => `${(100 * x).toFixed(1)}%`;

export function AccuracyTable({
  evaluation,
  evaluatedAt,
}: {
  evaluation: Evaluation | null;
  evaluatedAt: number;
}) {
  return (
    <table className="accuracy-table" aria-label="Test accuracy on turned digits">
      <caption>
        {evaluation ? `Test accuracy after ${evaluatedAt} steps` : 'Test accuracy (after training)'}
      </caption>
      <thead>
        <tr>
          <th scope="col">network</th>
          {[0, 90, 180, 270].map((deg) => (
            <th scope="col" key={deg}>
              turned {deg}°
            </th>
          ))}
          <th scope="col">answers changed by a turn</th>
        </tr>
      </thead>
      <tbody>
        {ROWS.map(({ kind, label }) => {
          const scores = evaluation?.[kind];
          const changed = scores ? scores.slice(1).reduce((n, s) => n + s.changed, 0) : null;
          return (
            <tr key={kind} data-network={kind}>
              <th scope="row">{label}</th>
              {[0, 1, 2, 3].map((k) => (
                <td key={k} data-accuracy={scores ? scores[k].accuracy : ''}>
                  {scores ? percent(scores[k].accuracy) : '–'}
                </td>
              ))}
              <td
                data-changed={changed ?? ''}
                data-max-logit-change={scores ? Math.max(...scores.map((s) => s.maxLogitChange)) : ''}
              >
                {changed === null || !scores ? '–' : `${changed} of ${3 * scores[0].count}`}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

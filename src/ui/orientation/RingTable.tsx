// The ring as text: for every slot h, the plane g^-1 h it now shows and how strongly that plane
// responds (mean of its positive part over the disk). Screen readers and tests read it here.
import type { PlanarGroup } from '../../math';
import { elementStyle } from '../group/elementColors';
import { ElementLabel } from '../group/ElementLabel';
import type { RingLayout } from './ringLayout';

export interface RingTableProps {
  group: PlanarGroup;
  layout: RingLayout;
  /** Mean ReLU response per slot of the shown channel (null before the first measurement). */
  means: Float32Array | null;
}

function Chip({ group, a }: { group: PlanarGroup; a: number }) {
  return (
    <span className="ring-chip ring-chip-inline" style={elementStyle(group, a)}>
      <ElementLabel group={group} a={a} />
    </span>
  );
}

export function RingTable({ group, layout, means }: RingTableProps) {
  return (
    <div className="ring-table-scroll">
      <table className="ring-table">
        <tbody>
          <tr>
            <th scope="row">slot h</th>
            {layout.slots.map((s) => (
              <td key={s.element}>
                <Chip group={group} a={s.element} />
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row">holds plane g⁻¹h</th>
            {layout.slots.map((s) => (
              <td key={s.element} data-slot-source={s.element}>
                <Chip group={group} a={s.source} />
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row">mean response</th>
            {layout.slots.map((s) => (
              <td key={s.element} data-slot-mean={s.element} data-mean={means ? means[s.element] : ''}>
                {means ? means[s.element].toPrecision(3) : '…'}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}

// Widget 1: the Cayley table of C_N or D_N, cell (a, b) = a·b coloured by element, with a chosen
// subgroup H and its left cosets gH highlighted (rows and columns grouped by coset).
import { useMemo, useRef, useState } from 'react';
import { cayleyTable, cosetIndexMap, groupElements, isNormal, leftCosets } from '../../src/math';
import type { PlanarGroup } from '../../src/math';
import { field, linkOf, useLink } from '../../src/state/link';
import { WidgetFrame } from '../../src/ui/frame/WidgetFrame';
import { useDisplayGroup } from '../../src/ui/group/displayGroup';
import { elementStyle } from '../../src/ui/group/elementColors';
import { ElementChip, ElementLabel } from '../../src/ui/group/ElementLabel';
import { GroupPicker } from '../../src/ui/group/GroupPicker';
import {
  elementIn,
  elementLabel,
  groupNameOf,
  linkedGroup,
  restoreSharedGroup,
  SHARED_GROUP_LINK,
  text,
} from '../../src/ui/group/linkState';
import { subgroupChoices } from './subgroupChoices';
import './groups.css';

const NAME = 'cayley-table';

// The group lives in the page's shared store (restored there); the subgroup (by its id, '' for
// none) and the outlined row (by its label) are this widget's own.
const LINK = {
  group: SHARED_GROUP_LINK.group,
  subgroup: field(text, ''),
  row: field(elementLabel, null),
};

/** The linked subgroup and row, when the group the link shows offers them; else none. */
function linkedSelection(group: PlanarGroup, subgroup: string, row: string | null) {
  return {
    subgroupId: subgroupChoices(group).some((c) => c.id === subgroup) ? subgroup : '',
    row: elementIn(group, row),
  };
}

/** Whether every row and every column lists each element exactly once. */
function isLatinSquare(table: number[][]): boolean {
  const n = table.length;
  const full = (xs: number[]) => new Set(xs).size === n;
  return table.every(full) && table.every((_, j) => full(table.map((row) => row[j])));
}

function isSymmetric(table: number[][]): boolean {
  return table.every((row, i) => row.every((x, j) => x === table[j][i]));
}

function CosetList({
  group,
  cosets,
  selected,
}: {
  group: PlanarGroup;
  cosets: number[][];
  selected: number | null;
}) {
  return (
    <ul className="coset-list">
      {cosets.map((c) => (
        <li
          key={c[0]}
          data-coset={c.join(',')}
          className={selected !== null && c.includes(selected) ? 'selected' : ''}
        >
          <ElementLabel group={group} a={c[0]} />H = {'{'}
          {c.map((x) => (
            <ElementChip key={x} group={group} a={x} />
          ))}
          {'}'}
        </li>
      ))}
    </ul>
  );
}

export function CayleyTable() {
  const group = useDisplayGroup();
  const choices = useMemo(() => subgroupChoices(group), [group]);
  const { initial } = useLink(NAME, LINK, { restore: restoreSharedGroup });
  const [init] = useState(() =>
    linkedSelection(linkedGroup(group, initial.group), initial.subgroup, initial.row),
  );
  const [subgroupId, setSubgroupId] = useState(init.subgroupId);
  const [selected, setSelected] = useState<number | null>(init.row);
  const subgroup = choices.find((c) => c.id === subgroupId) ?? null;
  const table = useMemo(() => cayleyTable(group), [group]);
  const cosets = subgroup ? leftCosets(group, subgroup.elements) : null;
  const order = cosets ? cosets.flat() : groupElements(group);
  const cosetOf = cosets ? cosetIndexMap(group, cosets) : null;
  const starts = new Set(cosets?.map((c) => c[0]) ?? []);
  const row = selected !== null && selected < group.order ? selected : null;
  const inH = (b: number) => cosetOf !== null && cosetOf[b] === 0;
  const tableRef = useRef<HTMLTableElement>(null);

  return (
    <WidgetFrame
      name={NAME}
      title="Cayley table"
      purpose="Every product a·b of the group at a glance: row a, column b, b acts first."
      wide
      exportRef={tableRef}
      onReset={() => {
        setSubgroupId('');
        setSelected(null);
      }}
      linkParams={() =>
        linkOf(LINK, {
          group: groupNameOf(group),
          subgroup: subgroup?.id ?? '',
          row: row === null ? null : group.label(row),
        })
      }
      help={
        <p>
          Each row and column lists every element once. Pick a subgroup H: rows and columns are grouped by
          left coset, and the first column block is H itself, so row g of that block is the coset gH. Click a
          row label to outline its coset.
        </p>
      }
      controls={
        <>
          <GroupPicker group={group} />
          <label>
            Subgroup H{' '}
            <select
              aria-label="Subgroup H"
              value={subgroup?.id ?? ''}
              onChange={(e) => setSubgroupId(e.target.value)}
            >
              <option value="">(none)</option>
              {choices.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.label}, order {c.elements.length}
                </option>
              ))}
            </select>
          </label>
        </>
      }
      readout={
        <div className="cayley-readout">
          <span data-latin={String(isLatinSquare(table))} data-commutative={String(isSymmetric(table))}>
            {group.name}:{' '}
            {isLatinSquare(table) ? 'every row and column is a permutation' : 'not a Latin square'};{' '}
            {isSymmetric(table)
              ? 'symmetric about the diagonal, so commutative'
              : 'not symmetric: not commutative'}
            .
          </span>
          {subgroup && cosets && (
            <span data-normal={String(isNormal(group, subgroup.elements))}>
              {' '}
              H = {subgroup.label} has {cosets.length} left cosets
              {isNormal(group, subgroup.elements)
                ? ' (H is normal: gH = Hg for all g)'
                : ' (H is not normal)'}
              :
              <CosetList group={group} cosets={cosets} selected={row} />
            </span>
          )}
        </div>
      }
    >
      <div className="cayley-scroll">
        <table
          ref={tableRef}
          className="cayley-table"
          aria-label={`Cayley table of ${group.name}: row a, column b, cell a·b`}
        >
          <thead>
            <tr>
              <th scope="col" className="cayley-corner">
                a·b
              </th>
              {order.map((b) => (
                <th
                  key={b}
                  scope="col"
                  className={starts.has(b) ? 'coset-start' : undefined}
                  style={elementStyle(group, b)}
                >
                  <ElementLabel group={group} a={b} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {order.map((a) => (
              <tr key={a} className={starts.has(a) ? 'coset-start-row' : undefined}>
                <th scope="row" style={elementStyle(group, a)}>
                  <button
                    className="cayley-row-button"
                    aria-pressed={row === a}
                    onClick={() => setSelected(row === a ? null : a)}
                  >
                    {/* The name is the label as shown ("row r2" for r²), so speech matches sight. */}
                    <span className="visually-hidden">row </span>
                    <ElementLabel group={group} a={a} />
                  </button>
                </th>
                {order.map((b) => {
                  const ab = table[a][b];
                  const cls = [
                    starts.has(b) ? 'coset-start' : '',
                    inH(b) ? 'in-h' : '',
                    row === a && inH(b) ? 'coset-highlight' : '',
                  ];
                  return (
                    <td
                      key={b}
                      className={cls.join(' ').trim() || undefined}
                      style={elementStyle(group, ab)}
                      data-a={a}
                      data-b={b}
                      aria-label={group.label(ab)}
                    >
                      <ElementLabel group={group} a={ab} />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </WidgetFrame>
  );
}

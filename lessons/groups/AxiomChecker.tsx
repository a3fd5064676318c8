// Widget 5: the student edits a small operation table and the widget reports which group axiom
// fails and where: closure (the cell), identity, inverses (the element), associativity (the triple).
import { useRef, useState, type ReactNode } from 'react';
import { WidgetFrame } from '../../src/ui/frame/WidgetFrame';
import { AXIOM_PRESETS, AXIOM_SYMBOLS } from './axiomPresets';
import { checkAxioms, parseOperationTable, type AxiomReport } from '../../src/experiments/groups/axioms';
import { choice, field, linkOf, useLink } from '../../src/state/link';
import { cellTable } from '../../src/ui/group/linkState';
import './groups.css';

type Cells = string[][];

const NAME = 'axiom-checker';
/** The table sizes the Size control offers, and the characters a cell's input takes. */
const SIDES = [3, 4];
const CELL_LENGTH = 2;

// The preset the table still equals ('' once edited) and the table itself.
const LINK = {
  preset: field(choice(['', ...AXIOM_PRESETS.map((p) => p.id)]), ''),
  table: field(cellTable(SIDES, CELL_LENGTH), null),
};

const sameCells = (a: Cells, b: Cells) => JSON.stringify(a) === JSON.stringify(b);

/** The linked table (and the preset it still equals), a preset the link names, or the first preset. */
function linkedTable(preset: string, cells: Cells | null): { preset: string; cells: Cells } {
  const named = AXIOM_PRESETS.find((x) => x.id === preset);
  if (cells) return { cells, preset: named && sameCells(named.cells, cells) ? named.id : '' };
  const start = named ?? AXIOM_PRESETS[0];
  return { cells: start.cells.map((r) => [...r]), preset: start.id };
}

/** Cells to outline for the reported failures: the closure cell and the four products of the triple. */
function flaggedCells(r: AxiomReport, t: readonly (readonly (number | null)[])[]): Set<string> {
  const out = new Set<string>();
  if (r.closure.cell) out.add(r.closure.cell.join(','));
  if (r.associativity.triple) {
    const [a, b, c] = r.associativity.triple;
    [
      [a, b],
      [t[a][b]!, c],
      [b, c],
      [a, t[b][c]!],
    ].forEach((p) => out.add(p.join(',')));
  }
  return out;
}

function AxiomLine({ name, ok, children }: { name: string; ok: boolean | null; children: ReactNode }) {
  const mark = ok === null ? '–' : ok ? '✓' : '✗';
  const state = ok === null ? 'skipped' : ok ? 'ok' : 'fails';
  return (
    <li className={`axiom axiom-${state}`} data-axiom={name} data-state={state}>
      <span aria-hidden="true">{mark}</span> <strong>{name}</strong>: {children}
    </li>
  );
}

function Report({ r, symbols, cells }: { r: AxiomReport; symbols: readonly string[]; cells: Cells }) {
  const s = (i: number) => symbols[i];
  const { closure, identity, inverses, associativity } = r;
  const tr = associativity.triple;
  return (
    <ul className="axiom-report">
      <AxiomLine name="closure" ok={closure.ok}>
        {closure.cell
          ? `${s(closure.cell[0])}·${s(closure.cell[1])} = “${cells[closure.cell[0]][closure.cell[1]]}” is not one of ${symbols.join(', ')}`
          : 'every product is in the set'}
      </AxiomLine>
      <AxiomLine name="identity" ok={identity.ok}>
        {identity.ok
          ? `${s(identity.element!)}·x = x·${s(identity.element!)} = x for every x`
          : 'no element leaves every x unchanged on both sides'}
      </AxiomLine>
      <AxiomLine name="inverses" ok={inverses.ok}>
        {inverses.ok === null
          ? 'needs an identity first'
          : inverses.ok
            ? 'every element has one'
            : `no x with ${s(inverses.element!)}·x = x·${s(inverses.element!)} = ${s(identity.element!)}`}
      </AxiomLine>
      <AxiomLine name="associativity" ok={associativity.ok}>
        {associativity.ok === null
          ? 'needs closure first'
          : tr
            ? `(${s(tr[0])}·${s(tr[1])})·${s(tr[2])} = ${s(associativity.left!)} but ${s(tr[0])}·(${s(tr[1])}·${s(tr[2])}) = ${s(associativity.right!)}`
            : `(x·y)·z = x·(y·z) for all ${symbols.length ** 3} triples`}
      </AxiomLine>
    </ul>
  );
}

export function AxiomChecker() {
  const { initial } = useLink(NAME, LINK);
  const [init] = useState(() => linkedTable(initial.preset, initial.table));
  const [cells, setCells] = useState<Cells>(init.cells);
  const [preset, setPreset] = useState(init.preset);
  const tableRef = useRef<HTMLTableElement>(null);
  const symbols = AXIOM_SYMBOLS.slice(0, cells.length);
  const table = parseOperationTable(cells, symbols);
  const report = checkAxioms(table);
  const flagged = flaggedCells(report, table);
  const load = (id: string) => {
    const p = AXIOM_PRESETS.find((x) => x.id === id);
    if (p) {
      setPreset(id);
      setCells(p.cells.map((r) => [...r]));
    }
  };
  const edit = (a: number, b: number, v: string) => {
    setPreset('');
    setCells((c) => c.map((row, i) => (i === a ? row.map((x, j) => (j === b ? v : x)) : row)));
  };

  return (
    <WidgetFrame
      name={NAME}
      title="Is it a group? The axiom checker"
      purpose="Edit the operation table; the four axioms are checked as you type."
      exportRef={tableRef}
      onReset={() => load(AXIOM_PRESETS[0].id)}
      linkParams={() => linkOf(LINK, { preset, table: cells })}
      help={
        <p>
          Type one of the symbols in each cell (row x, column y holds x·y). Start from a preset that breaks
          one axiom and repair it, or turn a group into a non-group by changing a single cell.
        </p>
      }
      controls={
        <>
          <label>
            Start from{' '}
            <select aria-label="Start from" value={preset} onChange={(e) => load(e.target.value)}>
              <option value="">(your table)</option>
              {AXIOM_PRESETS.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.label}
                </option>
              ))}
            </select>
          </label>
          <label>
            Size{' '}
            <select
              aria-label="Size"
              value={cells.length}
              onChange={(e) => load(Number(e.target.value) === 3 ? 'c3' : 'c4')}
            >
              <option value={3}>3 × 3</option>
              <option value={4}>4 × 4</option>
            </select>
          </label>
        </>
      }
      readout={
        <div className="axiom-readout" data-group={String(report.isGroup)}>
          <Report r={report} symbols={symbols} cells={cells} />
          <strong>{report.isGroup ? 'All four axioms hold: this table is a group.' : 'Not a group.'}</strong>
        </div>
      }
    >
      <table ref={tableRef} className="axiom-table" aria-label="Operation table: row x, column y holds x·y">
        <thead>
          <tr>
            <th scope="col">·</th>
            {symbols.map((y) => (
              <th key={y} scope="col">
                {y}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {cells.map((row, a) => (
            <tr key={a}>
              <th scope="row">{symbols[a]}</th>
              {row.map((v, b) => (
                <td key={b} className={flagged.has(`${a},${b}`) ? 'flagged' : undefined}>
                  <input
                    value={v}
                    size={2}
                    maxLength={CELL_LENGTH}
                    aria-label={`${symbols[a]}·${symbols[b]}`}
                    onChange={(e) => edit(a, b, e.target.value)}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </WidgetFrame>
  );
}

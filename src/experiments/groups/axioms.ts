// The four group axioms (Bekkers' lecture notes) checked on a finite operation table, reporting where each
// fails: the first cell outside the set (closure), a missing identity, the first element without
// an inverse, and the first triple (a, b, c) with (a·b)·c ≠ a·(b·c) (associativity).

/** table[a][b] = a·b as an index into the symbols, or null when the entry is not in the set. */
export type OperationTable = readonly (readonly (number | null)[])[];

export interface AxiomReport {
  closure: { ok: boolean; cell?: [number, number] };
  /** The identity element when there is one. */
  identity: { ok: boolean; element?: number };
  /** ok is null when there is no identity to invert to. */
  inverses: { ok: boolean | null; element?: number };
  /** ok is null when closure fails, so some products are undefined. */
  associativity: { ok: boolean | null; triple?: [number, number, number]; left?: number; right?: number };
  isGroup: boolean;
}

export type Axiom = 'closure' | 'identity' | 'inverses' | 'associativity';
export const AXIOMS: readonly Axiom[] = ['closure', 'identity', 'inverses', 'associativity'];

/** Symbols typed in the cells -> indices; anything not in `symbols` (after trimming) is null. */
export function parseOperationTable(
  cells: readonly (readonly string[])[],
  symbols: readonly string[],
): OperationTable {
  return cells.map((row) =>
    row.map((cell) => {
      const i = symbols.indexOf(cell.trim());
      return i < 0 ? null : i;
    }),
  );
}

function checkClosure(t: OperationTable): AxiomReport['closure'] {
  for (let a = 0; a < t.length; a++)
    for (let b = 0; b < t.length; b++) if (t[a][b] === null) return { ok: false, cell: [a, b] };
  return { ok: true };
}

/** e with e·x = x·e = x for every x. */
function findIdentity(t: OperationTable): number | undefined {
  const n = t.length;
  for (let e = 0; e < n; e++) {
    let ok = true;
    for (let x = 0; x < n && ok; x++) ok = t[e][x] === x && t[x][e] === x;
    if (ok) return e;
  }
  return undefined;
}

function checkInverses(t: OperationTable, e: number): AxiomReport['inverses'] {
  for (let a = 0; a < t.length; a++) {
    const has = t.some((_, b) => t[a][b] === e && t[b][a] === e);
    if (!has) return { ok: false, element: a };
  }
  return { ok: true };
}

function checkAssociativity(t: OperationTable): AxiomReport['associativity'] {
  const n = t.length;
  for (let a = 0; a < n; a++)
    for (let b = 0; b < n; b++)
      for (let c = 0; c < n; c++) {
        const left = t[t[a][b]!][c]!;
        const right = t[a][t[b][c]!]!;
        if (left !== right) return { ok: false, triple: [a, b, c], left, right };
      }
  return { ok: true };
}

export function checkAxioms(t: OperationTable): AxiomReport {
  const closure = checkClosure(t);
  const e = findIdentity(t);
  const identity = e === undefined ? { ok: false } : { ok: true, element: e };
  const inverses = e === undefined ? { ok: null } : checkInverses(t, e);
  const associativity = closure.ok ? checkAssociativity(t) : { ok: null };
  const isGroup = closure.ok && identity.ok && inverses.ok === true && associativity.ok === true;
  return { closure, identity, inverses, associativity, isGroup };
}

/** The first axiom in the order closure, identity, inverses, associativity that fails, or null for a group. */
export function firstFailingAxiom(r: AxiomReport): Axiom | null {
  if (!r.closure.ok) return 'closure';
  if (!r.identity.ok) return 'identity';
  if (r.inverses.ok === false) return 'inverses';
  if (r.associativity.ok === false) return 'associativity';
  return null;
}

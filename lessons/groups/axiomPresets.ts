// Operation tables to start the axiom checker from: groups, and tables that break one axiom each.
export const AXIOM_SYMBOLS = ['e', 'a', 'b', 'c'] as const;

export interface AxiomPreset {
  id: string;
  label: string;
  cells: string[][];
}

const rows = (...r: string[]) => r.map((line) => line.split(' '));

export const AXIOM_PRESETS: readonly AxiomPreset[] = [
  { id: 'c3', label: 'C3: turns by 120° (a group)', cells: rows('e a b', 'a b e', 'b e a') },
  { id: 'c4', label: 'C4: quarter turns (a group)', cells: rows('e a b c', 'a b c e', 'b c e a', 'c e a b') },
  {
    id: 'klein',
    label: 'Klein four-group (a group)',
    cells: rows('e a b c', 'a e c b', 'b c e a', 'c b a e'),
  },
  { id: 'open', label: 'Not closed', cells: rows('e a b', 'a b d', 'b e a') },
  // x − y mod 3 with e = 0, a = 1, b = 2: e works on the right only.
  { id: 'no-identity', label: 'Subtraction mod 3', cells: rows('e b a', 'a e b', 'b a e') },
  // Multiplication mod 3 on {1, 2, 0}: b = 0 absorbs everything, so it has no inverse.
  { id: 'no-inverse', label: 'Multiplication mod 3', cells: rows('e a b', 'a e b', 'b b b') },
  {
    id: 'not-associative',
    label: 'Identity and inverses, not associative',
    cells: rows('e a b', 'a a e', 'b e b'),
  },
];

// A lesson's notation table: the symbols it uses, each with its one meaning from the course glossary.
import { Tex } from '../exercises/Tex';
import { GLOSSARY, meaningPieces, type NotationKey } from './glossary';
import './notation.css';

export function NotationTable({ symbols }: { symbols: string }) {
  const keys = symbols.split(/\s+/).filter(Boolean);
  const unknown = keys.filter((k) => !(k in GLOSSARY));
  if (unknown.length > 0) throw new Error(`NotationTable: no glossary entry for ${unknown.join(', ')}`);
  return (
    <details className="notation" data-notation={keys.join(' ')}>
      <summary>Notation on this page</summary>
      <table>
        <thead>
          <tr>
            <th scope="col">symbol</th>
            <th scope="col">meaning, the same in every lesson</th>
          </tr>
        </thead>
        <tbody>
          {keys.map((k) => {
            const e = GLOSSARY[k as NotationKey];
            return (
              <tr key={k} data-symbol={k}>
                <td>
                  <Tex math={e.tex} />
                </td>
                <td>
                  {meaningPieces(e.meaning).map((p, i) => (i % 2 === 1 ? <Tex key={i} math={p} /> : p))}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </details>
  );
}

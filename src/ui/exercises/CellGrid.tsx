// Small grids shown inside exercise prompts: a kernel (numbers on the diverging scale, printed in
// their cells so colour is never the only cue, blanks named by a letter) or a black-and-white
// drawing. Each grid carries a text description for screen readers.
import { colorAt, COLORMAPS } from '../../engine/render';
import './gridExercises.css';
import { formatValue } from '../../experiments/format';

const css = ([r, g, b]: [number, number, number]) =>
  `rgb(${Math.round(255 * r)}, ${Math.round(255 * g)}, ${Math.round(255 * b)})`;

/** Rows of a size x size array as text, for aria labels. */
function rowsText(cells: readonly (number | string)[], size: number, show: (c: number | string) => string) {
  return Array.from({ length: size }, (_, r) =>
    cells
      .slice(r * size, (r + 1) * size)
      .map(show)
      .join(' '),
  ).join('; ');
}

/** A K x K kernel; string cells are blanks the student fills in. */
export function KernelGrid({
  cells,
  size,
  caption,
}: {
  cells: readonly (number | string)[];
  size: number;
  caption: string;
}) {
  const limit = Math.max(1e-9, ...cells.map((c) => (typeof c === 'number' ? Math.abs(c) : 0)));
  const label = `${caption}, ${size} by ${size}, row by row: ${rowsText(cells, size, (c) => (typeof c === 'number' ? formatValue(c) : `blank ${c}`))}`;
  return (
    <figure className="cell-grid-figure">
      <div
        className="cell-grid kernel"
        role="img"
        aria-label={label}
        style={{ gridTemplateColumns: `repeat(${size}, 2.2rem)` }}
      >
        {cells.map((c, i) => {
          if (typeof c === 'string')
            return (
              <span key={i} className="cell blank">
                {c}
              </span>
            );
          const t = (c / limit + 1) / 2;
          const dark = Math.abs(c / limit) > 0.6;
          return (
            <span
              key={i}
              className="cell"
              style={{ background: css(colorAt(COLORMAPS.diverging, t)), color: dark ? '#fff' : '#111' }}
            >
              {formatValue(c)}
            </span>
          );
        })}
      </div>
      <figcaption>{caption}</figcaption>
    </figure>
  );
}

/** A black-and-white drawing: 1 is ink, 0 is paper. */
export function DrawingGrid({
  pixels,
  size,
  caption,
}: {
  pixels: readonly number[];
  size: number;
  caption: string;
}) {
  const label = `${caption}: a ${size} by ${size} drawing, row by row from the top, # ink and . paper: ${rowsText(pixels, size, (p) => (p ? '#' : '.'))}`;
  return (
    <figure className="cell-grid-figure">
      <div
        className="cell-grid drawing"
        role="img"
        aria-label={label}
        style={{ gridTemplateColumns: `repeat(${size}, 1rem)` }}
      >
        {pixels.map((p, i) => (
          <span key={i} className={p ? 'cell ink' : 'cell'} />
        ))}
      </div>
      <figcaption>{caption}</figcaption>
    </figure>
  );
}

// The copies L_g ψ of the bank, one small canvas each, rotations in one row and (for D_N) the
// mirrored copies r^k s in a second, each labelled with its element and its norm ratio.
import type { Ref } from 'react';
import type { PlanarGroup } from '../../src/math';
import { elementColor, elementStyle } from '../../src/ui/group/elementColors';
import { ElementLabel } from '../../src/ui/group/ElementLabel';

export interface BankCopiesProps {
  /** The container of the copies (what Export saves). */
  ref?: Ref<HTMLDivElement>;
  group: PlanarGroup;
  kernelSize: number;
  canvasKey: string;
  register: (id: string) => (canvas: HTMLCanvasElement | null) => void;
  /** ‖L_g ψ‖ / ‖L_e ψ‖ per copy, once read back. */
  ratios: readonly number[] | null;
}

/** Canvas pixels per filter cell: whole numbers keep the nearest-neighbour cells even. */
const CELL = 12;

export function BankCopies({ ref, group, kernelSize: K, canvasKey, register, ratios }: BankCopiesProps) {
  const rows = group.hasReflections ? [0, 1] : [0];
  return (
    <div className="bank-copies" ref={ref}>
      {rows.map((row) => (
        <div className="bank-row" key={row}>
          {Array.from({ length: group.rotations }, (_, k) => {
            const g = row * group.rotations + k;
            return (
              <figure
                className={group.rotations > 6 ? 'bank-copy bank-copy-small' : 'bank-copy'}
                key={g}
                data-copy={g}
                data-norm-ratio={ratios ? ratios[g] : ''}
              >
                <canvas
                  key={canvasKey}
                  ref={register(`copy-${g}`)}
                  width={K * CELL}
                  height={K * CELL}
                  className="map-canvas bank-canvas"
                  style={{ borderColor: elementColor(group, g) }}
                  role="img"
                  aria-label={`the filter transformed by ${group.label(g)}`}
                />
                <figcaption>
                  <span className="ring-chip ring-chip-inline" style={elementStyle(group, g)}>
                    <ElementLabel group={group} a={g} />
                  </span>
                  <span className="bank-ratio" title="‖L_g ψ‖ / ‖ψ‖">
                    {ratios ? ratios[g].toFixed(3) : '…'}
                  </span>
                </figcaption>
              </figure>
            );
          })}
        </div>
      ))}
    </div>
  );
}

// The four layer types of Bekkers' theorem for p4 or p4m on an n x n torus: input and output
// spaces, the stabilizer constraint on the one-argument kernel, and the free parameters counted by
// the math core (orbits of G on Y × X) against the dense count |Y||X|. A row's button shows it.
import { useMemo } from 'react';
import { Tex } from '../../src/ui/exercises/Tex';
import {
  LAYER_TYPES,
  stepWeights,
  tyingExample,
  type LayerType,
  type PointGroupName,
} from '../../src/experiments/weightTying/denseToGroupConv';

const SPACES: Record<LayerType, { from: string; to: string; constraint: string }> = {
  isotropic: { from: 'G/H', to: 'G/H', constraint: 'k(h\\mathbf{x}) = k(\\mathbf{x})' },
  lifting: { from: 'G/H', to: 'G', constraint: '\\text{none}' },
  group: { from: 'G', to: 'G', constraint: '\\text{none}' },
  projection: { from: 'G', to: 'G/H', constraint: 'k(hg) = k(g)' },
};

export function LayerTypesTable({
  n,
  point,
  current,
  onShow,
}: {
  n: number;
  point: PointGroupName;
  current: LayerType | null;
  onShow: (t: LayerType) => void;
}) {
  const rows = useMemo(
    () =>
      LAYER_TYPES.map((type) => {
        const ex = tyingExample(type, n, point);
        const full = stepWeights(ex, ex.steps[ex.steps.length - 1]).count;
        return { type, ex, full, dense: ex.out.size * ex.inp.size };
      }),
    [n, point],
  );
  const G = point === 'C4' ? 'p4' : 'p4m';
  return (
    <table className="layer-types" aria-label={`The four layer types of ${G} on the ${n} × ${n} torus`}>
      <caption>
        <Tex math={`G = ${G},\\ H = ${point === 'C4' ? 'C_4' : 'D_4'},\\ G/H = \\mathbb{Z}_{${n}}^2`} />
      </caption>
      <thead>
        <tr>
          <th scope="col">layer</th>
          <th scope="col">
            <Tex math="X \to Y" />
          </th>
          <th scope="col">kernel constraint</th>
          <th scope="col">free parameters</th>
          <th scope="col">dense</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ type, ex, full, dense }) => (
          <tr key={type} data-layer={type} data-free={full} data-dense={dense} className={type === current ? 'current' : undefined}>
            <th scope="row">
              <button type="button" aria-pressed={type === current} onClick={() => onShow(type)}>
                {type}
              </button>
            </th>
            <td>
              <Tex math={`${SPACES[type].from} \\to ${SPACES[type].to}`} />{' '}
              <span className="layer-spaces">
                (<Tex math={`${ex.xLatex} \\to ${ex.yLatex}`} />)
              </span>
            </td>
            <td>
              <Tex math={SPACES[type].constraint} />
              {SPACES[type].constraint !== '\\text{none}' && (
                <>
                  , <Tex math="h \in H" />
                </>
              )}
            </td>
            <td className="number">{full}</td>
            <td className="number">{dense}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

// Widget 8: two functions on C_N or D_N edited as bars, their Fourier coefficients per irrep,
// and their group convolution computed directly and through the Fourier product (Worrall et al. 2017),
// which agree to round-off.
import { useRef, useState } from 'react';
import type { PlanarGroup } from '../../src/math';
import type { Matrix } from '../../src/math/linalg';
import { field, linkOf, useLink } from '../../src/state/link';
import { Tex } from '../../src/ui/exercises/Tex';
import { WidgetFrame } from '../../src/ui/frame/WidgetFrame';
import { useDisplayGroup } from '../../src/ui/group/displayGroup';
import { GroupPicker } from '../../src/ui/group/GroupPicker';
import {
  exactNumbers,
  groupNameOf,
  linkedGroup,
  restoreSharedGroup,
  SHARED_GROUP_LINK,
  type GroupName,
} from '../../src/ui/group/linkState';
import { BarChart } from './BarEditor';
import { compareConvolutions, type IrrepCoefficients } from '../../src/experiments/representations/fourierCheck';
import './representations.css';

const NAME = 'fourier-convolution';
const TOLERANCE = 1e-9;
/** The bars of f and k range over [-RANGE, RANGE]. */
const RANGE = 1;

// The group lives in the page's shared store (restored there); f and k, one value per element
// within the bars' range and written in full, are this widget's own.
const LINK = {
  group: SHARED_GROUP_LINK.group,
  f: field(exactNumbers(-RANGE, RANGE), null),
  k: field(exactNumbers(-RANGE, RANGE), null),
};

/** f and k from a link that names its group, one value per element of it; otherwise none, and the
 *  widget starts from startValues. */
function linkedFunctions(
  current: PlanarGroup,
  named: GroupName | null,
  f: number[] | null,
  k: number[] | null,
): { name: string; f: number[]; k: number[] } {
  const group = linkedGroup(current, named);
  return named && f?.length === group.order && k?.length === group.order
    ? { name: group.name, f, k }
    : { name: '', f: [], k: [] };
}

/** Start values: two smooth, different, non-symmetric functions on the elements. */
function startValues(order: number, phase: number): number[] {
  return Array.from({ length: order }, (_, a) => Math.round(20 * Math.sin(1.3 * a + phase)) / 20 + 0);
}

/** Two decimals throughout, so the columns of the table line up; no "-0.00". */
const fixed = (v: number) => (Math.abs(v) < 0.005 ? '0.00' : v.toFixed(2));

function matrixTex(m: Matrix): string {
  const rows = m.map((r) => r.map(fixed).join(' & ')).join(' \\\\ ');
  return m.length === 1 ? rows : `\\begin{pmatrix} ${rows} \\end{pmatrix}`;
}

function CoefficientTable({ coefficients }: { coefficients: IrrepCoefficients[] }) {
  return (
    <table className="fourier-table">
      <caption>
        Fourier coefficients per real irrep ρ; the theorem says{' '}
        <Tex math="\widehat{f * k}(\rho) = \hat f(\rho)\,\hat k(\rho)" />
      </caption>
      <thead>
        <tr>
          <th scope="col">ρ</th>
          <th scope="col">
            <Tex math="\hat f(\rho)" />
          </th>
          <th scope="col">
            <Tex math="\hat k(\rho)" />
          </th>
          <th scope="col">
            <Tex math="\hat f(\rho)\,\hat k(\rho)" />
          </th>
        </tr>
      </thead>
      <tbody>
        {coefficients.map((c) => (
          <tr key={c.irrep.id} data-irrep={c.irrep.id}>
            <th scope="row">
              <Tex math={c.irrep.latex} />
            </th>
            <td>
              <Tex math={matrixTex(c.f)} />
            </td>
            <td>
              <Tex math={matrixTex(c.k)} />
            </td>
            <td>
              <Tex math={matrixTex(c.product)} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function FourierConvolution() {
  const group = useDisplayGroup();
  const { initial } = useLink(NAME, LINK, { restore: restoreSharedGroup });
  const [state, setState] = useState(() => linkedFunctions(group, initial.group, initial.f, initial.k));
  const fresh =
    state.name === group.name
      ? state
      : { name: group.name, f: startValues(group.order, 0.4), k: startValues(group.order, 2) };
  const { f, k } = fresh;
  const cmp = compareConvolutions(group, f, k);
  const range = Math.max(1, Math.ceil(Math.max(...cmp.direct.map(Math.abs))));
  const viewsRef = useRef<HTMLDivElement>(null);
  const random = () =>
    Array.from({ length: group.order }, () => Math.round(40 * Math.random() - 20) / 20 + 0);

  return (
    <WidgetFrame
      name={NAME}
      title="Convolution through the group Fourier transform"
      purpose="Convolving on the group equals multiplying Fourier coefficients, irrep by irrep."
      wide
      exportRef={viewsRef}
      onReset={() =>
        setState({ name: group.name, f: startValues(group.order, 0.4), k: startValues(group.order, 2) })
      }
      linkParams={() => linkOf(LINK, { group: groupNameOf(group), f, k })}
      help={
        <p>
          Drag the bars of f and k (or focus a bar and press the up and down arrows). Make f constant: only
          the trivial irrep keeps a non-zero coefficient. Make f alternate in sign on C_N with even N: only
          the sign irrep does. The dots on the result are the Fourier route; they sit on the bars.
        </p>
      }
      controls={
        <>
          <GroupPicker group={group} />
          <button onClick={() => setState({ name: group.name, f: random(), k: random() })}>
            Random f and k
          </button>
        </>
      }
      readout={
        <span className="fourier-readout" data-max-diff={String(cmp.maxDifference)}>
          max |(f * k) direct − (f * k) via Fourier| = {cmp.maxDifference.toExponential(2)}, tolerance{' '}
          {TOLERANCE}: {cmp.maxDifference < TOLERANCE ? 'they agree to float64 round-off' : 'they disagree!'}{' '}
          (CPU, math core).
        </span>
      }
    >
      <div className="rep-views" ref={viewsRef}>
        <figure className="bars">
          <BarChart
            group={group}
            values={f}
            name="f"
            range={RANGE}
            onChange={(v) => setState({ ...fresh, f: v })}
          />
          <figcaption>f (drag the bars)</figcaption>
        </figure>
        <figure className="bars">
          <BarChart
            group={group}
            values={k}
            name="k"
            range={RANGE}
            onChange={(v) => setState({ ...fresh, k: v })}
          />
          <figcaption>k (drag the bars)</figcaption>
        </figure>
        <figure className="bars">
          <BarChart group={group} values={cmp.direct} overlay={cmp.viaFourier} name="f*k" range={range} />
          <figcaption>
            <Tex math="f * k" />: bars direct, dots via Fourier
          </figcaption>
        </figure>
        <CoefficientTable coefficients={cmp.coefficients} />
      </div>
    </WidgetFrame>
  );
}

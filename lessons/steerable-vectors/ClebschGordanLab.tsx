// Widget: the Clebsch-Gordan tensor product. Choose l1 and l2, see the real coupling matrices for
// every allowed J, split u ⊗ v into blocks, and check that rotating the inputs turns block J by D^J.
import { useMemo, useRef, useState } from 'react';
import type { Matrix } from '../../src/math/linalg';
import { clebschGordanReal, so3Random } from '../../src/math/so3';
import { mulberry32 } from '../../src/math/random';
import { DivergingLegend } from '../../src/ui/plots/DivergingLegend';
import { HeatmapGrid } from '../../src/ui/plots/Heatmap';
import { WidgetFrame } from '../../src/ui/frame/WidgetFrame';
import { cgLab, vectorProductIdentities } from '../../src/experiments/steerable/cgLab';
import { ErrorReadout } from './ErrorReadout';
import { FrameTrackball } from './FrameTrackball';
import { CG_LINK as LINK, CG_MAX_L as MAX_L, vectorOf } from './linkFields';
import { VectorSliders } from './VectorSliders';
import './steerable.css';
import { formatError } from '../../src/experiments/format';
import { defaultsOf, linkOf, useLink } from '../../src/state/link';

const NAME = 'clebsch-gordan-lab';
const TOLERANCE = 1e-10;
const mLabels = (l: number) => Array.from({ length: 2 * l + 1 }, (_, k) => `${k - l}`);
/** A fixed, recognisable starting vector of type l. */
const startVector = (l: number, seed: number) =>
  mLabels(l).map((_, k) => Number((0.8 * Math.cos(1.3 * k + seed)).toFixed(2)));

export function ClebschGordanLab() {
  const { initial } = useLink(NAME, LINK);
  const [l1, setL1] = useState(initial.l1);
  const [l2, setL2] = useState(initial.l2);
  const [u, setU] = useState(() => vectorOf(initial.u, initial.l1, () => startVector(initial.l1, 0)));
  const [v, setV] = useState(() => vectorOf(initial.v, initial.l2, () => startVector(initial.l2, 2)));
  const [r, setR] = useState<Matrix>(initial.r);
  const rng = useRef(mulberry32(3));
  const couplingRef = useRef<SVGSVGElement>(null);

  const lab = useMemo(() => cgLab(l1, u, l2, v, r), [l1, u, l2, v, r]);
  const identities = l1 === 1 && l2 === 1 ? vectorProductIdentities(u, v) : null;
  const js = lab.blocks.map((b) => b.J);
  const columns = (2 * l1 + 1) * (2 * l2 + 1);
  const cell = columns > 25 ? 9 : columns > 9 ? 14 : 22;
  const outRange = Math.max(1e-9, ...lab.blocks.flatMap((b) => [...b.product, ...b.ofRotated].map(Math.abs)));

  const setDegrees = (a: number, b: number) => {
    setL1(a);
    setL2(b);
    setU(startVector(a, 0));
    setV(startVector(b, 2));
  };

  return (
    <WidgetFrame
      name={NAME}
      wide
      title="Clebsch-Gordan lab"
      purpose="Couple a type-l₁ and a type-l₂ vector into types J = |l₁ − l₂| … l₁ + l₂, and check that each block turns by Dᴶ."
      onReset={() => {
        const d = defaultsOf(LINK);
        setDegrees(d.l1, d.l2);
        setR(d.r);
      }}
      exportRef={couplingRef}
      linkParams={() => linkOf(LINK, { l1, l2, u, v, r })}
      help={
        <p>
          Each coupling matrix maps the (2l₁+1)(2l₂+1) products u<sub>m₁</sub>v<sub>m₂</sub> to one output
          block. Edit u and v, then drag the axes picture to rotate both inputs by the same R: the middle row
          of each block (product of the turned inputs) always equals the bottom row (Dᴶ(R) times the unturned
          block). With l₁ = l₂ = 1 the J = 0 block is the dot product and the J = 1 block the cross product,
          rescaled.
        </p>
      }
      controls={
        <>
          {(['l₁', 'l₂'] as const).map((name, i) => (
            <label key={name}>
              {name}{' '}
              <select
                aria-label={i === 0 ? 'Degree l1' : 'Degree l2'}
                value={i === 0 ? l1 : l2}
                onChange={(e) =>
                  i === 0 ? setDegrees(Number(e.target.value), l2) : setDegrees(l1, Number(e.target.value))
                }
              >
                {Array.from({ length: MAX_L + 1 }, (_, k) => (
                  <option key={k} value={k}>
                    {k}
                  </option>
                ))}
              </select>
            </label>
          ))}
          <span className="allowed-j" data-allowed-j={js.join(',')}>
            allowed J: {js.join(', ')}
          </span>
          <button onClick={() => setR(so3Random(rng.current))}>Random rotation</button>
          <VectorSliders name="u" label={`u (type ${l1})`} values={u} onChange={setU} />
          <VectorSliders name="v" label={`v (type ${l2})`} values={v} onChange={setV} />
        </>
      }
      readout={
        <>
          <ErrorReadout
            name="blocks"
            label={
              <>
                max<sub>J</sub> |(D u ⊗<sub>cg</sub> D v)<sup>(J)</sup> − D<sup>J</sup>(R)(u ⊗<sub>cg</sub> v)
                <sup>(J)</sup>|
              </>
            }
            value={lab.maxError}
            tolerance={TOLERANCE}
          />
          <ErrorReadout
            name="orthogonality"
            label={
              <>
                max |Q Q<sup>T</sup> − I|, Q = the coupling matrices stacked
              </>
            }
            value={lab.orthogonality}
            tolerance={TOLERANCE}
          />
          {identities && (
            <>
              <ErrorReadout
                name="dot"
                label={
                  <>
                    |(u ⊗<sub>cg</sub> v)<sup>(0)</sup> + u·v/√3|
                  </>
                }
                value={identities.dot}
                tolerance={TOLERANCE}
              />
              <ErrorReadout
                name="cross"
                label={
                  <>
                    max |(u ⊗<sub>cg</sub> v)<sup>(1)</sup> − (u × v)/√2|
                  </>
                }
                value={identities.cross}
                tolerance={TOLERANCE}
              />
            </>
          )}
          <p className="readout-note">
            Per block: {lab.blocks.map((b) => `J = ${b.J}: ${formatError(b.error)}`).join('; ')}.
          </p>
          <p className="readout-note">
            Conventions: real spherical-harmonic basis, components ordered m = −l … l, so a type-1 vector is
            (y, z, x); the product u ⊗ v is flattened row-major, column (m₁, m₂); each coupling matrix has
            orthonormal rows; its phase comes from the complex Condon-Shortley coefficients, times −i when l₁
            + l₂ + J is odd, so that it is real. With these choices two vectors give −u·v/√3 for J = 0 and +(u
            × v)/√2 for J = 1.
          </p>
        </>
      }
    >
      <div className="steerable-panel">
        <FrameTrackball rotation={r} onRotate={setR} label="Rotation R of both inputs" />
        <span className="widget-note">drag to rotate u and v</span>
        <DivergingLegend maxAbs={1} label="coupling coefficient" width={160} />
      </div>
      <div className="cg-column">
        <HeatmapGrid
          svgRef={couplingRef}
          maxWidth={820}
          label={`Real Clebsch-Gordan coupling matrices for l1 = ${l1}, l2 = ${l2}`}
          maps={js.map((J) => ({
            name: `coupling-${J}`,
            title: `C(${l1},${l2} → ${J})`,
            matrix: clebschGordanReal(l1, l2, J),
            maxAbs: 1,
            cell,
            rowLabels: mLabels(J),
            colNames: mLabels(l1).flatMap((a) => mLabels(l2).map((b) => `m₁ ${a}, m₂ ${b}`)),
          }))}
        />
        <p className="widget-note">
          Rows: M = −J … J. Columns: the pairs (m₁, m₂) in row-major order, m₁ slowest (hover a cell to read
          it).
        </p>
        <HeatmapGrid
          maxWidth={820}
          label="Output blocks of the tensor product, before and after rotating the inputs"
          maps={lab.blocks.map((b) => ({
            name: `block-${b.J}`,
            title: `J = ${b.J}`,
            matrix: [b.product, b.ofRotated, b.rotated],
            maxAbs: outRange,
            cell: 20,
            rowLabels: ['u⊗v', 'Du⊗Dv', 'Dᴶ(u⊗v)'],
            rowLabelWidth: 64,
          }))}
        />
        <DivergingLegend maxAbs={outRange} label="output component" width={200} />
      </div>
    </WidgetFrame>
  );
}

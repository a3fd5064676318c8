// Widget: one steerable message-passing layer on a small 3-D point cloud, next to an invariant layer
// that only sees distances. Turn the cloud: scalars stay, the steerable layer's arrows turn with it.
import { useMemo, useRef, useState } from 'react';
import type { Matrix } from '../../src/math/linalg';
import { transpose, matvec } from '../../src/math/linalg';
import { so3ToAxisAngle } from '../../src/math/so3';
import { DivergingLegend } from '../../src/ui/plots/DivergingLegend';
import { symmetricRange } from '../../src/ui/plots/diverging';
import { WidgetFrame } from '../../src/ui/frame/WidgetFrame';
import { CLOUD_PRESETS, randomCloud, type Atom, type CloudPreset } from '../../src/experiments/steerable/cloudPresets';
import { CLOUD_LINK as LINK, cloudOf } from './linkFields';
import { CloudView } from './CloudView';
import { ErrorReadout } from './ErrorReadout';
import { cloudEquivariance, invariantLayer, rotateCloud, steerableLayer } from '../../src/experiments/steerable/messagePassing';
import './steerable.css';
import { formatDegrees } from '../../src/experiments/format';
import { defaultsOf, linkOf, useLink } from '../../src/state/link';

const NAME = 'steerable-point-cloud';
const TOLERANCE = 1e-10;
const START_ROTATION = defaultsOf(LINK).r;

export function SteerablePointCloud() {
  const { initial } = useLink(NAME, LINK);
  // The cloud from a copied link (elements as letters, positions as a flat list), or water.
  const [init] = useState(() => cloudOf(initial));
  const [preset, setPreset] = useState<CloudPreset>(init.preset);
  const [atoms, setAtoms] = useState<Atom[]>(init.atoms);
  const [r, setR] = useState<Matrix>(initial.r);
  const seed = useRef(1);
  const svgRef = useRef<SVGSVGElement>(null);

  const shown = useMemo(() => rotateCloud(atoms, r), [atoms, r]);
  const steer = useMemo(() => steerableLayer(shown), [shown]);
  const inv = useMemo(() => invariantLayer(shown), [shown]);
  const eq = useMemo(() => cloudEquivariance(atoms, r), [atoms, r]);
  const longest = Math.max(...steer.map((o) => Math.hypot(...o.vector)));
  const arrows = steer.map((o) => o.vector.map((x) => (longest > 1e-9 ? (0.9 * x) / longest : 0)));
  const { axis, angle } = so3ToAxisAngle(r);

  const choose = (p: CloudPreset) => {
    setPreset(p);
    setAtoms(p === 'random' ? randomCloud(seed.current) : CLOUD_PRESETS[p].atoms());
  };
  /** A drag moved atom i to `shownPosition` (rotated frame): store it in the cloud's own frame. */
  const moveAtom = (i: number, shownPosition: [number, number, number]) =>
    setAtoms((old) =>
      old.map((a, k) =>
        k === i ? { ...a, position: matvec(transpose(r), shownPosition) as [number, number, number] } : a,
      ),
    );
  const viewProps = { atoms: shown, rotation: r, onRotate: setR, onMoveAtom: moveAtom };

  return (
    <WidgetFrame
      name={NAME}
      wide
      title="Steerable message passing on a point cloud"
      purpose="One layer with fixed weights: CG messages with the spherical harmonics of each bond give every atom a scalar and a vector."
      onReset={() => {
        choose('water');
        setR(START_ROTATION);
      }}
      exportRef={svgRef}
      linkParams={() =>
        linkOf(LINK, {
          preset,
          elements: atoms.map((a) => a.element),
          positions: atoms.flatMap((a) => a.position),
          r,
        })
      }
      help={
        <p>
          Drag the background to turn the cloud, drag an atom to move it (in the screen plane), or focus a
          view and use the arrow keys. Messages: each neighbour's one-hot element code ⊗<sub>cg</sub> Y
          <sup>(l)</sup>(x<sub>j</sub> − x<sub>i</sub>) for l = 0, 1, 2, weighted by a Gaussian of the
          distance and summed; the scalar adds the CG invariants (h<sup>(1)</sup>⊗h<sup>(1)</sup>)
          <sup>(0)</sup> and (h<sup>(2)</sup>⊗h<sup>(2)</sup>)<sup>(0)</sup>, which know bond angles; the
          vector is h<sup>(1)</sup> + (h<sup>(2)</sup>⊗h<sup>(1)</sup>)<sup>(1)</sup>. In methane the carbon's
          arrow vanishes: no direction is special at the centre of a tetrahedron.
        </p>
      }
      controls={
        <>
          <label>
            Cloud{' '}
            <select
              value={preset}
              onChange={(e) => choose(e.target.value as CloudPreset)}
              aria-label="Point cloud preset"
            >
              {Object.entries(CLOUD_PRESETS).map(([k, p]) => (
                <option key={k} value={k}>
                  {p.label}
                </option>
              ))}
            </select>
          </label>
          <button
            onClick={() => {
              seed.current += 1;
              choose('random');
            }}
          >
            New random cloud
          </button>
          <button onClick={() => setR(START_ROTATION)}>Reset rotation</button>
        </>
      }
      readout={
        <>
          <ErrorReadout
            name="vectors"
            label={
              <>
                steerable: max<sub>i</sub> |v<sub>i</sub>(Rx) − R v<sub>i</sub>(x)|
              </>
            }
            value={eq.vectorError}
            tolerance={TOLERANCE}
          />
          <ErrorReadout
            name="scalars"
            label={
              <>
                steerable: max<sub>i</sub> |s<sub>i</sub>(Rx) − s<sub>i</sub>(x)|
              </>
            }
            value={eq.scalarChange}
            tolerance={TOLERANCE}
          />
          <ErrorReadout
            name="invariant"
            label={
              <>
                invariant: max<sub>i</sub> |s<sub>i</sub>(Rx) − s<sub>i</sub>(x)|
              </>
            }
            value={eq.invariantChange}
            tolerance={TOLERANCE}
          />
          <p className="readout-note" data-rotation-angle={angle}>
            x: the cloud as placed; Rx: as shown, turned by {formatDegrees(angle)} about (
            {axis.map((a) => a.toFixed(2)).join(', ')}). Arrows are drawn at a fixed scale (the longest is 0.9
            Å).
          </p>
        </>
      }
    >
      <div className="steerable-panel">
        <strong>Steerable layer: scalars and vectors</strong>
        <CloudView
          {...viewProps}
          svgRef={svgRef}
          scalars={steer.map((o) => o.scalar)}
          scalarRange={symmetricRange(steer.map((o) => o.scalar))}
          arrows={arrows}
          label="The point cloud with the steerable layer's output: a scalar per atom as a coloured ring and number, a vector as an arrow."
        />
        <DivergingLegend maxAbs={symmetricRange(steer.map((o) => o.scalar))} label="scalar output s" />
      </div>
      <div className="steerable-panel">
        <strong>Invariant layer: distances only</strong>
        <CloudView
          {...viewProps}
          scalars={inv}
          scalarRange={symmetricRange(inv)}
          arrows={null}
          label="The same point cloud with the invariant layer's output: one scalar per atom, no vectors."
        />
        <DivergingLegend maxAbs={symmetricRange(inv)} label="scalar output s" />
        <p className="widget-note">
          Built from distances alone, this layer outputs scalars but no vectors: a distance does not know
          which way the cloud is facing, so nothing here could turn with it.
        </p>
      </div>
    </WidgetFrame>
  );
}

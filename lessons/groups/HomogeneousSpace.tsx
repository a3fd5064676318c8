// The plane as the homogeneous space SE(2)/SO(2) (Bekkers' lecture notes): pick a point x (drag
// the frame g, or click the plane) and see the coset g_x H of frames that carry the origin to x,
// the stabilizer of x (rotations about x, the conjugate g_x H g_x^-1), and the split g = t h of
// the chosen frame into a translation after a rotation about the origin, with the product rule.
import { useRef, useState, type PointerEvent } from 'react';
import {
  cosetFrames,
  homogeneousChecks,
  split,
  stabilizerFrames,
} from '../../src/experiments/groups/homogeneousSpace';
import { SE2, type SE2Element } from '../../src/math';
import { among, field, linkOf, mapped, choice, useLink } from '../../src/state/link';
import { Tex } from '../../src/ui/exercises/Tex';
import { WidgetFrame } from '../../src/ui/frame/WidgetFrame';
import { se2 } from '../../src/ui/group/linkState';
import { clampToView, fmt, fmtDeg, pointerToWorld, round, se2Tex, toScreen, VIEW } from '../../src/ui/group/se2View';
import { DraggableFrame, Frame, Grid } from './SE2Frames';
import './groups.css';

const NAME = 'homogeneous-space';
const START: SE2Element = { x: 1.5, y: 1, theta: Math.PI / 6 };
const COUNTS = [4, 8, 12, 24] as const;
const TOLERANCE = 1e-12;

const onOff = mapped(
  choice(['on', 'off']),
  (v) => v === 'on',
  (b: boolean) => (b ? 'on' : 'off'),
);

const LINK = {
  g: field(se2, START),
  frames: field(among(COUNTS), 8),
  stabilizer: field(onOff, true),
};

export function HomogeneousSpace() {
  const svgRef = useRef<SVGSVGElement>(null);
  const { initial } = useLink(NAME, LINK);
  const [g, setG] = useState<SE2Element>(initial.g);
  const [count, setCount] = useState<number>(initial.frames);
  const [showStabilizer, setShowStabilizer] = useState(initial.stabilizer);
  const x: [number, number] = [g.x, g.y];
  const coset = cosetFrames(x, count);
  const stab = stabilizerFrames(x, count);
  const checks = homogeneousChecks(x, g, count);
  const worst = Math.max(checks.coset, checks.stabilizer, checks.split);
  const { t, h } = split(g);
  // The stabilizer element written out in the formulas: the quarter turn about x.
  const quarter = stabilizerFrames(x, 4)[1];
  const radius = Math.hypot(g.x, g.y) * VIEW.scale;
  const [cx, cy] = toScreen(g.x, g.y);

  const clickPlane = (e: PointerEvent<SVGSVGElement>) => {
    // The frame's own handles move or turn g; anywhere else on the plane picks the point x.
    if ((e.target as Element).closest('.se2-handle') || !svgRef.current) return;
    const [wx, wy] = pointerToWorld(svgRef.current, e.clientX, e.clientY);
    const [px, py] = clampToView(round(wx, 0.05), round(wy, 0.05));
    setG({ ...g, x: px, y: py });
  };

  return (
    <WidgetFrame
      name={NAME}
      title="The plane is SE(2)/SO(2)"
      purpose={
        <>
          Pick a point <Tex math="\mathbf{x}" />: the frames that carry the origin there form one coset{' '}
          <Tex math="g_{\mathbf{x}}H" />, and the rotations about <Tex math="\mathbf{x}" /> form its stabilizer.
        </>
      }
      wide
      exportRef={svgRef}
      onReset={() => setG(START)}
      linkParams={() => linkOf(LINK, { g, frames: count, stabilizer: showStabilizer })}
      help={
        <p>
          Click anywhere on the plane, or drag the frame g by its origin, to choose the point x; turn g by the
          tip of its long axis to choose which frame of the coset it is. The grey fan at x is the whole coset:
          a point of the plane is a coset, all orientations at once. The orange frames are the stabilizer of x:
          each is a rotation about x, so its own origin sits on the dashed circle through the origin, and it
          leaves x where it is. Move x to the origin and the stabilizer becomes SO(2) itself.
        </p>
      }
      controls={
        <>
          <label>
            Frames drawn{' '}
            <select value={count} onChange={(e) => setCount(Number(e.target.value))}>
              {COUNTS.map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </label>
          <label className="nowrap">
            <input
              type="checkbox"
              checked={showStabilizer}
              onChange={(e) => setShowStabilizer(e.target.checked)}
            />{' '}
            Show the stabilizer of x
          </label>
        </>
      }
      readout={
        <span
          className="homogeneous-readout"
          data-x={`${g.x},${g.y}`}
          data-theta={String(g.theta)}
          data-max-error={String(worst)}
        >
          Checks (float64 on the CPU, math core, tolerance {TOLERANCE}) over the {count} frames drawn: every
          coset frame carries the origin to x, max |g·0 − x| = {checks.coset.toExponential(1)}; every stabilizer
          element fixes x, max |h·x − x| = {checks.stabilizer.toExponential(1)}; t h against g:{' '}
          {checks.split.toExponential(1)}. {worst < TOLERANCE ? 'All hold to round-off.' : 'A check fails!'}
        </span>
      }
    >
      <svg
        ref={svgRef}
        className="se2-plane"
        viewBox={`0 0 ${VIEW.width} ${VIEW.height}`}
        role="group"
        aria-label={`Plane with the point x = (${fmt(g.x)}, ${fmt(g.y)}), its coset of ${count} frames and, ${showStabilizer ? 'shown' : 'hidden'}, its stabilizer`}
        onPointerDown={clickPlane}
      >
        <Grid />
        {showStabilizer && (
          <circle cx={cx} cy={cy} r={radius} className="stabilizer-circle" aria-hidden="true" />
        )}
        <Frame g={SE2.identity()} name="e" label="e" className="se2-e" />
        {coset.map((c, k) => (
          <Frame key={`c${k}`} g={c} name={`coset-${k}`} label="" className="se2-coset" />
        ))}
        {showStabilizer &&
          stab.map((s, k) => (
            <Frame key={`s${k}`} g={s} name={`stabilizer-${k}`} label="" className="se2-g2 se2-stabilizer" />
          ))}
        <DraggableFrame g={g} name="g" label="g" className="se2-g1" svgRef={svgRef} onChange={setG} />
      </svg>
      <div className="se2-formulas">
        <Tex
          display
          math={`\\mathbf{x} = (${fmt(g.x)},\\ ${fmt(g.y)}), \\qquad g_{\\mathbf{x}}H = \\{(\\mathbf{x}, I)(\\mathbf{0}, R_\\theta)\\} = \\{(\\mathbf{x}, R_\\theta) \\mid \\theta \\in [0, 2\\pi)\\}`}
        />
        <Tex
          display
          math={`\\operatorname{Stab}(\\mathbf{x}) = g_{\\mathbf{x}}\\,SO(2)\\,g_{\\mathbf{x}}^{-1} = \\{(\\mathbf{x} - R_\\phi\\mathbf{x},\\ R_\\phi)\\}, \\quad \\phi = 90^\\circ\\!: ${se2Tex(quarter)}`}
        />
        <Tex
          display
          math={`g = t\\,h = (\\mathbf{x}, I)\\cdot(\\mathbf{0}, R_\\theta) = (I\\,\\mathbf{0} + \\mathbf{x},\\ I R_\\theta) = ${se2Tex(SE2.compose(t, h))}, \\quad \\theta = ${fmtDeg(h.theta)}^\\circ`}
        />
      </div>
    </WidgetFrame>
  );
}

// Widget 4: two SE(2) elements as frames the student drags (position and heading), their product
// g1·g2 and the inverses drawn as frames, and the formulas of Bekkers' lecture notes with the numbers filled in:
//   (x, R_θ)·(x', R_θ') = (R_θ x' + x, R_{θ+θ'}),   (x, R_θ)^{-1} = (-R_θ^{-1} x, R_θ^{-1}).
import { useRef, useState } from 'react';
import { SE2, type SE2Element } from '../../src/math';
import { maxAbsDiff, matmul } from '../../src/math/linalg';
import { Tex } from '../../src/ui/exercises/Tex';
import { WidgetFrame } from '../../src/ui/frame/WidgetFrame';
import { choice, field, linkOf, mapped, useLink } from '../../src/state/link';
import { se2 } from '../../src/ui/group/linkState';
import { DraggableFrame, Frame, Grid } from './SE2Frames';
import { fmt, fmtDeg, se2Tex, VIEW } from '../../src/ui/group/se2View';
import './groups.css';

const NAME = 'se2-composer';
const START: [SE2Element, SE2Element] = [
  { x: -2, y: 0.5, theta: Math.PI / 6 },
  { x: 1.5, y: 1, theta: Math.PI / 2 },
];
const PROBE = [1, 1];

/** 'true' or 'false', as String(boolean) writes it. */
const trueFalse = mapped(
  choice(['true', 'false']),
  (v) => v === 'true',
  (b: boolean) => (b ? 'true' : 'false'),
);

// The two frames and the inverses toggle, each falling back to the start.
const LINK = {
  g1: field(se2, START[0]),
  g2: field(se2, START[1]),
  inverses: field(trueFalse, true),
};

/** Round-off checks of the product: on a point, and against the homogeneous matrices. */
function productChecks(g1: SE2Element, g2: SE2Element) {
  const g12 = SE2.compose(g1, g2);
  const once = SE2.actOnPoint(g12, PROBE);
  const twice = SE2.actOnPoint(g1, SE2.actOnPoint(g2, PROBE));
  const onPoint = Math.max(Math.abs(once[0] - twice[0]), Math.abs(once[1] - twice[1]));
  const matrices = maxAbsDiff(matmul(SE2.toMatrix(g1), SE2.toMatrix(g2)), SE2.toMatrix(g12));
  const inverse = SE2.distance(SE2.compose(g1, SE2.inverse(g1)), SE2.identity());
  return { g12, onPoint, matrices, inverse };
}

export function SE2Composer() {
  const svgRef = useRef<SVGSVGElement>(null);
  const { initial } = useLink(NAME, LINK);
  const [[g1, g2], setPair] = useState<[SE2Element, SE2Element]>([initial.g1, initial.g2]);
  const [showInverses, setShowInverses] = useState(initial.inverses);
  const { g12, onPoint, matrices, inverse } = productChecks(g1, g2);
  const inv1 = SE2.inverse(g1),
    inv2 = SE2.inverse(g2);
  const worst = Math.max(onPoint, matrices, inverse);

  return (
    <WidgetFrame
      name={NAME}
      title="Composing roto-translations in SE(2)"
      purpose="Drag two frames; the product g₁g₂ first moves by g₂, then by g₁."
      wide
      exportRef={svgRef}
      onReset={() => setPair(START)}
      linkParams={() => linkOf(LINK, { g1, g2, inverses: showInverses })}
      help={
        <p>
          Drag a frame by its origin to move it and by the tip of its long axis to turn it (or focus a handle
          and use the arrow keys). Turn g₁ and watch g₁g₂ swing around g₁: the translation of g₂ is rotated by
          g₁ before it is added. Set both angles to 0 and the translations just add.
        </p>
      }
      controls={
        <label className="nowrap">
          <input type="checkbox" checked={showInverses} onChange={(e) => setShowInverses(e.target.checked)} />{' '}
          Show the inverses
        </label>
      }
      readout={
        <span className="se2-readout" data-max-error={String(worst)}>
          Checks (float64 on the CPU, tolerance 1e-12): (g₁g₂)·p − g₁·(g₂·p) at p = (1, 1):{' '}
          {onPoint.toExponential(1)}; matrices M(g₁)M(g₂) − M(g₁g₂): {matrices.toExponential(1)}; g₁g₁⁻¹ vs e:{' '}
          {inverse.toExponential(1)}.{' '}
          {worst < 1e-12 ? 'All agree to round-off.' : 'Disagreement above tolerance!'}
        </span>
      }
    >
      <svg
        ref={svgRef}
        className="se2-plane"
        viewBox={`0 0 ${VIEW.width} ${VIEW.height}`}
        role="group"
        aria-label={`Plane with frames g1 at (${fmt(g1.x)}, ${fmt(g1.y)}) turned ${fmtDeg(g1.theta)} degrees, g2 at (${fmt(g2.x)}, ${fmt(g2.y)}) turned ${fmtDeg(g2.theta)} degrees, and their product at (${fmt(g12.x)}, ${fmt(g12.y)})`}
      >
        <Grid />
        <Frame g={SE2.identity()} name="e" label="e" className="se2-e" />
        {showInverses && (
          <Frame
            g={inv1}
            name="g1inv"
            labelAngle={-Math.PI / 2}
            label="g₁⁻¹"
            className="se2-g1 se2-inverse"
          />
        )}
        {showInverses && (
          <Frame
            g={inv2}
            name="g2inv"
            labelAngle={-Math.PI / 2}
            label="g₂⁻¹"
            className="se2-g2 se2-inverse"
          />
        )}
        <Frame g={g12} name="g1g2" label="g₁g₂" className="se2-product" />
        <DraggableFrame
          g={g2}
          name="g2"
          label="g₂"
          className="se2-g2"
          svgRef={svgRef}
          onChange={(g) => setPair([g1, g])}
        />
        <DraggableFrame
          g={g1}
          name="g1"
          label="g₁"
          className="se2-g1"
          svgRef={svgRef}
          onChange={(g) => setPair([g, g2])}
        />
      </svg>
      <div className="se2-formulas" data-product={`${g12.x},${g12.y},${g12.theta}`}>
        <Tex display math={`g_1 = ${se2Tex(g1)}`} />
        <Tex display math={`g_2 = ${se2Tex(g2)}`} />
        <Tex
          display
          math={[
            `\\begin{aligned} g_1 g_2 &= \\big(R_{\\theta_1}\\mathbf{x}_2 + \\mathbf{x}_1,\\ R_{\\theta_1+\\theta_2}\\big) \\\\`,
            `&= \\big(R_{${fmtDeg(g1.theta)}^\\circ}(${fmt(g2.x)},\\ ${fmt(g2.y)}) + (${fmt(g1.x)},\\ ${fmt(g1.y)}),\\ R_{${fmtDeg(g1.theta)}^\\circ + ${fmtDeg(g2.theta)}^\\circ}\\big) \\\\`,
            `&= ${se2Tex(g12)} \\end{aligned}`,
          ].join(' ')}
        />
        {showInverses && (
          <>
            <Tex
              display
              math={`g_1^{-1} = \\big(-R_{\\theta_1}^{-1}\\mathbf{x}_1,\\ R_{\\theta_1}^{-1}\\big) = ${se2Tex(inv1)}`}
            />
            <Tex display math={`g_2^{-1} = ${se2Tex(inv2)}`} />
          </>
        )}
      </div>
    </WidgetFrame>
  );
}

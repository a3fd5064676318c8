// Two elements of the scale-translation group R² ⋊ R⁺ as circles the student drags (centre and
// size), their product and inverses, and the formulas of Bekkers' lecture notes with the numbers in:
//   (x, λ)·(x', λ') = (λ x' + x, λ λ'),   (x, λ)^{-1} = (-x / λ, 1 / λ),   e = (0, 1).
// An element g is drawn as the image g·C of the circle C of radius R0 about the origin: the circle of
// radius λ R0 about x. So the circle of g₁g₂ is g₁ applied to the circle of g₂.
import './groups.css';
import './scaleComposer.css';
import { useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { ScaleTranslation, type ScaleTranslationElement } from '../../src/math/continuous/scaleTranslation';
import { maxAbsDiff, matmul } from '../../src/math/linalg';
import { field, linkOf, numbers, type Codec, useLink } from '../../src/state/link';
import { Tex } from '../../src/ui/exercises/Tex';
import { WidgetFrame } from '../../src/ui/frame/WidgetFrame';
import { clampToView, fmt, round, toScreen, VIEW } from '../../src/ui/group/se2View';
import { dragHandlers as drag, Grid, STEPS } from './SE2Frames';

type Element = ScaleTranslationElement;
const NAME = 'scale-translation-composer';
/** Radius of the circle of the identity, in world units. */
const R0 = 0.5;
const MIN_SCALE = 0.25;
const MAX_SCALE = 3;
const START: [Element, Element] = [
  { x: -2, y: 0.5, s: 2 },
  { x: 1, y: 0.5, s: 0.5 },
];
const PROBE = [1, 1];

const clampScale = (s: number) => Math.min(MAX_SCALE, Math.max(MIN_SCALE, s));

/** An element 'x,y,λ', read back with the centre clamped into the plane and λ into [1/4, 3]. */
const element: Codec<Element> = {
  parse: (raw) => {
    const xs = numbers(3, -100, 100).parse(raw);
    if (!xs || !(xs[2] > 0)) return null;
    const [x, y] = clampToView(xs[0], xs[1]);
    return { x, y, s: clampScale(xs[2]) };
  },
  format: (g) => `${g.x},${g.y},${g.s}`,
};
const LINK = { g1: field(element, START[0]), g2: field(element, START[1]) };

/** Round-off checks of the product: on a point, against the 3 x 3 matrices, and g g^-1 = e. */
function productChecks(g1: Element, g2: Element) {
  const g12 = ScaleTranslation.compose(g1, g2);
  const once = ScaleTranslation.actOnPoint(g12, PROBE);
  const twice = ScaleTranslation.actOnPoint(g1, ScaleTranslation.actOnPoint(g2, PROBE));
  const onPoint = Math.max(Math.abs(once[0] - twice[0]), Math.abs(once[1] - twice[1]));
  const matrices = maxAbsDiff(
    matmul(ScaleTranslation.toMatrix(g1), ScaleTranslation.toMatrix(g2)),
    ScaleTranslation.toMatrix(g12),
  );
  const inverse = ScaleTranslation.distance(
    ScaleTranslation.compose(g1, ScaleTranslation.inverse(g1)),
    ScaleTranslation.identity(),
  );
  return { g12, onPoint, matrices, inverse };
}

/** A number for the formulas: up to three decimals, no trailing zeros, no "-0". */
function num(v: number): string {
  const t = String(Math.round(v * 1000) / 1000 + 0);
  return t === '-0' ? '0' : t;
}
const stTex = (g: Element) => `\\big((${num(g.x)},\\ ${num(g.y)}),\\ ${num(g.s)}\\big)`;

function Circle({ g, name, label, className }: { g: Element; name: string; label: string; className: string }) {
  const [cx, cy] = toScreen(g.x, g.y);
  const r = g.s * R0 * VIEW.scale;
  return (
    <g className={`st-frame ${className}`} data-frame={name} data-x={g.x} data-y={g.y} data-scale={g.s}>
      <circle cx={cx} cy={cy} r={r} className="st-circle" />
      <line x1={cx} y1={cy} x2={cx + r} y2={cy} className="st-radius" />
      <circle cx={cx} cy={cy} r={3.5} className="st-centre" />
      <text x={cx} y={cy - r - 10} className="se2-label">
        {label}
      </text>
    </g>
  );
}

function DraggableCircle({
  g,
  name,
  label,
  className,
  svgRef,
  onChange,
}: {
  g: Element;
  name: string;
  label: string;
  className: string;
  svgRef: RefObject<SVGSVGElement | null>;
  onChange: (g: Element) => void;
}) {
  const [cx, cy] = toScreen(g.x, g.y);
  const move = (x: number, y: number) => {
    const [px, py] = clampToView(round(x, 0.05), round(y, 0.05));
    onChange({ ...g, x: px, y: py });
  };
  const resize = (s: number) => onChange({ ...g, s: clampScale(round(s, 0.05)) });
  const keyMove = (e: KeyboardEvent) => {
    const d = STEPS[e.key];
    if (!d) return;
    e.preventDefault();
    move(g.x + d[0] * 0.1, g.y + d[1] * 0.1);
  };
  const keyResize = (e: KeyboardEvent) => {
    const d = STEPS[e.key];
    if (!d) return;
    e.preventDefault();
    resize(g.s + (d[0] + d[1]) * 0.05);
  };
  return (
    <g>
      <Circle g={g} name={name} label={label} className={className} />
      <circle
        cx={cx}
        cy={cy}
        r={11}
        className={`se2-handle ${className}`}
        data-handle={`${name}-position`}
        tabIndex={0}
        role="button"
        aria-label={`${label} position: drag, or use the arrow keys`}
        onKeyDown={keyMove}
        {...drag(svgRef, ([x, y]) => move(x, y))}
      />
      <circle
        cx={cx + g.s * R0 * VIEW.scale}
        cy={cy}
        r={9}
        className={`se2-handle ${className}`}
        data-handle={`${name}-scale`}
        tabIndex={0}
        role="button"
        aria-label={`${label} scale λ = ${num(g.s)}: drag along the radius, or use the arrow keys`}
        onKeyDown={keyResize}
        {...drag(svgRef, ([x, y]) => resize(Math.hypot(x - g.x, y - g.y) / R0))}
      />
    </g>
  );
}

export function ScaleTranslationComposer() {
  const svgRef = useRef<SVGSVGElement>(null);
  const { initial } = useLink(NAME, LINK);
  const [[g1, g2], setPair] = useState<[Element, Element]>([initial.g1, initial.g2]);
  const { g12, onPoint, matrices, inverse } = productChecks(g1, g2);
  const inv1 = ScaleTranslation.inverse(g1);
  const inv2 = ScaleTranslation.inverse(g2);
  const worst = Math.max(onPoint, matrices, inverse);

  return (
    <WidgetFrame
      name={NAME}
      title="Composing zooms and shifts: the scale-translation group"
      purpose="Drag two circles (centre = shift, radius = scale λ); the product g₁g₂ first applies g₂, then g₁."
      wide
      exportRef={svgRef}
      onReset={() => setPair(START)}
      linkParams={() => linkOf(LINK, { g1, g2 })}
      help={
        <p>
          Drag a circle by its centre to shift it and by the handle on its rim to change its scale λ (or focus a
          handle and use the arrow keys). Grow g₁ and watch g₁g₂ move away from g₁: the shift of g₂ is
          multiplied by λ₁ before it is added. The circle of g₁g₂ is g₁ applied to the circle of g₂. Set both
          scales to 1 and the shifts just add.
        </p>
      }
      readout={
        <span className="st-readout" data-max-error={String(worst)}>
          Checks (float64 on the CPU, tolerance 1e-12): (g₁g₂)·p − g₁·(g₂·p) at p = (1, 1):{' '}
          {onPoint.toExponential(1)}; matrices M(g₁)M(g₂) − M(g₁g₂): {matrices.toExponential(1)}; g₁g₁⁻¹ vs e:{' '}
          {inverse.toExponential(1)}. {worst < 1e-12 ? 'All agree to round-off.' : 'Disagreement above tolerance!'}
        </span>
      }
    >
      <svg
        ref={svgRef}
        className="se2-plane"
        viewBox={`0 0 ${VIEW.width} ${VIEW.height}`}
        role="group"
        aria-label={`Plane with g1 at (${fmt(g1.x)}, ${fmt(g1.y)}) of scale ${num(g1.s)}, g2 at (${fmt(g2.x)}, ${fmt(g2.y)}) of scale ${num(g2.s)}, and their product at (${fmt(g12.x)}, ${fmt(g12.y)}) of scale ${num(g12.s)}`}
      >
        <Grid />
        <Circle g={ScaleTranslation.identity()} name="e" label="e" className="se2-e" />
        <Circle g={inv1} name="g1inv" label="g₁⁻¹" className="se2-g1 se2-inverse" />
        <Circle g={inv2} name="g2inv" label="g₂⁻¹" className="se2-g2 se2-inverse" />
        <Circle g={g12} name="g1g2" label="g₁g₂" className="se2-product" />
        <DraggableCircle g={g2} name="g2" label="g₂" className="se2-g2" svgRef={svgRef} onChange={(g) => setPair([g1, g])} />
        <DraggableCircle g={g1} name="g1" label="g₁" className="se2-g1" svgRef={svgRef} onChange={(g) => setPair([g, g2])} />
      </svg>
      <div
        className="se2-formulas st-formulas"
        data-product={`${g12.x},${g12.y},${g12.s}`}
        data-inverse1={`${inv1.x},${inv1.y},${inv1.s}`}
      >
        <Tex display math={`g_1 = (\\mathbf{x}_1, \\lambda_1) = ${stTex(g1)}, \\qquad g_2 = (\\mathbf{x}_2, \\lambda_2) = ${stTex(g2)}`} />
        <Tex
          display
          math={[
            `\\begin{aligned} g_1 g_2 &= \\big(\\lambda_1\\mathbf{x}_2 + \\mathbf{x}_1,\\ \\lambda_1\\lambda_2\\big) \\\\`,
            `&= \\big(${num(g1.s)}\\cdot(${num(g2.x)},\\ ${num(g2.y)}) + (${num(g1.x)},\\ ${num(g1.y)}),\\ ${num(g1.s)}\\cdot ${num(g2.s)}\\big) \\\\`,
            `&= ${stTex(g12)} \\end{aligned}`,
          ].join(' ')}
        />
        <Tex
          display
          math={`g_1^{-1} = \\big(-\\tfrac{1}{\\lambda_1}\\mathbf{x}_1,\\ \\tfrac{1}{\\lambda_1}\\big) = ${stTex(inv1)}, \\qquad g_2^{-1} = ${stTex(inv2)}`}
        />
      </div>
    </WidgetFrame>
  );
}

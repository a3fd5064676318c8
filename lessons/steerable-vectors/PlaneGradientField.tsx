// Widget (warm-up in the plane): the gradient of the drawing is a type-1 field. Turning the input by θ
// moves every arrow to its new place and turns it by θ; moving the arrows without turning them fails.
import { useEffect, useMemo, useRef, useState } from 'react';
import { drawingStore, useDrawing } from '../../src/state/drawing';
import { PRESETS } from '../../src/experiments/inputs/presets';
import { rasterizeDrawing } from '../../src/ui/drawing/rasterize';
import { RotationDial } from '../../src/ui/rotation/RotationDial';
import { WidgetFrame } from '../../src/ui/frame/WidgetFrame';
import { AngleSlider } from './AngleSlider';
import { ErrorReadout } from './ErrorReadout';
import { FieldPanel } from './FieldPanel';
import { PLANE_LINK as LINK } from './linkFields';
import { arrowGrid, compareFields, imageToBlobs, SMOOTHING } from '../../src/experiments/steerable/planeField';
import './steerable.css';
import { defaultsOf, linkOf, useLink } from '../../src/state/link';

const NAME = 'plane-gradient-field';
const RASTER = 48;
const GRID = arrowGrid(13);
const TOLERANCE = 1e-9;
const BLUE = '#56b4e9';
const ORANGE = '#e69f00';

export function PlaneGradientField() {
  const doc = useDrawing((s) => s.doc);
  const [pixels, setPixels] = useState<Float32Array | null>(null);
  const { initial } = useLink(NAME, LINK);
  const [theta, setTheta] = useState(initial.theta);
  const [positionsOnly, setPositionsOnly] = useState(initial.positionsOnly);
  const svgRef = useRef<SVGSVGElement>(null);

  useEffect(() => {
    let live = true;
    rasterizeDrawing(doc, RASTER).then((p) => live && setPixels(p));
    return () => {
      live = false;
    };
  }, [doc]);

  const blobs = useMemo(() => (pixels ? imageToBlobs(pixels, RASTER) : null), [pixels]);
  const cmp = useMemo(() => (blobs ? compareFields(blobs, GRID, theta) : null), [blobs, theta]);
  const original = useMemo(() => cmp?.positionsOnly ?? [], [cmp]);
  const carried = positionsOnly ? cmp?.positionsOnly : cmp?.transported;
  const longest = Math.max(1e-300, ...original.map((g) => Math.hypot(g[0], g[1])));
  const presetValue = doc.base.kind === 'preset' ? doc.base.id : '';

  return (
    <WidgetFrame
      name={NAME}
      wide
      title="Warm-up: a type-1 field in the plane"
      purpose="The gradient of a drawing is a field of arrows. Rotating the input must move each arrow and turn it."
      onReset={() => {
        const d = defaultsOf(LINK);
        setTheta(d.theta);
        setPositionsOnly(d.positionsOnly);
      }}
      exportRef={svgRef}
      linkDrawing
      linkParams={() => linkOf(LINK, { theta, positionsOnly })}
      help={
        <p>
          Left: the drawing (smoothed by a Gaussian of width {SMOOTHING} of the half-side) and its gradient
          ∇f. Right: the input turned by θ with the gradient computed afresh (blue), and the left arrows
          carried over (orange). Carried correctly, an arrow at y moves to R<sub>θ</sub>y and turns by R
          <sub>θ</sub>, and the orange arrows cover the blue ones at every angle. Tick “move positions only”
          and the orange arrows keep their old direction: they point the wrong way.
        </p>
      }
      controls={
        <>
          <label>
            Drawing{' '}
            <select
              value={presetValue}
              onChange={(e) =>
                e.target.value && drawingStore.getState().setBase({ kind: 'preset', id: e.target.value })
              }
              aria-label="Drawing"
            >
              <option value="">(own drawing)</option>
              {PRESETS.filter((p) => p.group !== 'Digits').map((p) => (
                <option key={p.id} value={p.id}>
                  {p.label}
                </option>
              ))}
            </select>
          </label>
          <AngleSlider
            label="θ"
            name="Rotation angle theta"
            value={theta}
            minDeg={0}
            maxDeg={360}
            onChange={setTheta}
          />
          <label>
            <input
              type="checkbox"
              checked={positionsOnly}
              onChange={(e) => setPositionsOnly(e.target.checked)}
            />{' '}
            move positions only
          </label>
        </>
      }
      readout={
        cmp && (
          <>
            <ErrorReadout
              name="turned"
              label={
                <>
                  moved and turned: max<sub>y</sub> |∇f<sub>θ</sub>(R<sub>θ</sub>y) − R<sub>θ</sub>∇f(y)| /
                  max|∇f|
                </>
              }
              value={cmp.errorTransported}
              tolerance={TOLERANCE}
            />
            <ErrorReadout
              name="positions-only"
              label={
                <>
                  positions only: max<sub>y</sub> |∇f<sub>θ</sub>(R<sub>θ</sub>y) − ∇f(y)| / max|∇f|
                </>
              }
              value={cmp.errorPositionsOnly}
              tolerance={TOLERANCE}
              otherwise="wrong: the arrows point the wrong way"
            />
            <p className="readout-note">
              Positions only is off by exactly |R<sub>θ</sub> − I| = 2 sin(θ/2) ={' '}
              {(2 * Math.abs(Math.sin(theta / 2))).toFixed(3)} of the longest arrow. The drawing is smoothed
              by Gaussian blobs, so the turned input is represented exactly (no interpolation) and the first
              line is exact at every angle, not only at multiples of 90°.
            </p>
          </>
        )
      }
    >
      {pixels && cmp && (
        <>
          <FieldPanel
            title="Input f and its gradient"
            pixels={pixels}
            size={RASTER}
            theta={0}
            arrows={[{ positions: GRID, vectors: original, className: 'field-arrow', colour: BLUE }]}
            longest={longest}
          />
          <FieldPanel
            svgRef={svgRef}
            title={`Input turned by ${((theta * 180) / Math.PI).toFixed(1)}°`}
            pixels={pixels}
            size={RASTER}
            theta={theta}
            arrows={[
              {
                positions: GRID,
                vectors: cmp.onRotated,
                className: 'field-arrow',
                colour: BLUE,
                moved: true,
              },
              {
                positions: GRID,
                vectors: carried!,
                className: positionsOnly ? 'field-arrow-wrong' : 'field-arrow-carried',
                colour: ORANGE,
                moved: true,
              },
            ]}
            longest={longest}
          />
          <div className="steerable-panel">
            <RotationDial
              angle={theta}
              n={4}
              onAngle={(a) => setTheta(((a % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI))}
            />
            <span className="widget-note">drag the dial to turn</span>
            <p className="widget-note field-key">
              <span className="key-blue">blue</span>: gradient of the turned input
              <br />
              <span className="key-orange">orange</span>: the original arrows,{' '}
              {positionsOnly ? 'moved but not turned' : 'moved and turned'}
            </p>
          </div>
        </>
      )}
    </WidgetFrame>
  );
}
